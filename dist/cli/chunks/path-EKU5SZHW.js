import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as e}from"./chunk-E6XU5EF6.js";import"./chunk-LXNBSAP5.js";import{i as t}from"./chunk-NDWBHPPL.js";import"./chunk-RYJWRLUP.js";import"./chunk-4UT25HQX.js";import n from"node:path";async function f(i,r){let o=t(i,"path");if(o!==void 0){e(r,"path",n.resolve(o));return}r.line(r.config("path")??process.cwd())}export{f as run};
//# sourceMappingURL=path-EKU5SZHW.js.map
