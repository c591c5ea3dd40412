import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b as i}from"./chunk-ZFV3QSRX.js";var r=[{field:"ref",label:"ref",value:e=>e.ref??""},{field:"title",label:"title",value:e=>e.title??""},{field:"author",label:"author",value:e=>e.author??""},{field:"lastRunTime",label:"lastRunTime",value:e=>a(e.lastRunTime),json:e=>i(e.lastRunTime)},{field:"totalVotes",label:"totalVotes",value:e=>e.totalVotes??0}];function s(e,n,t){let l=`${e} has status "KernelWorkerStatus.${n}"
`;return t&&(l+=`Failure message: "${t}"
`),l}var u=[{field:"name",label:"name",value:e=>e.name??""},{field:"size",label:"size",value:e=>e.size??0},{field:"creationDate",label:"creationDate",value:e=>e.creationDate??""}];export{r as a,s as b,u as c};
//# sourceMappingURL=chunk-V34EECE5.js.map
