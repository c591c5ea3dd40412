import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as s}from"./chunk-OVKTLHCZ.js";import"./chunk-ZFV3QSRX.js";import{g as n}from"./chunk-5S7RCYSX.js";import"./chunk-T7O2ALYD.js";import{d as r,e as m}from"./chunk-FDSPFBT3.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";var a=m(n,async(t,o)=>{o.formatChoice(t);let{forums:f}=await o.client.discussions.forums();return r(f??[],s,{empty:"No forums found"})});export{a as run};
//# sourceMappingURL=list-KCLEET2Z.js.map
