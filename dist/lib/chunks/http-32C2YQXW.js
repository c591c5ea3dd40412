import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-ZOPGJVSE.js";import"./chunk-HHVLSRBX.js";import"./chunk-SSDKTCAL.js";export{a as header,b as rawRequest,c as transferError};
//# sourceMappingURL=http-32C2YQXW.js.map
