import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-XVNXZ6NH.js";import"./chunk-AIJPREOY.js";import"./chunk-P53O6JQZ.js";import"./chunk-RYJWRLUP.js";import"./chunk-4UT25HQX.js";export{a as header,b as rawRequest,c as transferError};
//# sourceMappingURL=http-IGU2TXOA.js.map
