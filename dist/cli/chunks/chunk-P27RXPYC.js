import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
var s={ok:0,failure:1,usage:2,credentials:4},r=class extends Error{constructor(e,n=s.failure){super(e);this.exitCode=n}exitCode};export{s as a,r as b};
//# sourceMappingURL=chunk-P27RXPYC.js.map
