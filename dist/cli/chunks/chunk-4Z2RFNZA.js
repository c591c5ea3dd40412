import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{i}from"./chunk-TEBIK47M.js";import{b as t}from"./chunk-P27RXPYC.js";async function f(n,e){return i(e,e.includes("/")?void 0:await n.client.username())}function m(n,e,o,r){if(e)throw n.line(`${r}${e}`),new t("",1);n.line(o)}export{f as a,m as b};
//# sourceMappingURL=chunk-4Z2RFNZA.js.map
