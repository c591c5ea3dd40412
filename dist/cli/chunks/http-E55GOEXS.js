import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-U5CQA6HH.js";import"./chunk-CZF2ODH6.js";import"./chunk-4IFIQ4O6.js";import"./chunk-FMPL76V5.js";import"./chunk-4UT25HQX.js";export{a as header,b as rawRequest,c as transferError};
//# sourceMappingURL=http-E55GOEXS.js.map
