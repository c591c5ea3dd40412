import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
var o="0.1.0";var r=`Kaggle CLI ${o} (kaggle-actions)
`;export{o as a,r as b};
//# sourceMappingURL=chunk-4ZOVJBZL.js.map
