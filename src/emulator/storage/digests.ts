/**
 * The CRC-32C and MD5 of a file, as `x-goog-hash` gives them. Hashing is several seconds of CPU
 * per GiB here (the emulator's own CRC-32C, at about 300 MiB/s, and MD5 at about 500), so files
 * larger than {@link INLINE_MAX} are hashed on a worker thread (`digest-worker.ts`): on the event
 * loop, the first download of a 1 GiB file took 6.7 s instead of 1.5 while its digests were made.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { Crc32c } from "./crc32c";

/** A file's digests as `x-goog-hash` gives them (base64). */
export interface FileDigests {
  crc32c: string;
  md5: string;
}

/** Files up to this size are hashed where they are asked for: a worker costs more to start. */
const INLINE_MAX = 1 << 20;

/** The block files are read through: one per thread, as reading is synchronous. */
let block: Buffer | undefined;

/** Reads `path` through the thread's block and hashes it, synchronously. */
export function hashFile(path: string): FileDigests {
  const md5 = createHash("md5");
  const crc = new Crc32c();
  // Not one per file: five hundred small files served would each have left a 1 MiB block behind.
  block ??= Buffer.allocUnsafeSlow(1 << 20);
  const fd = openSync(path, "r");
  try {
    for (let n: number; (n = readSync(fd, block, 0, block.length, null)) > 0;) {
      const bytes = block.subarray(0, n);
      md5.update(bytes);
      crc.update(bytes);
    }
  } finally {
    closeSync(fd);
  }
  return { crc32c: crc.base64(), md5: md5.digest("base64") };
}

/** The worker beside this module: `digest-worker.js` in the bundle, `.ts` when run from source. */
const workerUrl = new URL(`./digest-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** Workers hashing at once; more files wait their turn (each worker is a thread with a heap of its own). */
const MAX_WORKERS = 4;
let running = 0;
const waiting: (() => void)[] = [];

/** The digests of a file of `size` bytes: at once when small, from a worker thread otherwise. */
export async function fileDigests(path: string, size: number): Promise<FileDigests> {
  if (size <= INLINE_MAX) return hashFile(path);
  // A finished worker hands its place to the first waiting file, so no newcomer slips in between.
  if (running >= MAX_WORKERS) await new Promise<void>((go) => waiting.push(go));
  else running++;
  try {
    return await hashInWorker(path);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

function hashInWorker(path: string): Promise<FileDigests> {
  return new Promise<FileDigests>((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { path } });
    worker.unref(); // an emulator that is closing does not wait for a hash nobody will read
    worker.once("message", (m: FileDigests) => resolve(m));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`hashing ${path} stopped (exit code ${code})`)));
  });
}
