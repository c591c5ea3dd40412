import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a}from"./chunk-D3ZBI6EH.js";var r=[{field:"ref",label:"ref",value:e=>e.ref??""},{field:"title",label:"title",value:e=>e.title??""},{field:"author",label:"author",value:e=>e.author??""},{field:"lastRunTime",label:"lastRunTime",value:e=>a(e.lastRunTime),json:e=>e.lastRunTime??null},{field:"totalVotes",label:"totalVotes",value:e=>e.totalVotes??0}];function o(e,i,t){let l=`${e} has status "KernelWorkerStatus.${i}"
`;return t&&(l+=`Failure message: "${t}"
`),l}var s=[{field:"name",label:"name",value:e=>e.name??""},{field:"size",label:"size",value:e=>e.size??0},{field:"creationDate",label:"creationDate",value:e=>e.creationDate??""}];export{r as a,o as b,s as c};
//# sourceMappingURL=chunk-EZOCUADD.js.map
