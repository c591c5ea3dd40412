import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
var f={start(){},advance(){},finish(){}};import c from"node:net";import a from"node:tls";var u=65536;function m(n,t){let e=n.protocol==="https:",r=Number(n.port||(e?443:80)),s={host:n.hostname,port:r,...t?{onread:t}:{}},o=e?a.connect({...s,servername:c.isIP(n.hostname)?"":n.hostname}):c.connect(s);return o.setNoDelay(!0),o}function g(n){return n.protocol==="https:"?"secureConnect":"connect"}function l(n,t,e){let r=[`${n} ${t.pathname}${t.search} HTTP/1.1`,`Host: ${t.host}`,"Connection: close"];for(let[s,o]of Object.entries(e))r.push(`${s}: ${o}`);return`${r.join(`\r
`)}\r
\r
`}function x(n){let t=n.indexOf(`\r
\r
`);if(t===-1){if(n.length>u)throw new Error("response head too large");return}let e=n.subarray(0,t).toString("latin1").split(`\r
`),r=Number(/^HTTP\/1\.[01] (\d{3})/.exec(e[0]??"")?.[1]);if(!r)throw new Error(`not an HTTP response: ${JSON.stringify(e[0]?.slice(0,40))}`);let s={};for(let o of e.slice(1)){let i=o.indexOf(":");i>0&&(s[o.slice(0,i).trim().toLowerCase()]=o.slice(i+1).trim())}return{status:r,headers:s,rest:n.subarray(t+4)}}export{m as a,g as b,l as c,x as d,f as e};
//# sourceMappingURL=chunk-45BDEPDK.js.map
