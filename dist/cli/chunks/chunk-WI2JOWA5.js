import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as n}from"./chunk-NW4SFSFX.js";import{i as s}from"./chunk-NDWBHPPL.js";import{f as i}from"./chunk-RYJWRLUP.js";async function f(t,e){let r=s(e,"dataset")??s(e,"dataset_opt");if(!r)throw new i("A dataset must be specified; give it as <owner>/<dataset-slug>");let o=r.includes("/")?void 0:await t.client.username();return n(r,o)}function g(t,e){return t.endsWith("/")||t===""?`${t}${e}`:`${t}/${e}`}export{f as a,g as b};
//# sourceMappingURL=chunk-WI2JOWA5.js.map
