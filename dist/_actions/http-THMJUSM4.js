import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-JA73SMSX.js";import"./chunk-H2IQDKQA.js";import"./chunk-3WXTBECX.js";import"./chunk-VMDEQOOI.js";export{a as header,b as rawRequest,c as transferError};
//# sourceMappingURL=http-THMJUSM4.js.map
