import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-YMP7BYIP.js";import"./chunk-Q4NPLWYE.js";import"./chunk-347EKYAD.js";import"./chunk-4IFIQ4O6.js";import"./chunk-HGPPSBZD.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-XOUBBJDJ.js.map
