import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-NNCABLCH.js";import"./chunk-OMBMGPRT.js";import"./chunk-EW6LMMFB.js";import"./chunk-VMDEQOOI.js";export{a as header,b as rawRequest,c as transferError};
//# sourceMappingURL=http-PRHFFYL2.js.map
