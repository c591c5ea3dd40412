import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as n}from"./chunk-TEBIK47M.js";import{j as a}from"./chunk-NI5DIRMG.js";async function d(o,e){let t=e.dataset??e.dataset_opt;if(!t)throw new a("A dataset must be specified; give it as <owner>/<dataset-slug>");let s=t.includes("/")?void 0:await o.client.username();return n(t,s)}export{d as a};
//# sourceMappingURL=chunk-3IRURLJW.js.map
