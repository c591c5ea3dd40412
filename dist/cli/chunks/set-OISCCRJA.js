import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-AVEI565C.js";import"./chunk-3B4EVUPH.js";import"./chunk-4IFIQ4O6.js";import"./chunk-4WWHCH34.js";import"./chunk-FDSPFBT3.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-OISCCRJA.js.map
