/** Worker thread of digests.ts: hashes the file `workerData.path` and posts its digests. */
import { parentPort, workerData } from "node:worker_threads";
import { hashFile } from "./digests";

parentPort!.postMessage(hashFile((workerData as { path: string }).path));
