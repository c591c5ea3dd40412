import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as r,b as i}from"./chunk-SUT5DEHV.js";import d from"node:path";var l=(e,o)=>e.endsWith("/")?e+o:`${e}/${o}`;async function g(e,o,a){let t=o.path??process.cwd(),n=l(t,o.fileName),s=await a({path:t,progress:r(e,o.quiet,d.dirname(n))});i(e,s,o.quiet),o.quiet||e.line(`${o.done} ${n}`)}export{g as a};
//# sourceMappingURL=chunk-KYUG4NC7.js.map
