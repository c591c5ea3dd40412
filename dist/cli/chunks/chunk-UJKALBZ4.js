import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as r,d as f,e as c,f as s,g as l,i as g}from"./chunk-IGY2H5AF.js";import{e as C}from"./chunk-FDSPFBT3.js";var a=C(g,async(i,o)=>{p(o,i.name,i.value)});function p(i,o,t){c(o),s(o,t);let{file:e}=i.client.configuration(),n=r(e);n[o]=t,f(e,n),i.line(`- ${o} is now set to: ${o==="key"?"***":l(t)}`)}export{a,p as b};
//# sourceMappingURL=chunk-UJKALBZ4.js.map
