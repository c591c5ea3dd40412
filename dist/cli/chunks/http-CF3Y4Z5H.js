import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-PRZPU6YS.js";import"./chunk-6BAFBLRX.js";import"./chunk-4IFIQ4O6.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";export{a as header,b as rawRequest,c as transferError};
//# sourceMappingURL=http-CF3Y4Z5H.js.map
