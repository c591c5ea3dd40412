/**
 * MD5 of a file that is still being written. A large file is hashed on a worker thread: the
 * downloader says how far the file is complete and the worker reads and hashes up to there from
 * the page cache, so hashing (about 600 MB/s) overlaps the transfer instead of adding to it. A
 * small file is hashed once it is complete, on this thread: starting a worker costs more (tens of
 * milliseconds) than hashing a few MiB.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { Worker } from "node:worker_threads";

/** Below this size a file is hashed inline when complete. */
export const INLINE_HASH_MAX_BYTES = 8 << 20;

export interface Md5Hasher {
  /** The first `bytes` bytes of the file are final. */
  upTo(bytes: number): void;
  /** Base64 MD5 of the first `bytes` bytes. */
  digest(bytes: number): Promise<string>;
  cancel(): Promise<void>;
}

/** The hasher for a file expected to hold `size` bytes (unknown: the worker). */
export function fileHasher(file: string, size: number | undefined): Md5Hasher {
  return size !== undefined && size <= INLINE_HASH_MAX_BYTES ? new InlineHasher(file) : new FileHasher(file);
}

class InlineHasher implements Md5Hasher {
  constructor(private readonly file: string) {}

  upTo(): void {}

  async digest(bytes: number): Promise<string> {
    const hash = createHash("md5");
    if (bytes > 0) {
      for await (const chunk of fs.createReadStream(this.file, { start: 0, end: bytes - 1 })) hash.update(chunk as Buffer);
    }
    return hash.digest("base64");
  }

  async cancel(): Promise<void> {}
}

// Plain JavaScript evaluated in the worker, so the bundle needs no separate worker file.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { createHash } = require("node:crypto");
const hash = createHash("md5");
const fd = fs.openSync(workerData.file, "r");
const buf = Buffer.allocUnsafe(4 << 20);
let pos = 0, target = 0, ended = false;
parentPort.on("message", (m) => {
  if (typeof m.upTo === "number") target = Math.max(target, m.upTo);
  if (m.end) ended = true;
  while (pos < target) {
    const n = fs.readSync(fd, buf, 0, Math.min(buf.length, target - pos), pos);
    if (n <= 0) break;
    hash.update(buf.subarray(0, n));
    pos += n;
  }
  if (ended && pos >= target) {
    fs.closeSync(fd);
    parentPort.postMessage({ digest: hash.digest("base64"), bytes: pos });
  }
});
`;

export class FileHasher implements Md5Hasher {
  private readonly worker: Worker;
  private readonly result: Promise<{ digest: string; bytes: number }>;

  constructor(file: string) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
    this.worker.unref();
    this.result = new Promise((resolve, reject) => {
      this.worker.once("message", resolve);
      this.worker.once("error", reject);
    });
    this.result.catch(() => {});
  }

  /** The first `bytes` bytes of the file are final. */
  upTo(bytes: number): void {
    this.worker.postMessage({ upTo: bytes });
  }

  /** Base64 MD5 of the first `bytes` bytes, once the worker has caught up. */
  async digest(bytes: number): Promise<string> {
    this.worker.postMessage({ upTo: bytes, end: true });
    const { digest } = await this.result;
    await this.worker.terminate();
    return digest;
  }

  async cancel(): Promise<void> {
    await this.worker.terminate();
  }
}
