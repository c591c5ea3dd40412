import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as n,d as r,e as s}from"./chunk-6FXX4UXI.js";import"./chunk-4IFIQ4O6.js";import{i as m}from"./chunk-S2BS37YB.js";import"./chunk-FMPL76V5.js";import"./chunk-4UT25HQX.js";async function l(f,t){let e=m(f,"name");s(e);let{file:i}=t.client.configuration(),o=n(i);e in o&&(delete o[e],r(i,o),t.line(`- ${e} is now set to: None`))}export{l as run};
//# sourceMappingURL=unset-JNDM74RE.js.map
