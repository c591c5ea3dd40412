import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as n}from"./chunk-OVKTLHCZ.js";import{j as s}from"./chunk-T7O2ALYD.js";function r(o,e,t){let i=t.topics??[];if(o.printPage(i,n,e,{empty:"No topics found"}),!i.length||!t.nextPageToken||e.quiet)return;(o.formatChoice(e).format==="json"?o.streams.stderr:o.streams.stdout).write(o.scrub(`Next page token: ${t.nextPageToken}
`))}async function m(o,e,t){s(e.page_size),o.formatChoice(e);let i=await t({sortBy:e.sort_by,search:e.search,pageSize:e.page_size,pageToken:e.page_token});r(o,e,i)}export{r as a,m as b};
//# sourceMappingURL=chunk-V4IWQKXA.js.map
