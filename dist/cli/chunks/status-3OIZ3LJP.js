import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as n}from"./chunk-EZOCUADD.js";import{a as i,b as a}from"./chunk-ZRSSWBAT.js";import"./chunk-3WY6GDUB.js";import"./chunk-P53O6JQZ.js";import"./chunk-D3ZBI6EH.js";import"./chunk-NDWBHPPL.js";import"./chunk-RYJWRLUP.js";import"./chunk-4UT25HQX.js";async function c(r,e){let o=i(r),t=await a(e,o),u=e.formatChoice(r),s=await e.client.kernels.status(t);if(u.format==="json"){let f={ref:`${t.owner}/${t.slug}`,...t.version!==void 0?{version:t.version}:{},status:s.status,failureMessage:s.failureMessage};e.out(`${JSON.stringify(f,null,2)}
`);return}e.out(n(o,s.status,s.failureMessage))}export{c as run};
//# sourceMappingURL=status-3OIZ3LJP.js.map
