import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{f as a,g as b,h as c,i as d,j as e}from"./chunk-ZOM4L6OB.js";import"./chunk-4OHGZOP4.js";import"./chunk-EW6LMMFB.js";import"./chunk-VMDEQOOI.js";export{a as DEFAULT_TRANSFER_IDLE_MS,c as header,d as rawRequest,e as transferError,b as transferIdleMs};
//# sourceMappingURL=http-2FNZEMLQ.js.map
