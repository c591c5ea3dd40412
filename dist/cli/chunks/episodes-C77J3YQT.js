import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{f as s}from"./chunk-ZOGCOPUZ.js";import{j as t}from"./chunk-L7UBN3IP.js";import"./chunk-ZFV3QSRX.js";import"./chunk-5S7RCYSX.js";import"./chunk-T7O2ALYD.js";import{e as n}from"./chunk-FDSPFBT3.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";var r='Use "kaggle competitions replay <episode_id>" to download a replay, or "kaggle competitions logs <episode_id> <agent_index>" for agent logs.',l=n(t,async(o,e)=>{let p=e.formatChoice(o),i=await e.client.competitions.episodes(o.submission_id);e.printPage(i,s,o,{empty:"No episodes found"}),!(!i.length||o.quiet)&&(p.format==="table"?e.line(`
${r}`):e.streams.stderr.write(`
${r}
`))});export{l as run};
//# sourceMappingURL=episodes-C77J3YQT.js.map
