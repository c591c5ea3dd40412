import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-NBIJ4STS.js";import"./chunk-3XAYUPUW.js";import"./chunk-4IFIQ4O6.js";import"./chunk-S2BS37YB.js";import"./chunk-FMPL76V5.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-YX63X56O.js.map
