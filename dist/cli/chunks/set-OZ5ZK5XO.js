import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b}from"./chunk-RKUQ3SDP.js";import"./chunk-INWPZQUV.js";import"./chunk-V3VMKDJI.js";import"./chunk-4IFIQ4O6.js";import"./chunk-47BII6OP.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";export{a as run,b as setConfigValue};
//# sourceMappingURL=set-OZ5ZK5XO.js.map
