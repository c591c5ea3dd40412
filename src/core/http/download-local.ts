/**
 * The local side of a download: the checked final path, the `.part` file an earlier run left,
 * and the stream path that copies a response body into the file.
 */
import fs from "node:fs";
import path from "node:path";
import { UnsafePathError } from "../errors";
import { resolveInside } from "../fs";
import type { FileChecksum } from "../hash";
import type { RawResponse } from "./request";
import { InterruptedTransfer } from "./raw-http";
import type { Progress } from "../progress";
import { printableUrl } from "./transport";

const WRITE_BATCH = 1 << 20;

export async function statOrUndefined(file: string): Promise<fs.Stats | undefined> {
  try {
    return await fs.promises.stat(file);
  } catch {
    return undefined;
  }
}

/**
 * The checked final path: a name taken from the URL must be a plain file name inside `dest`;
 * a given path must not be a folder itself or lead outside its folder through a link.
 */
export async function destinationOf(
  opts: { dest: string; fileNameFromUrl?: ((finalUrl: string) => string) | undefined },
  finalUrl: string,
): Promise<string> {
  if (opts.fileNameFromUrl) {
    return resolveInside(opts.dest, opts.fileNameFromUrl(finalUrl), {
      what: "file name",
      from: `the download URL ${printableUrl(finalUrl)}`,
      strict: true,
    });
  }
  await resolveInside(path.dirname(opts.dest), path.basename(opts.dest), { what: "file name", from: "the download", strict: true });
  return opts.dest;
}

export async function refuseFolder(finalPath: string): Promise<void> {
  const st = await fs.promises.lstat(finalPath).catch(() => undefined);
  if (st?.isDirectory())
    throw new UnsafePathError(`${finalPath} is a folder; the download would replace it: move the folder away or download elsewhere`);
}

/** The `.part` file left by an earlier run, if any; one that is a link or not a file is refused. */
export async function partFile(partPath: string, res: RawResponse): Promise<fs.Stats | undefined> {
  let st: fs.Stats;
  try {
    st = await fs.promises.lstat(partPath);
  } catch {
    return undefined;
  }
  if (!st.isFile()) {
    await res.body.dump().catch(() => {});
    throw new UnsafePathError(
      `${partPath} is ${st.isSymbolicLink() ? "a link" : "not a regular file"}; a partial download is never written through it: remove it and run again`,
    );
  }
  return st;
}

/** Copies the body to the file at `position` in 1 MiB writes; returns the new position. */
export async function pump(
  res: RawResponse,
  handle: fs.promises.FileHandle,
  position: number,
  hash: FileChecksum | undefined,
  progress: Progress,
): Promise<number> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let pos = position;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const buffers = pending;
    const bytes = pendingBytes;
    pending = [];
    pendingBytes = 0;
    await handle.writev(buffers, pos);
    for (const b of buffers) {
      pos += b.length;
      hash?.written(b, pos);
    }
    progress.advance(bytes);
  };
  try {
    for await (const chunk of res.body) {
      const buf = chunk as Buffer;
      pending.push(buf);
      pendingBytes += buf.length;
      if (pendingBytes >= WRITE_BATCH) await flush();
    }
  } catch (err) {
    await flush();
    throw new InterruptedTransfer(err, pos);
  }
  await flush();
  await handle.truncate(pos);
  return pos;
}
