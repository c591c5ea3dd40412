import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as i}from"./chunk-YDEJUUMH.js";import l from"node:path";function d(o,e,t){if(e)return i;let r=o.progress(!1);return{start(n,s,a){o.line(`Downloading ${n} to ${t}`),r.start(n,s,a)},advance:n=>r.advance(n),finish:()=>r.finish()}}function c(o,e,t){t||(e.status==="skipped"?o.line(`${l.basename(e.path)}: Skipping, found more recently modified local copy (use --force to force download)`):o.line())}export{d as a,c as b};
//# sourceMappingURL=chunk-SUT5DEHV.js.map
