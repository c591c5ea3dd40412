import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as n}from"./chunk-DVBULG6P.js";import{a as i,b as a}from"./chunk-C25RTIJX.js";import"./chunk-KKYCKP7V.js";import"./chunk-YW5XSK5B.js";import"./chunk-4IFIQ4O6.js";import"./chunk-NYB4PF4P.js";import"./chunk-47BII6OP.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";async function c(r,e){let o=i(r),t=await a(e,o),u=e.formatChoice(r),s=await e.client.kernels.status(t);if(u.format==="json"){let f={ref:`${t.owner}/${t.slug}`,...t.version!==void 0?{version:t.version}:{},status:s.status,failureMessage:s.failureMessage};e.out(`${JSON.stringify(f,null,2)}
`);return}e.out(n(o,s.status,s.failureMessage))}export{c as run};
//# sourceMappingURL=status-ELKTLMII.js.map
