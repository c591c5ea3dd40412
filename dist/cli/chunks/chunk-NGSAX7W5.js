import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import i from"node:net";import a from"node:tls";var p=65536;function d(t,n){let e=t.protocol==="https:",s=Number(t.port||(e?443:80)),r={host:t.hostname,port:s,...n?{onread:n}:{}},o=e?a.connect({...r,servername:i.isIP(t.hostname)?"":t.hostname}):i.connect(r);return o.setNoDelay(!0),o}function h(t){return t.protocol==="https:"?"secureConnect":"connect"}function m(t,n,e){let s=[`${t} ${n.pathname}${n.search} HTTP/1.1`,`Host: ${n.host}`,"Connection: close"];for(let[r,o]of Object.entries(e))s.push(`${r}: ${o}`);return`${s.join(`\r
`)}\r
\r
`}function g(t){let n=t.indexOf(`\r
\r
`);if(n===-1){if(t.length>p)throw new Error("response head too large");return}let e=t.subarray(0,n).toString("latin1").split(`\r
`),s=Number(/^HTTP\/1\.[01] (\d{3})/.exec(e[0]??"")?.[1]);if(!s)throw new Error(`not an HTTP response: ${JSON.stringify(e[0]?.slice(0,40))}`);let r={};for(let o of e.slice(1)){let c=o.indexOf(":");c>0&&(r[o.slice(0,c).trim().toLowerCase()]=o.slice(c+1).trim())}return{status:s,headers:r,rest:t.subarray(n+4)}}export{d as a,h as b,m as c,g as d};
//# sourceMappingURL=chunk-NGSAX7W5.js.map
