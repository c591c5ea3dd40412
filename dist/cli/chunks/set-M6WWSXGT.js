import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-7W2RVZZO.js";import"./chunk-GRZBQ5PH.js";import"./chunk-GUW7K7YU.js";import"./chunk-4IFIQ4O6.js";import"./chunk-47BII6OP.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-M6WWSXGT.js.map
