import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as n,d as r,e as s}from"./chunk-HRI34FQM.js";import"./chunk-YOSNDIQD.js";import"./chunk-4IFIQ4O6.js";import{i as m}from"./chunk-QKPH6VJG.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";async function l(f,t){let e=m(f,"name");s(e);let{file:i}=t.client.configuration(),o=n(i);e in o&&(delete o[e],r(i,o),t.line(`- ${e} is now set to: None`))}export{l as run};
//# sourceMappingURL=unset-SAZU5AGT.js.map
