import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{fetch as t,ProxyAgent as o,request as f}from"undici";export{o as ProxyAgent,t as fetch,f as request};
//# sourceMappingURL=proxy-fetch-HKD7FKAG.js.map
