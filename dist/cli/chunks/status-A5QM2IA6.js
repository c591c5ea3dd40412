import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as i}from"./chunk-V34EECE5.js";import{a,b as f}from"./chunk-SU2GAXJZ.js";import{a as n}from"./chunk-ZGVY3NY3.js";import"./chunk-ZFV3QSRX.js";import"./chunk-QKPH6VJG.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";async function d(s,e){let o=a(s),t=await f(e,o),u=e.formatChoice(s),r=await e.client.kernels.status(t);if(u.format==="json"){let m={ref:n(t),...t.version!==void 0?{version:t.version}:{},status:r.status,failureMessage:r.failureMessage};e.out(`${JSON.stringify(m,null,2)}
`);return}e.out(i(o,r.status,r.failureMessage))}export{d as run};
//# sourceMappingURL=status-A5QM2IA6.js.map
