/**
 * Safe, streaming zip extraction.
 *
 * The central directory is read first and every entry checked before anything is written: an
 * absolute name, a drive letter, a `..` component, a link whose target leaves the folder, an
 * encrypted entry or an unknown compression method refuses the whole archive. Entries are then
 * streamed from disk through `inflateRaw` (DEFLATE) or copied (STORE), their CRC-32 and size
 * checked; files are opened with `O_NOFOLLOW` and parent folders must resolve inside the target,
 * so a link planted earlier cannot redirect a write. Zip64 archives are supported.
 */
import fs from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants as zc, crc32, createInflateRaw } from "node:zlib";

export class UnsafeArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsafeArchiveError";
  }
}

export class CorruptArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CorruptArchiveError";
  }
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** Unix mode from the external attributes, when the archive was made on Unix. */
  mode: number | undefined;
  isDirectory: boolean;
  isSymlink: boolean;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function readAt(fh: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buf.subarray(0, done);
}

/** Reads the central directory of `file` (a few reads at the end; entry data is not touched). */
export async function listZip(file: string): Promise<ZipEntryInfo[]> {
  const fh = await fs.promises.open(file, "r");
  try {
    const size = (await fh.stat()).size;
    const corrupt = (why: string): never => {
      throw new CorruptArchiveError(`${file} is not a valid zip file (${why})`);
    };
    if (size < 22) corrupt("too short");
    const tailLen = Math.min(size, 22 + 0xffff + 20);
    const tail = await readAt(fh, size - tailLen, tailLen);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) corrupt("no end of central directory");
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || tail.readUInt32LE(loc) !== EOCD64_LOCATOR) corrupt("zip64 locator missing");
      const rec64Offset = Number(tail.readBigUInt64LE(loc + 8));
      const rec = await readAt(fh, rec64Offset, 56);
      if (rec.length < 56 || rec.readUInt32LE(0) !== EOCD64) corrupt("zip64 end record missing");
      count = Number(rec.readBigUInt64LE(32));
      cdSize = Number(rec.readBigUInt64LE(40));
      cdOffset = Number(rec.readBigUInt64LE(48));
    }
    if (cdOffset + cdSize > size) corrupt("central directory beyond end of file");
    const cd = await readAt(fh, cdOffset, cdSize);
    const entries: ZipEntryInfo[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) corrupt(`bad central directory entry ${n}`);
      const madeBy = cd.readUInt16LE(p + 4) >> 8;
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const crc = cd.readUInt32LE(p + 16);
      let compressedSize = cd.readUInt32LE(p + 20);
      let usize = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const external = cd.readUInt32LE(p + 38);
      let localHeaderOffset = cd.readUInt32LE(p + 42);
      const nameBuf = cd.subarray(p + 46, p + 46 + nameLen);
      const name = flags & 0x800 ? nameBuf.toString("utf8") : nameBuf.toString("latin1");
      const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      // Zip64 extended information: only the fields whose 32-bit value is saturated, in order.
      for (let e = 0; e + 4 <= extra.length; ) {
        const id = extra.readUInt16LE(e);
        const len = extra.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (usize === 0xffffffff && q + 8 <= e + 4 + len) {
            usize = Number(extra.readBigUInt64LE(q));
            q += 8;
          }
          if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
            compressedSize = Number(extra.readBigUInt64LE(q));
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len) localHeaderOffset = Number(extra.readBigUInt64LE(q));
        }
        e += 4 + len;
      }
      const mode = madeBy === 3 ? external >>> 16 : undefined;
      const isSymlink = mode !== undefined && (mode & 0o170000) === 0o120000;
      entries.push({
        name,
        method,
        flags,
        crc,
        compressedSize,
        size: usize,
        localHeaderOffset,
        mode,
        isDirectory: name.endsWith("/") || (mode !== undefined && (mode & 0o170000) === 0o040000),
        isSymlink,
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** The path an entry would be written to, or an error saying why it may not be. */
function safeTarget(dest: string, name: string): string {
  if (name.includes("\0")) throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} has a NUL character in its name`);
  const norm = name.replace(/\\/g, "/");
  if (norm.startsWith("/") || /^[A-Za-z]:/.test(norm)) throw new UnsafeArchiveError(`entry "${name}" has an absolute path`);
  const parts = norm.split("/").filter((s) => s !== "" && s !== ".");
  if (parts.includes("..")) throw new UnsafeArchiveError(`entry "${name}" contains '..' and would be written outside the folder`);
  if (parts.length === 0) return dest;
  const target = path.resolve(dest, ...parts);
  if (target !== dest && !target.startsWith(dest + path.sep)) {
    throw new UnsafeArchiveError(`entry "${name}" would be written outside the folder`);
  }
  return target;
}

export interface ExtractOptions {
  /** Called once per extracted file with its path relative to the folder. */
  onEntry?: (name: string, size: number) => void;
  /**
   * The archive's time (e.g. its download's Last-Modified): extracted files get it as their mtime,
   * and an existing file modified after it is kept, not overwritten, and listed in `kept`.
   */
  archiveTime?: Date;
}

export interface ExtractResult {
  files: number;
  bytes: number;
  /** Files left as they were because they are newer than `archiveTime` (relative paths). */
  kept: string[];
}

/**
 * Extracts every entry of `zipFile` into `dest`. Unsafe archives are refused before anything is
 * written; a corrupt entry fails the extraction (files already written stay).
 */
export async function extractZip(zipFile: string, dest: string, opts: ExtractOptions = {}): Promise<ExtractResult> {
  const root = path.resolve(dest);
  await fs.promises.mkdir(root, { recursive: true });
  const realRoot = await fs.promises.realpath(root);
  const entries = await listZip(zipFile);
  const plan: { entry: ZipEntryInfo; target: string }[] = [];
  for (const entry of entries) {
    if (entry.flags & 0x1) throw new UnsafeArchiveError(`entry "${entry.name}" is encrypted`);
    if (!entry.isDirectory && entry.method !== 0 && entry.method !== 8) {
      throw new CorruptArchiveError(`entry "${entry.name}" uses compression method ${entry.method}; only STORE and DEFLATE are supported`);
    }
    plan.push({ entry, target: safeTarget(realRoot, entry.name) });
  }
  const fh = await fs.promises.open(zipFile, "r");
  let files = 0;
  let bytes = 0;
  const kept: string[] = [];
  try {
    // Link targets are checked once their own contents are known (they are stored as data).
    for (const { entry, target } of plan) {
      if (entry.isDirectory) {
        await makeDirInside(realRoot, target);
        continue;
      }
      await makeDirInside(realRoot, path.dirname(target));
      const dataStart = await dataOffset(fh, entry, zipFile);
      if (entry.isSymlink) {
        const linkTarget = (await readEntry(fh, entry, dataStart)).toString("utf8");
        const resolved = path.resolve(path.dirname(target), linkTarget);
        if (path.isAbsolute(linkTarget) || (resolved !== realRoot && !resolved.startsWith(realRoot + path.sep))) {
          throw new UnsafeArchiveError(`entry "${entry.name}" is a link to "${linkTarget}", outside the folder`);
        }
        await fs.promises.rm(target, { force: true });
        await fs.promises.symlink(linkTarget, target);
        continue;
      }
      const time = opts.archiveTime;
      if (time) {
        const st = await fs.promises.lstat(target).catch(() => undefined);
        if (st?.isFile() && st.mtimeMs > time.getTime()) {
          kept.push(path.relative(realRoot, target));
          continue;
        }
      }
      await writeEntry(zipFile, entry, dataStart, target);
      if (time) await fs.promises.lutimes(target, time, time);
      files++;
      bytes += entry.size;
      opts.onEntry?.(path.relative(realRoot, target), entry.size);
    }
  } finally {
    await fh.close();
  }
  return { files, bytes, kept };
}

/** Creates `dir` (and parents) and checks that it really is inside `root` (no link on the way out). */
async function makeDirInside(root: string, dir: string): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true });
  const real = await fs.promises.realpath(dir);
  if (real !== root && !real.startsWith(root + path.sep)) {
    throw new UnsafeArchiveError(`${path.relative(root, dir)} leads outside the folder through a link`);
  }
}

async function dataOffset(fh: fs.promises.FileHandle, entry: ZipEntryInfo, file: string): Promise<number> {
  const h = await readAt(fh, entry.localHeaderOffset, 30);
  if (h.length < 30 || h.readUInt32LE(0) !== LOCAL) throw new CorruptArchiveError(`${file}: bad local header for "${entry.name}"`);
  return entry.localHeaderOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
}

async function readEntry(fh: fs.promises.FileHandle, entry: ZipEntryInfo, start: number): Promise<Buffer> {
  if (entry.compressedSize > 1 << 16) throw new UnsafeArchiveError(`entry "${entry.name}" is a link with an oversized target`);
  const raw = await readAt(fh, start, entry.compressedSize);
  if (entry.method === 0) return raw;
  const { inflateRawSync } = await import("node:zlib");
  return inflateRawSync(raw, { maxOutputLength: 1 << 16 });
}

/** Streams one entry to `target` with `O_NOFOLLOW`, checking size and CRC-32. */
async function writeEntry(zipFile: string, entry: ZipEntryInfo, start: number, target: string): Promise<void> {
  try {
    const st = await fs.promises.lstat(target);
    if (st.isSymbolicLink() || !st.isFile()) await fs.promises.rm(target, { recursive: true, force: true });
  } catch {
    // not there yet
  }
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | (fs.constants.O_NOFOLLOW ?? 0);
  const handle = await fs.promises.open(target, flags, 0o644);
  const out = handle.createWriteStream({ highWaterMark: 1 << 20 });
  let crc = 0;
  let written = 0;
  const check = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      written += chunk.length;
      if (written > entry.size) {
        cb(new CorruptArchiveError(`entry "${entry.name}" is larger than its declared ${entry.size} bytes`));
        return;
      }
      crc = crc32(chunk, crc);
      cb(null, chunk);
    },
  });
  const source =
    entry.compressedSize === 0
      ? Readable.from([])
      : fs.createReadStream(zipFile, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 });
  const stages: NodeJS.ReadWriteStream[] = entry.method === 8 && entry.compressedSize > 0 ? [createInflateRaw({ finishFlush: zc.Z_SYNC_FLUSH })] : [];
  try {
    await (pipeline as (...streams: unknown[]) => Promise<void>)(source, ...stages, check, out);
  } catch (err) {
    if (err instanceof CorruptArchiveError) throw err;
    throw new CorruptArchiveError(`entry "${entry.name}" could not be read: ${(err as Error).message}`);
  }
  if (written !== entry.size) throw new CorruptArchiveError(`entry "${entry.name}" has ${written} bytes, expected ${entry.size}`);
  if ((crc >>> 0) !== (entry.crc >>> 0)) throw new CorruptArchiveError(`entry "${entry.name}" fails its CRC-32 check`);
}
