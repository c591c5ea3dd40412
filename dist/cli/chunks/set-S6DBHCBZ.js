import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-UJKALBZ4.js";import"./chunk-IGY2H5AF.js";import"./chunk-4IFIQ4O6.js";import"./chunk-25LYP63F.js";import"./chunk-FDSPFBT3.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-S6DBHCBZ.js.map
