import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-4ZJN5P65.js";import"./chunk-XKH43GAQ.js";import"./chunk-4IFIQ4O6.js";import"./chunk-JFQYPNIU.js";import"./chunk-FDSPFBT3.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-5QOTJAAI.js.map
