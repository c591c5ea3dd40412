import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import"./chunk-4UT25HQX.js";async function a(s,n){let{dir:r}=n.client.configuration(),i=n.client.credentials(),t=i?await n.client.username():void 0,o=e=>e??"None";n.line(`Configuration values from ${r}`),n.line(`- username: ${o(t)}`),n.line(`- auth_method: ${o(i?.method)}`);for(let e of["path","proxy","competition"])n.line(`- ${e}: ${o(n.config(e))}`)}export{a as run};
//# sourceMappingURL=view-EHQNRHPR.js.map
