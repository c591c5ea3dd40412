import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as r,d as n,g as i}from"./chunk-2ZPRAOYE.js";import"./chunk-25LYP63F.js";import{e as t}from"./chunk-FDSPFBT3.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";var s="Manually revoked by user with kaggle-cli",h=t(i,async(a,e)=>{let o=r(e.host);if(!o){e.line("There is no token to revoke.");return}await e.client.auth.revoke(o.refreshToken,a.reason||s),await n(e.host)});export{s as DEFAULT_REVOKE_REASON,h as run};
//# sourceMappingURL=revoke-W6ADSGQN.js.map
