import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as t,d as r,e as f,j as c}from"./chunk-IGY2H5AF.js";import"./chunk-4IFIQ4O6.js";import"./chunk-25LYP63F.js";import{e as m}from"./chunk-FDSPFBT3.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";var g=m(c,async(s,o)=>{let e=s.name;f(e);let{file:i}=o.client.configuration(),n=t(i);e in n&&(delete n[e],r(i,n),o.line(`- ${e} is now set to: None`))});export{g as run};
//# sourceMappingURL=unset-C3C7JKR2.js.map
