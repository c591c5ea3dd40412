import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{i,k as m}from"./chunk-QKPH6VJG.js";import{g as r}from"./chunk-ARF37WZM.js";function c(e,t){let n=i(t,"competition")??i(t,"competition_opt");if(n)return n;let o=e.config("competition");if(!o)throw new r("No competition specified: give one as an argument or set a default with 'kaggle config set -n competition -v <name>'");return m(t,"quiet")||e.line(`Using competition: ${o}`),o}export{c as a};
//# sourceMappingURL=chunk-WTDEIEPJ.js.map
