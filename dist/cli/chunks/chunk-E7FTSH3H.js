import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as n}from"./chunk-562YQ6BM.js";import{i as s}from"./chunk-47BII6OP.js";import{g as i}from"./chunk-ARF37WZM.js";async function f(t,e){let r=s(e,"dataset")??s(e,"dataset_opt");if(!r)throw new i("A dataset must be specified; give it as <owner>/<dataset-slug>");let o=r.includes("/")?void 0:await t.client.username();return n(r,o)}function g(t,e){return t.endsWith("/")||t===""?`${t}${e}`:`${t}/${e}`}export{f as a,g as b};
//# sourceMappingURL=chunk-E7FTSH3H.js.map
