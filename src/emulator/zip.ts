/**
 * Writes a zip archive (STORE method, no compression) of files on disk, streaming each file
 * through a 1 MiB buffer; the CRC-32 is patched into the local header after the data is copied.
 * Archives and members are limited to 4 GiB (no Zip64).
 */
import { open, stat } from "node:fs/promises";
import { crc32 } from "node:zlib";

export interface ZipEntry {
  /** Name inside the archive (forward slashes). */
  name: string;
  /** Source file on disk; or `data` for small in-memory members. */
  path?: string;
  data?: Buffer;
  /** Modification time of the member. */
  mtime: Date;
}

const LIMIT = 0xffffffff;

function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

function localHeader(name: Buffer, crc: number, size: number, t: { time: number; date: number }): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(0, 8); // STORE
  h.writeUInt16LE(t.time, 10);
  h.writeUInt16LE(t.date, 12);
  h.writeUInt32LE(crc >>> 0, 14);
  h.writeUInt32LE(size, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, name]);
}

function centralHeader(name: Buffer, crc: number, size: number, offset: number, t: { time: number; date: number }): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(0x031e, 4); // made by: unix, 3.0
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(0, 10);
  h.writeUInt16LE(t.time, 12);
  h.writeUInt16LE(t.date, 14);
  h.writeUInt32LE(crc >>> 0, 16);
  h.writeUInt32LE(size, 20);
  h.writeUInt32LE(size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt16LE(0, 30); // extra
  h.writeUInt16LE(0, 32); // comment
  h.writeUInt16LE(0, 34); // disk
  h.writeUInt16LE(0, 36); // internal attrs
  h.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attrs: regular file 0644
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

function endRecord(count: number, cdSize: number, cdOffset: number): Buffer {
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(count, 8);
  e.writeUInt16LE(count, 10);
  e.writeUInt32LE(cdSize, 12);
  e.writeUInt32LE(cdOffset, 16);
  return e;
}

/** Build `outPath` from `entries`. */
export async function writeZip(outPath: string, entries: ZipEntry[]): Promise<void> {
  if (entries.length > 0xffff) throw new Error("zip: too many entries (no Zip64 support)");
  const out = await open(outPath, "w");
  const buf = Buffer.allocUnsafe(1 << 20);
  const central: Buffer[] = [];
  let pos = 0;
  try {
    for (const entry of entries) {
      const name = Buffer.from(entry.name, "utf8");
      const t = dosTime(entry.mtime);
      const size = entry.data ? entry.data.length : (await stat(entry.path!)).size;
      if (size >= LIMIT || pos >= LIMIT) throw new Error("zip: archive larger than 4 GiB (no Zip64 support)");
      const headerPos = pos;
      const header = localHeader(name, 0, size, t);
      await out.write(header, 0, header.length, pos);
      pos += header.length;
      let crc = 0;
      if (entry.data) {
        crc = crc32(entry.data);
        await out.write(entry.data, 0, entry.data.length, pos);
        pos += entry.data.length;
      } else {
        const src = await open(entry.path!, "r");
        try {
          let copied = 0;
          for (;;) {
            const { bytesRead } = await src.read(buf, 0, buf.length, null);
            if (bytesRead === 0) break;
            const chunk = buf.subarray(0, bytesRead);
            crc = crc32(chunk, crc);
            await out.write(chunk, 0, bytesRead, pos);
            pos += bytesRead;
            copied += bytesRead;
          }
          if (copied !== size) throw new Error(`zip: ${entry.path} changed size while being archived`);
        } finally {
          await src.close();
        }
      }
      const crcBuf = Buffer.alloc(4);
      crcBuf.writeUInt32LE(crc >>> 0, 0);
      await out.write(crcBuf, 0, 4, headerPos + 14);
      central.push(centralHeader(name, crc, size, headerPos, t));
    }
    const cd = Buffer.concat(central);
    if (pos + cd.length >= LIMIT) throw new Error("zip: archive larger than 4 GiB (no Zip64 support)");
    await out.write(cd, 0, cd.length, pos);
    const end = endRecord(entries.length, cd.length, pos);
    await out.write(end, 0, end.length, pos + cd.length);
  } finally {
    await out.close();
  }
}

/** A small zip held in memory (e.g. the leaderboard download). */
export function zipBuffer(entries: { name: string; data: Buffer; mtime: Date }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let pos = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const t = dosTime(e.mtime);
    const crc = crc32(e.data);
    const header = localHeader(name, crc, e.data.length, t);
    central.push(centralHeader(name, crc, e.data.length, pos, t));
    parts.push(header, e.data);
    pos += header.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  return Buffer.concat([...parts, cd, endRecord(entries.length, cd.length, pos)]);
}
