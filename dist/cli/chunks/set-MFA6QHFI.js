import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-E6XU5EF6.js";import"./chunk-LXNBSAP5.js";import"./chunk-NDWBHPPL.js";import"./chunk-RYJWRLUP.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-MFA6QHFI.js.map
