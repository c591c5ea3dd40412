import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{f as a,g as b,h as c,i as d,j as e}from"./chunk-JXKJGSK5.js";import"./chunk-CTPWEYVY.js";import"./chunk-4IFIQ4O6.js";import"./chunk-ARF37WZM.js";import"./chunk-4UT25HQX.js";export{a as DEFAULT_TRANSFER_IDLE_MS,c as header,d as rawRequest,e as transferError,b as transferIdleMs};
//# sourceMappingURL=http-ZH6FP3NN.js.map
