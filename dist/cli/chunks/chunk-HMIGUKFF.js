import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{g as e}from"./chunk-ARF37WZM.js";function d(n){return`[${n.map(r=>`'${r}'`).join(", ")}]`}function u(n,r,o,i={}){if(r!==void 0){if(t(n)){if(n.includes(r))return r}else if(Object.hasOwn(n,r))return n[r];if(Object.hasOwn(i,r))return i[r];throw new e(`Invalid ${o} specified. Valid options are ${d(t(n)?n:Object.keys(n))}`)}}function t(n){return Array.isArray(n)}export{d as a,u as b};
//# sourceMappingURL=chunk-HMIGUKFF.js.map
