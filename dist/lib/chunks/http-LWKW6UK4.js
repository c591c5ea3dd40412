import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{f as a,g as b,h as c,i as d,j as e}from"./chunk-MK7N75RM.js";import"./chunk-AZJOBQWS.js";import"./chunk-OG5UMQAN.js";export{a as DEFAULT_TRANSFER_IDLE_MS,c as header,d as rawRequest,e as transferError,b as transferIdleMs};
//# sourceMappingURL=http-LWKW6UK4.js.map
