/** Zip archives built byte by byte for the tests (including ones no honest tool would write), and a tar reader. */
import { crc32, deflateRawSync } from "node:zlib";

export interface Member {
  name: string;
  data?: Buffer;
  method?: 0 | 8;
  symlink?: boolean;
  badCrc?: boolean;
  /** The size the headers declare, when not the data's own. */
  declaredSize?: number;
}

/** A small zip built by hand (optionally with zip64 records) for the tests. */
export function makeZip(members: Member[], opts: { zip64?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const data = m.data ?? Buffer.alloc(0);
    const method = m.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const crc = m.badCrc ? (crc32(data) ^ 1) >>> 0 : crc32(data);
    const name = Buffer.from(m.name);
    const size = m.declaredSize ?? data.length;
    const z64 = opts.zip64 === true;
    const extra = z64 ? Buffer.alloc(4 + 24) : Buffer.alloc(0);
    if (z64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE((3 << 8) | 45, 4);
    c.writeUInt16LE(45, 6);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(z64 ? 0xffffffff : body.length, 20);
    c.writeUInt32LE(z64 ? 0xffffffff : size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(extra.length, 30);
    const mode = m.symlink ? 0o120777 : m.name.endsWith("/") ? 0o40755 : 0o100644;
    c.writeUInt32LE((mode << 16) >>> 0, 38);
    c.writeUInt32LE(z64 ? 0xffffffff : offset, 42);
    parts.push(local, name, body);
    central.push(c, name, extra);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeBigUInt64LE(BigInt(members.length), 24);
    rec.writeBigUInt64LE(BigInt(members.length), 32);
    rec.writeBigUInt64LE(BigInt(cd.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(rec, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(opts.zip64 ? 0xffff : members.length, 8);
  end.writeUInt16LE(opts.zip64 ? 0xffff : members.length, 10);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...parts, cd, ...tail, end]);
}

/** The byte offset of the `index`-th central directory entry of `zip`. */
function centralEntry(zip: Buffer, index: number): number {
  let n = 0;
  for (let p = 0; p + 4 <= zip.length; p++) {
    if (zip.readUInt32LE(p) === 0x02014b50) {
      if (n === index) return p;
      n++;
    }
  }
  throw new Error(`no central entry ${index}`);
}

/** Points the `index`-th central entry at another local header (how overlapping zip bombs are made). */
export function setLocalOffset(zip: Buffer, index: number, offset: number): Buffer {
  const out = Buffer.from(zip);
  out.writeUInt32LE(offset, centralEntry(out, index) + 42);
  return out;
}

/** The member names of an uncompressed tar, in order. */
export function tarNames(tar: Buffer): string[] {
  const names: string[] = [];
  for (let p = 0; p + 512 <= tar.length;) {
    const h = tar.subarray(p, p + 512);
    if (h.every((b) => b === 0)) break;
    names.push(h.subarray(0, 100).toString().replace(/\0.*$/s, ""));
    const size = parseInt(h.subarray(124, 136).toString().replace(/\0.*$/s, ""), 8);
    p += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

export interface TarMember {
  name: string;
  data?: Buffer | string;
  /** Tar type flag: "0" file (default), "5" folder, "1" hard link, "2" symlink. */
  type?: string;
  linkName?: string;
}

/** A ustar archive of `members` (gzip it with `gzipSync` for a `.tar.gz`). */
export function makeTar(members: TarMember[]): Buffer {
  const out: Buffer[] = [];
  for (const m of members) {
    const data = typeof m.data === "string" ? Buffer.from(m.data) : (m.data ?? Buffer.alloc(0));
    const h = Buffer.alloc(512);
    const num = (n: number, off: number, len: number) => h.write(`${n.toString(8).padStart(len - 1, "0")}\0`, off);
    h.write(m.name, 0, 100);
    num(0o644, 100, 8);
    num(0, 108, 8);
    num(0, 116, 8);
    num(data.length, 124, 12);
    num(1700000000, 136, 12);
    h.fill(0x20, 148, 156);
    h.write(m.type ?? "0", 156, 1);
    if (m.linkName) h.write(m.linkName, 157, 100);
    h.write("ustar\0", 257);
    h.write("00", 263);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
    out.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  out.push(Buffer.alloc(1024));
  return Buffer.concat(out);
}
