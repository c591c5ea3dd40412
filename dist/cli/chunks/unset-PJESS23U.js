import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as n,d as r}from"./chunk-LXNBSAP5.js";import{i as s}from"./chunk-NDWBHPPL.js";import"./chunk-RYJWRLUP.js";import"./chunk-4UT25HQX.js";async function l(m,t){let e=s(m,"name"),{file:i}=t.client.configuration(),o=n(i);e in o&&(delete o[e],r(i,o),t.line(`- ${e} is now set to: None`))}export{l as run};
//# sourceMappingURL=unset-PJESS23U.js.map
