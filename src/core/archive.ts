/**
 * Archives of a folder for `--dir-mode zip|tar`, laid out as the official CLI lays them out:
 * a DEFLATE zip whose entries are relative to the folder (each level's sub-folder entries, then
 * its files, then the sub-folders' contents, as Python's `os.walk`), or an uncompressed tar with
 * entries `.`, `./sub`, `./sub/file` in sorted order (Python's `tarfile.add`). Both stream each
 * file from disk; memory stays flat whatever the sizes. Timestamps come from the files, so the
 * same folder gives the same bytes (which lets an interrupted upload resume on the next run).
 * Links to files are followed; links to folders are not (each is reported and left out), and a
 * folder reached twice is left out the second time, so no folder can make an archive endless.
 */
import fs from "node:fs";
import path from "node:path";
import { builtins } from "./builtins";
import { ConfigurationError } from "./errors";

const CHUNK = 1 << 20;

function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface WalkItem {
  rel: string;
  abs: string;
  dir: boolean;
  stat: fs.Stats;
}

/** Leaves an entry (path relative to the archived folder) out of an archive. */
export type SkipEntry = (rel: string, isDir: boolean) => boolean;

export interface ArchiveOptions {
  /** Called for each entry left out: a link to a folder (never followed) or a folder seen before. */
  onSkipped?: (rel: string, why: string) => void;
  /** Entries left out on purpose (the ignore patterns), without a report. */
  skip?: SkipEntry;
}

export const DIR_LINK_SKIPPED = "a link to a folder; links to folders are not followed";
const CYCLE_SKIPPED = "a folder already archived under another name (a cycle)";

/**
 * How a folder walk sees `abs`: its stats (a link to a file is followed), "dir-link" for a link
 * to a folder (never followed, so a link to `.` cannot make the walk endless), or undefined for
 * what cannot be read (a broken link).
 */
export async function walkStat(abs: string): Promise<fs.Stats | "dir-link" | undefined> {
  const own = await fs.promises.lstat(abs).catch(() => undefined);
  if (!own?.isSymbolicLink()) return own;
  const st = await fs.promises.stat(abs).catch(() => undefined);
  return st?.isDirectory() ? "dir-link" : st;
}

/** Tracks the folders a walk has entered, by device and inode, to notice a cycle. */
function cycleGuard(): (st: fs.Stats) => boolean {
  const seen = new Set<string>();
  return (st) => {
    const key = `${st.dev}:${st.ino}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** `os.walk` order: at each level the sub-folders' entries, then the files, then recurse. */
async function walkLikeOsWalk(root: string, opts: ArchiveOptions): Promise<WalkItem[]> {
  const out: WalkItem[] = [];
  const firstVisit = cycleGuard();
  firstVisit(await fs.promises.stat(root));
  const visit = async (rel: string): Promise<void> => {
    const abs = path.join(root, rel);
    const names = await fs.promises.readdir(abs);
    const dirs: WalkItem[] = [];
    const files: WalkItem[] = [];
    for (const name of names) {
      const childAbs = path.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const st = await walkStat(childAbs);
      if (st === undefined) continue; // broken link
      if (st === "dir-link") {
        opts.onSkipped?.(childRel, DIR_LINK_SKIPPED);
        continue;
      }
      const item = { rel: childRel, abs: childAbs, dir: st.isDirectory(), stat: st };
      if ((item.dir || st.isFile()) && opts.skip?.(item.rel, item.dir)) continue;
      if (item.dir) {
        if (firstVisit(st)) dirs.push(item);
        else opts.onSkipped?.(childRel, CYCLE_SKIPPED);
      } else if (st.isFile()) files.push(item);
    }
    out.push(...dirs, ...files);
    for (const d of dirs) await visit(d.rel);
  };
  await visit("");
  return out;
}

async function writeAll(fh: fs.promises.FileHandle, buf: Buffer, pos: number): Promise<number> {
  let done = 0;
  while (done < buf.length) {
    const { bytesWritten } = await fh.write(buf, done, buf.length - done, pos + done);
    done += bytesWritten;
  }
  return pos + buf.length;
}

/** Writes a DEFLATE zip of `dir` to `out`. */
export async function zipDirectory(dir: string, out: string, opts: ArchiveOptions = {}): Promise<void> {
  const items = await walkLikeOsWalk(dir, opts);
  const fh = await fs.promises.open(out, "w");
  const central: Buffer[] = [];
  let pos = 0;
  try {
    for (const item of items) {
      const name = Buffer.from(item.dir ? `${item.rel}/` : item.rel, "utf8");
      const t = dosTime(item.stat.mtime);
      const headerOffset = pos;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x800, 6);
      local.writeUInt16LE(item.dir ? 0 : 8, 8);
      local.writeUInt16LE(t.time, 10);
      local.writeUInt16LE(t.date, 12);
      local.writeUInt16LE(name.length, 26);
      pos = await writeAll(fh, Buffer.concat([local, name]), pos);
      let crc = 0;
      let size = 0;
      let compressed = 0;
      if (!item.dir) {
        const { crc32, createDeflateRaw } = builtins.zlib();
        const deflate = createDeflateRaw({ level: 6 });
        const src = fs.createReadStream(item.abs, { highWaterMark: CHUNK });
        src.on("data", (c) => {
          crc = crc32(c as Buffer, crc);
          size += (c as Buffer).length;
        });
        src.on("error", (e) => deflate.destroy(e));
        src.pipe(deflate);
        for await (const chunk of deflate) {
          pos = await writeAll(fh, chunk as Buffer, pos);
          compressed += (chunk as Buffer).length;
        }
        if (size > 0xfffffffe || pos > 0xfffffffe) {
          throw new ConfigurationError(`${dir} is too large to zip (over 4 GiB); use --dir-mode tar for it`);
        }
        const patch = Buffer.alloc(12);
        patch.writeUInt32LE(crc >>> 0, 0);
        patch.writeUInt32LE(compressed, 4);
        patch.writeUInt32LE(size, 8);
        await writeAll(fh, patch, headerOffset + 14);
      }
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE((3 << 8) | 20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(0x800, 8);
      c.writeUInt16LE(item.dir ? 0 : 8, 10);
      c.writeUInt16LE(t.time, 12);
      c.writeUInt16LE(t.date, 14);
      c.writeUInt32LE(crc >>> 0, 16);
      c.writeUInt32LE(compressed, 20);
      c.writeUInt32LE(size, 24);
      c.writeUInt16LE(name.length, 28);
      const mode = item.dir ? 0o40000 | (item.stat.mode & 0o7777) : 0o100000 | (item.stat.mode & 0o7777);
      c.writeUInt32LE(((mode << 16) | (item.dir ? 0x10 : 0)) >>> 0, 38);
      c.writeUInt32LE(headerOffset, 42);
      central.push(c, name);
    }
    const cd = Buffer.concat(central);
    const cdOffset = pos;
    pos = await writeAll(fh, cd, pos);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(items.length, 8);
    end.writeUInt16LE(items.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(cdOffset, 16);
    await writeAll(fh, end, pos);
  } finally {
    await fh.close();
  }
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}

function tarHeader(name: string, st: fs.Stats, type: "0" | "5" | "x", size: number): Buffer {
  const h = Buffer.alloc(512);
  const nameBytes = Buffer.from(name, "utf8");
  let prefix = "";
  let base = name;
  if (nameBytes.length > 100) {
    const cut = name.lastIndexOf("/", 154);
    if (cut > 0 && Buffer.byteLength(name.slice(cut + 1)) <= 100 && Buffer.byteLength(name.slice(0, cut)) <= 155) {
      prefix = name.slice(0, cut);
      base = name.slice(cut + 1);
    } else {
      base = name.slice(0, 99);
    }
  }
  h.write(base, 0, 100, "utf8");
  h.write(octal(type === "5" ? 0o755 & st.mode : st.mode & 0o7777, 8), 100, "ascii");
  h.write(octal(st.uid, 8), 108, "ascii");
  h.write(octal(st.gid, 8), 116, "ascii");
  h.write(octal(size, 12), 124, "ascii");
  h.write(octal(Math.floor(st.mtimeMs / 1000), 12), 136, "ascii");
  h.write("        ", 148, "ascii");
  h.write(type, 156, "ascii");
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  h.write(octal(0, 8), 329, "ascii");
  h.write(octal(0, 8), 337, "ascii");
  if (prefix) h.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return h;
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return Buffer.from(`${len}${body}`, "utf8");
}

/** Writes an uncompressed tar of `dir` to `out` (entries `.`, `./a`, `./a/b`, sorted). */
export async function tarDirectory(dir: string, out: string, opts: ArchiveOptions = {}): Promise<void> {
  const firstVisit = cycleGuard();
  const fh = await fs.promises.open(out, "w");
  let pos = 0;
  const put = async (buf: Buffer) => {
    pos = await writeAll(fh, buf, pos);
  };
  const entry = async (name: string, abs: string, st: fs.Stats): Promise<void> => {
    const isDir = st.isDirectory();
    if (isDir && !firstVisit(st)) {
      opts.onSkipped?.(name.slice(2), CYCLE_SKIPPED);
      return;
    }
    if (Buffer.byteLength(name) > 100 && !(name.lastIndexOf("/", 154) > 0 && Buffer.byteLength(name.slice(name.lastIndexOf("/", 154) + 1)) <= 100)) {
      const pax = paxRecord("path", name);
      await put(tarHeader(`./PaxHeaders/${path.basename(name).slice(0, 80)}`, st, "x", pax.length));
      await put(Buffer.concat([pax, Buffer.alloc((512 - (pax.length % 512)) % 512)]));
    }
    await put(tarHeader(name, st, isDir ? "5" : "0", isDir ? 0 : st.size));
    if (isDir) {
      const names = (await fs.promises.readdir(abs)).sort();
      for (const n of names) {
        const childAbs = path.join(abs, n);
        const childName = `${name}/${n}`;
        const cst = await walkStat(childAbs);
        if (cst === undefined) continue;
        if (cst === "dir-link") opts.onSkipped?.(childName.slice(2), DIR_LINK_SKIPPED);
        else if ((cst.isFile() || cst.isDirectory()) && !opts.skip?.(childName.slice(2), cst.isDirectory())) await entry(childName, childAbs, cst);
      }
      return;
    }
    let copied = 0;
    for await (const chunk of fs.createReadStream(abs, { highWaterMark: CHUNK })) {
      const buf = chunk as Buffer;
      if (copied + buf.length > st.size) throw new ConfigurationError(`${abs} grew while it was being archived; run the command again`);
      copied += buf.length;
      await put(buf);
    }
    if (copied !== st.size) throw new ConfigurationError(`${abs} shrank while it was being archived; run the command again`);
    const pad = (512 - (st.size % 512)) % 512;
    if (pad) await put(Buffer.alloc(pad));
  };
  try {
    await entry(".", dir, await fs.promises.stat(dir));
    await put(Buffer.alloc(1024));
    const record = 10240;
    const pad = (record - (pos % record)) % record;
    if (pad) await put(Buffer.alloc(pad));
  } finally {
    await fh.close();
  }
}
