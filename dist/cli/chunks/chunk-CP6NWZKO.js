import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as i}from"./chunk-YDEJUUMH.js";import l from"node:path";function d(o,e,r){if(e)return i;let t=o.progress(!1);return{start(n,s,a){o.line(`Downloading ${n} to ${r}`),t.start(n,s,a)},advance:n=>t.advance(n),finish:()=>t.finish()}}function c(o,e,r){r||(e.status==="skipped"?o.line(`${l.basename(e.path)}: Skipping, found more recently modified local copy (use --force to force download)`):o.line())}export{d as a,c as b};
//# sourceMappingURL=chunk-CP6NWZKO.js.map
