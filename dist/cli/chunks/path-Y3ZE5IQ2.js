import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as e}from"./chunk-HYIPEAF2.js";import"./chunk-HRI34FQM.js";import"./chunk-YOSNDIQD.js";import"./chunk-4IFIQ4O6.js";import{i as t}from"./chunk-QKPH6VJG.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";import n from"node:path";async function f(i,r){let o=t(i,"path");if(o!==void 0){e(r,"path",n.resolve(o));return}r.line(r.config("path")??process.cwd())}export{f as run};
//# sourceMappingURL=path-Y3ZE5IQ2.js.map
