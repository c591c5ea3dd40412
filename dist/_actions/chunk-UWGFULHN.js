import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
var s="https://www.kaggle.com",o=t=>`${s}/competitions/${t}`,r=t=>`${o(t)}/submissions`,e=t=>`${o(t)}/leaderboard`,n=t=>`${s}/datasets/${t}`,i=t=>`${s}/code/${t}`;export{o as a,r as b,e as c,n as d,i as e};
//# sourceMappingURL=chunk-UWGFULHN.js.map
