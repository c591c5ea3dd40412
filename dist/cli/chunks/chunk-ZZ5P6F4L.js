import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
var i={start(){},advance(){},finish(){}};function s(r){let t=["B","KB","MB","GB","TB"],e=r,n=0;for(;e>=1024&&n<t.length-1;)e/=1024,n++;return`${Math.round(e)}${t[n]}`}export{i as a,s as b};
//# sourceMappingURL=chunk-ZZ5P6F4L.js.map
