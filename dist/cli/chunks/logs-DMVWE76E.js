import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as m}from"./chunk-UMZCY5SD.js";import{g as a}from"./chunk-GXEWZ634.js";import"./chunk-TEBIK47M.js";import"./chunk-WUFS5DL6.js";import{b as l}from"./chunk-P27RXPYC.js";import"./chunk-T7O2ALYD.js";import{e as i}from"./chunk-FDSPFBT3.js";import{d as s}from"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";var f="(Permission 'kernels.get' was denied). The most likely cause is a wrong kernel slug. Use the slug from the notebook URL (kaggle.com/code/owner/KERNEL-SLUG).",k=i(a,async(n,o)=>{let t=n.kernel??n.kernel_opt,r=await m(o,t);try{if(!n.follow){o.out(`${await o.client.kernels.log({owner:r.owner,slug:r.slug})}
`);return}await o.client.kernels.followLog(r,{onEvent:e=>{typeof e.data=="string"&&o.out(e.data.endsWith(`
`)?e.data:`${e.data}
`)},onReconnect:()=>o.streams.stderr.write(`Log stream connection lost, reconnecting...
`)})}catch(e){throw e instanceof s?new l(`${n.follow?"Cannot stream logs for":"Cannot access"} kernel '${t}' ${f}`,1):e}});export{k as run};
//# sourceMappingURL=logs-DMVWE76E.js.map
