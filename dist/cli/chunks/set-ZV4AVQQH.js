import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-JZGXBOVX.js";import"./chunk-NTZP74CZ.js";import"./chunk-4IFIQ4O6.js";import"./chunk-EZ2N5DGB.js";import"./chunk-FDSPFBT3.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-ZV4AVQQH.js.map
