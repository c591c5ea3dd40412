/**
 * Writes a gzip-compressed tar (ustar) of files on disk, as Kaggle serves a model version
 * (`<model>.tar.gz`): one header per file (long names in a pax `path` record), each file
 * streamed, then two zero blocks. Memory stays flat whatever the sizes.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type { ZipEntry } from "./zip";

const BLOCK = 512;

function header(name: string, size: number, mtime: Date, type: string): Buffer {
  const h = Buffer.alloc(BLOCK);
  const put = (text: string, off: number, len: number) => h.write(text, off, Math.min(len, Buffer.byteLength(text)), "utf8");
  const num = (n: number, off: number, len: number) => put(`${n.toString(8).padStart(len - 1, "0")}\0`, off, len);
  put(name, 0, 100);
  num(type === "5" ? 0o755 : 0o644, 100, 8);
  num(0, 108, 8);
  num(0, 116, 8);
  num(size, 124, 12);
  num(Math.floor(mtime.getTime() / 1000), 136, 12);
  h.fill(0x20, 148, 156);
  put(type, 156, 1);
  put("ustar\0", 257, 6);
  put("00", 263, 2);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8);
  return h;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** One pax extended header carrying `path` (for names over 100 bytes). */
function paxHeader(name: string, mtime: Date): Buffer[] {
  const body = (len: number) => `${len} path=${name}\n`;
  let len = Buffer.byteLength(body(0));
  while (Buffer.byteLength(body(len)) !== len) len = Buffer.byteLength(body(len));
  const data = Buffer.from(body(len));
  return [header("PaxHeader", data.length, mtime, "x"), data, padding(data.length)];
}

async function* tarStream(entries: ZipEntry[]): AsyncGenerator<Buffer> {
  for (const e of entries) {
    const data = e.data;
    const size = data ? data.length : (await stat(e.path!)).size;
    if (Buffer.byteLength(e.name) > 100) yield* paxHeader(e.name, e.mtime);
    yield header(e.name.slice(0, 100), size, e.mtime, "0");
    if (data) yield data;
    else for await (const chunk of createReadStream(e.path!, { highWaterMark: 1 << 20 })) yield chunk as Buffer;
    yield padding(size);
  }
  yield Buffer.alloc(BLOCK * 2);
}

/** Build `outPath` (gzip) from `entries`. */
export async function writeTarGz(outPath: string, entries: ZipEntry[]): Promise<void> {
  await pipeline(Readable.from(tarStream(entries)), createGzip({ level: 1 }), createWriteStream(outPath));
}
