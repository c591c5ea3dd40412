import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-R2YJI4C5.js";import"./chunk-6FXX4UXI.js";import"./chunk-4IFIQ4O6.js";import"./chunk-S2BS37YB.js";import"./chunk-FMPL76V5.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-AQVA77DN.js.map
