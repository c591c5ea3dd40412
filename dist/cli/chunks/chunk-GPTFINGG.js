import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
var o="0.1.0",t=`Kaggle CLI ${o} (kaggle-actions)
`;export{t as a};
//# sourceMappingURL=chunk-GPTFINGG.js.map
