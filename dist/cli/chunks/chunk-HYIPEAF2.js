import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as s,d as f,e as c,f as l,g as C}from"./chunk-HRI34FQM.js";import{i as r}from"./chunk-QKPH6VJG.js";async function d(t,o){g(o,r(t,"name"),r(t,"value"))}function g(t,o,i){c(o),l(o,i);let{file:e}=t.client.configuration(),n=s(e);n[o]=i,f(e,n),t.line(`- ${o} is now set to: ${o==="key"?"***":C(i)}`)}export{d as a,g as b};
//# sourceMappingURL=chunk-HYIPEAF2.js.map
