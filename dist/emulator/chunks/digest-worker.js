import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{d as r}from"./chunk-7I23FYC6.js";import{parentPort as t,workerData as a}from"node:worker_threads";t.postMessage(r(a.path));
//# sourceMappingURL=digest-worker.js.map
