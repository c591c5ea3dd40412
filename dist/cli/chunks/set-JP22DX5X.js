import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-43AE7TH7.js";import"./chunk-HRI34FQM.js";import"./chunk-YOSNDIQD.js";import"./chunk-4IFIQ4O6.js";import"./chunk-HGPPSBZD.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-JP22DX5X.js.map
