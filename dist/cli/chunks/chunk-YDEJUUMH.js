import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
var e={start(){},advance(){},finish(){}};export{e as a};
//# sourceMappingURL=chunk-YDEJUUMH.js.map
