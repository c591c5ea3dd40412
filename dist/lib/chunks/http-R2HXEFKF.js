import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-6K2CMYRB.js";import"./chunk-4ISGPUGZ.js";import"./chunk-V5ZCLID7.js";export{a as header,b as rawRequest,c as transferError};
//# sourceMappingURL=http-R2HXEFKF.js.map
