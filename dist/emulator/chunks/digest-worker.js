import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{d as r}from"./chunk-HS3VTGSY.js";import{parentPort as t,workerData as a}from"node:worker_threads";t.postMessage(r(a.path));
//# sourceMappingURL=digest-worker.js.map
