/**
 * Reading a zip archive's central directory: the end record (zip64 too), then one entry
 * description per file, without touching entry data.
 */
import fs from "node:fs";

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
export const LOCAL = 0x04034b50;

/** `length` bytes of `fd` from `position` (fewer at the end of the file), read synchronously. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const bytesRead = fs.readSync(fd, buf, done, length - done, position + done);
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
    const { count, cdSize, cdOffset } = findCentralDirectory(fh.fd, size, corrupt);
    if (cdOffset + cdSize > size) corrupt("central directory beyond end of file");
    const cd = readAt(fh.fd, cdOffset, cdSize);
    const entries: ZipEntryInfo[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) corrupt(`bad central directory entry ${n}`);
      const { entry, length } = centralEntry(cd, p);
      entries.push(entry);
      p += length;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

interface CentralDirectory {
  count: number;
  cdSize: number;
  cdOffset: number;
}

/** The entry count, size and offset of the central directory, from the end record (zip64 when saturated). */
function findCentralDirectory(fd: number, size: number, corrupt: (why: string) => never): CentralDirectory {
  const tailLen = Math.min(size, 22 + 0xffff + 20);
  const tail = readAt(fd, size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) corrupt("no end of central directory");
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count !== 0xffff && cdSize !== 0xffffffff && cdOffset !== 0xffffffff) return { count, cdSize, cdOffset };
  const loc = eocd - 20;
  if (loc < 0 || tail.readUInt32LE(loc) !== EOCD64_LOCATOR) corrupt("zip64 locator missing");
  const rec64Offset = Number(tail.readBigUInt64LE(loc + 8));
  const rec = readAt(fd, rec64Offset, 56);
  if (rec.length < 56 || rec.readUInt32LE(0) !== EOCD64) corrupt("zip64 end record missing");
  return { count: Number(rec.readBigUInt64LE(32)), cdSize: Number(rec.readBigUInt64LE(40)), cdOffset: Number(rec.readBigUInt64LE(48)) };
}

/** The central directory entry at `p` of `cd`, and how many bytes it takes. */
function centralEntry(cd: Buffer, p: number): { entry: ZipEntryInfo; length: number } {
  const madeBy = cd.readUInt16LE(p + 4) >> 8;
  const flags = cd.readUInt16LE(p + 8);
  const nameLen = cd.readUInt16LE(p + 28);
  const extraLen = cd.readUInt16LE(p + 30);
  const commentLen = cd.readUInt16LE(p + 32);
  const external = cd.readUInt32LE(p + 38);
  const nameBuf = cd.subarray(p + 46, p + 46 + nameLen);
  const name = flags & 0x800 ? nameBuf.toString("utf8") : nameBuf.toString("latin1");
  const sizes = zip64Sizes(cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), {
    size: cd.readUInt32LE(p + 24),
    compressedSize: cd.readUInt32LE(p + 20),
    localHeaderOffset: cd.readUInt32LE(p + 42),
  });
  const mode = madeBy === 3 ? external >>> 16 : undefined;
  const entry: ZipEntryInfo = {
    name,
    method: cd.readUInt16LE(p + 10),
    flags,
    crc: cd.readUInt32LE(p + 16),
    compressedSize: sizes.compressedSize,
    size: sizes.size,
    localHeaderOffset: sizes.localHeaderOffset,
    mode,
    isDirectory: name.endsWith("/") || (mode !== undefined && (mode & 0o170000) === 0o040000),
    isSymlink: mode !== undefined && (mode & 0o170000) === 0o120000,
  };
  return { entry, length: 46 + nameLen + extraLen + commentLen };
}

interface EntrySizes {
  size: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** Zip64 extended information: only the fields whose 32-bit value is saturated, in order. */
function zip64Sizes(extra: Buffer, sizes: EntrySizes): EntrySizes {
  let { size, compressedSize, localHeaderOffset } = sizes;
  for (let e = 0; e + 4 <= extra.length;) {
    const id = extra.readUInt16LE(e);
    const len = extra.readUInt16LE(e + 2);
    if (id === 0x0001) {
      let q = e + 4;
      if (size === 0xffffffff && q + 8 <= e + 4 + len) {
        size = Number(extra.readBigUInt64LE(q));
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
  return { size, compressedSize, localHeaderOffset };
}
