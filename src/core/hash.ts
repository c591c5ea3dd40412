/**
 * MD5 of a download, computed in the write path: every block is hashed as it is written, so the
 * file is never read a second time and no thread is started. (Hashing on a worker thread that
 * re-read the file competed for the second core with the server on small machines, and its
 * isolate alone cost some 20 MiB of memory; MD5 at ~600 MB/s keeps up with any network.)
 */
import { createHash, type Hash } from "node:crypto";
import fs from "node:fs";

export interface Md5Hasher {
  /** The bytes just written at the end of the file, in order. */
  update(data: Uint8Array): void;
  /** Base64 MD5 of everything hashed so far. */
  digest(): string;
}

/**
 * A hasher that starts from the first `bytes` bytes already in `file` (a resumed download),
 * read in one reused block.
 */
export async function fileHasher(file: string, bytes: number): Promise<Md5Hasher> {
  const hash = createHash("md5");
  if (bytes > 0) await hashPrefix(hash, file, bytes);
  return { update: (data) => void hash.update(data), digest: () => hash.digest("base64") };
}

async function hashPrefix(hash: Hash, file: string, bytes: number): Promise<void> {
  const handle = await fs.promises.open(file, "r");
  try {
    const block = Buffer.allocUnsafe(Math.min(bytes, 1 << 20));
    for (let pos = 0; pos < bytes;) {
      const { bytesRead } = await handle.read(block, 0, Math.min(block.length, bytes - pos), pos);
      if (bytesRead === 0) throw new Error(`${file} ended at byte ${pos}, before the ${bytes} bytes already downloaded`);
      hash.update(block.subarray(0, bytesRead));
      pos += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
