import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as i}from"./chunk-UJKALBZ4.js";import{k as n}from"./chunk-IGY2H5AF.js";import"./chunk-4IFIQ4O6.js";import"./chunk-25LYP63F.js";import{e}from"./chunk-FDSPFBT3.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";import p from"node:path";var d=e(n,async(t,o)=>{let r=t.path;if(r!==void 0){i(o,"path",p.resolve(r));return}o.line(o.config("path")??process.cwd())});export{d as run};
//# sourceMappingURL=path-SVSOHUFM.js.map
