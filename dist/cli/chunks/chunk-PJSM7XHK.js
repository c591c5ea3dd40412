import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as o}from"./chunk-ZGVY3NY3.js";import{i as e}from"./chunk-QKPH6VJG.js";import{g as a}from"./chunk-ARF37WZM.js";async function p(s,r){let t=e(r,"dataset")??e(r,"dataset_opt");if(!t)throw new a("A dataset must be specified; give it as <owner>/<dataset-slug>");let i=t.includes("/")?void 0:await s.client.username();return o(t,i)}export{p as a};
//# sourceMappingURL=chunk-PJSM7XHK.js.map
