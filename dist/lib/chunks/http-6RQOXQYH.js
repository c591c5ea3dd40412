import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-T3EOBR3L.js";import"./chunk-LI2OO33X.js";import"./chunk-OG5UMQAN.js";export{a as header,b as rawRequest,c as transferError};
//# sourceMappingURL=http-6RQOXQYH.js.map
