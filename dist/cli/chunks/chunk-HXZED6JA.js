import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{j as e}from"./chunk-NI5DIRMG.js";function c(o,t){let n=t.competition??t.competition_opt;if(n)return n;let i=o.config("competition");if(!i)throw new e("No competition specified: give one as an argument or set a default with 'kaggle config set -n competition -v <name>'");return t.quiet||o.line(`Using competition: ${i}`),i}export{c as a};
//# sourceMappingURL=chunk-HXZED6JA.js.map
