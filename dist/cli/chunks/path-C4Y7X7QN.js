import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as e}from"./chunk-R2YJI4C5.js";import"./chunk-6FXX4UXI.js";import"./chunk-4IFIQ4O6.js";import{i as t}from"./chunk-S2BS37YB.js";import"./chunk-FMPL76V5.js";import"./chunk-4UT25HQX.js";import n from"node:path";async function f(i,r){let o=t(i,"path");if(o!==void 0){e(r,"path",n.resolve(o));return}r.line(r.config("path")??process.cwd())}export{f as run};
//# sourceMappingURL=path-C4Y7X7QN.js.map
