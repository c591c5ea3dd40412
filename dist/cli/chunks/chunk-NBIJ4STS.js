import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as s,d as f}from"./chunk-3XAYUPUW.js";import{i}from"./chunk-S2BS37YB.js";async function m(o,t){l(t,i(o,"name"),i(o,"value"))}function l(o,t,e){let{file:r}=o.client.configuration(),n=s(r);n[t]=e,f(r,n),o.line(`- ${t} is now set to: ${t==="key"?"***":e}`)}export{m as a,l as b};
//# sourceMappingURL=chunk-NBIJ4STS.js.map
