import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-K7BC7MWN.js";import"./chunk-AYFFMQEP.js";import"./chunk-5L3M3GXI.js";import"./chunk-VMDEQOOI.js";export{a as header,b as rawRequest,c as transferError};
//# sourceMappingURL=http-HJ6KH5MI.js.map
