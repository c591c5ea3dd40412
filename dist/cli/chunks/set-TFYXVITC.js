import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-HYIPEAF2.js";import"./chunk-HRI34FQM.js";import"./chunk-YOSNDIQD.js";import"./chunk-4IFIQ4O6.js";import"./chunk-QKPH6VJG.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-TFYXVITC.js.map
