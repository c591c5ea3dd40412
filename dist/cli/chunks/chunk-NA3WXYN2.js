import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a as o,b as e,h as i}from"./chunk-T7O2ALYD.js";var p={options:[o,e],exclusive:i};export{p as a};
//# sourceMappingURL=chunk-NA3WXYN2.js.map
