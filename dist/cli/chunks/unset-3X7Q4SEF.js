import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as n,d as r}from"./chunk-3XAYUPUW.js";import"./chunk-4IFIQ4O6.js";import{i as s}from"./chunk-S2BS37YB.js";import"./chunk-FMPL76V5.js";import"./chunk-4UT25HQX.js";async function l(m,t){let e=s(m,"name"),{file:i}=t.client.configuration(),o=n(i);e in o&&(delete o[e],r(i,o),t.line(`- ${e} is now set to: None`))}export{l as run};
//# sourceMappingURL=unset-3X7Q4SEF.js.map
