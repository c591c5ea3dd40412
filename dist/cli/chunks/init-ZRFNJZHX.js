import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{e}from"./chunk-2AX4JA2G.js";import"./chunk-YOSNDIQD.js";import"./chunk-4IFIQ4O6.js";import{i as r}from"./chunk-QKPH6VJG.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";async function m(o,t){let i=r(o,"folder")??process.cwd(),n=await t.client.username();t.line(`Data package template written to: ${e(i,n)}`)}export{m as run};
//# sourceMappingURL=init-ZRFNJZHX.js.map
