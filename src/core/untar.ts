/**
 * Extracting a `.tar.gz` (or plain `.tar`) safely, for `models instances versions download
 * --untar`: the archive is read twice, streamed both times. The first pass checks every entry
 * name (no absolute path, no `..`, no link planted in the folder on the way) and the size limit;
 * only then does the second pass write, each file through a temporary file renamed into place.
 * Link, device and fifo entries are never created (one warning each). Names come from ustar
 * headers with their prefix, GNU long-name records and pax `path` records.
 */
import fs from "node:fs";
import path from "node:path";
import { createGunzip } from "node:zlib";
import { UnsafePathError } from "./errors";
import { checkComponentsInside, lstatOrUndefined, nameParts, openNew, realFolder, tempPathBeside } from "./fs";
import { DEFAULT_EXTRACT_LIMITS, makeDirInside, MAX_EXTRACT_BYTES_ENV, type ExtractLimits } from "./unzip";
import { CorruptArchiveError, UnsafeArchiveError } from "./zip-directory";

const BLOCK = 512;

export interface TarEntry {
  name: string;
  /** `file`, `dir`, or `other` (links, devices, fifos: never extracted). */
  kind: "file" | "dir" | "other";
  size: number;
  /** What a link points at, for the warning. */
  linkName: string;
}

function cString(buf: Buffer, start: number, len: number): string {
  const slice = buf.subarray(start, start + len);
  const nul = slice.indexOf(0);
  return slice.subarray(0, nul < 0 ? len : nul).toString("utf8");
}

function octal(buf: Buffer, start: number, len: number, what: string): number {
  if (buf[start]! & 0x80) {
    // base-256 (GNU) for sizes of 8 GiB and more
    let v = 0;
    for (let i = start + 1; i < start + len; i++) v = v * 256 + buf[i]!;
    return v;
  }
  const text = cString(buf, start, len).trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new CorruptArchiveError(`bad ${what} field in a tar header`);
  return parseInt(text, 8);
}

function checksumOk(h: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!;
  return sum === octal(h, 148, 8, "checksum");
}

function paxPath(data: Buffer): string | undefined {
  let found: string | undefined;
  let off = 0;
  while (off < data.length) {
    const sp = data.indexOf(0x20, off);
    if (sp < 0) break;
    const len = Number(data.subarray(off, sp).toString());
    if (!Number.isInteger(len) || len <= 0) break;
    const rec = data.subarray(sp + 1, off + len - 1).toString("utf8");
    const eq = rec.indexOf("=");
    if (rec.slice(0, eq) === "path") found = rec.slice(eq + 1);
    off += len;
  }
  return found;
}

/** The archive's bytes, gunzipped when they start with the gzip magic. */
async function openStream(file: string): Promise<NodeJS.ReadableStream> {
  const fh = await fs.promises.open(file, "r");
  const head = Buffer.alloc(2);
  await fh.read(head, 0, 2, 0);
  await fh.close();
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  return head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
}

/**
 * Walks the archive's entries in order; `onData` gets each file's bytes (awaited, so writes keep
 * pace with reading). Metadata records (pax, GNU long names) are applied to the next entry.
 */
export async function walkTar(file: string, onEntry: (entry: TarEntry) => Promise<((chunk: Buffer) => Promise<void>) | undefined>): Promise<void> {
  let pending: Buffer = Buffer.alloc(0);
  let remaining = 0;
  let padding = 0;
  let sink: ((chunk: Buffer) => Promise<void>) | undefined;
  let meta: { kind: "longname" | "pax"; parts: Buffer[] } | undefined;
  let nextName: string | undefined;
  let ended = false;
  const stream = await openStream(file);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (!ended) {
        if (remaining > 0) {
          if (pending.length === 0) break;
          const part = pending.subarray(0, Math.min(remaining, pending.length));
          pending = pending.subarray(part.length);
          remaining -= part.length;
          if (meta) meta.parts.push(Buffer.from(part));
          else if (sink) await sink(part);
          if (remaining > 0) break;
          if (meta) {
            const data = Buffer.concat(meta.parts);
            nextName = meta.kind === "longname" ? cString(data, 0, data.length) : (paxPath(data) ?? nextName);
            meta = undefined;
          }
          continue;
        }
        if (padding > 0) {
          const n = Math.min(padding, pending.length);
          pending = pending.subarray(n);
          padding -= n;
          if (padding > 0) break;
        }
        if (pending.length < BLOCK) break;
        const h = pending.subarray(0, BLOCK);
        pending = pending.subarray(BLOCK);
        if (h.every((b) => b === 0)) {
          ended = true;
          break;
        }
        if (!checksumOk(h)) throw new CorruptArchiveError("a tar header fails its checksum");
        const size = octal(h, 124, 12, "size");
        const type = String.fromCharCode(h[156]!);
        remaining = size;
        padding = (BLOCK - (size % BLOCK)) % BLOCK;
        sink = undefined;
        if (type === "L" || type === "x") {
          meta = { kind: type === "L" ? "longname" : "pax", parts: [] };
          if (size === 0) meta = undefined;
          continue;
        }
        if (type === "g" || type === "K") continue; // global pax headers and long link names: not needed
        const prefix = cString(h, 257, 6).startsWith("ustar") ? cString(h, 345, 155) : "";
        const base = cString(h, 0, 100);
        const name = nextName ?? (prefix ? `${prefix}/${base}` : base);
        nextName = undefined;
        const kind = type === "0" || type === "\0" || type === "7" ? "file" : type === "5" ? "dir" : "other";
        sink = await onEntry({ name, kind, size: kind === "file" ? size : 0, linkName: cString(h, 157, 100) });
      }
    }
  } catch (err) {
    if (err instanceof CorruptArchiveError || err instanceof UnsafeArchiveError || err instanceof UnsafePathError) throw err;
    throw new CorruptArchiveError(`${path.basename(file)} could not be read as a tar archive: ${(err as Error).message}`);
  }
  if (remaining > 0 || meta) throw new CorruptArchiveError(`${path.basename(file)} ends in the middle of an entry`);
}

export interface UntarOptions {
  onWarning?: (line: string) => void;
  limits?: Partial<ExtractLimits>;
}

export interface UntarResult {
  files: number;
  bytes: number;
  skipped: number;
}

function entryParts(name: string): string[] | undefined {
  if (
    name
      .replace(/\\/g, "/")
      .split("/")
      .every((p) => p === "" || p === ".")
  )
    return undefined; // "./": the folder itself
  try {
    return nameParts(name, { what: "entry" });
  } catch (err) {
    if (err instanceof UnsafePathError) throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} ${err.reason}`);
    throw err;
  }
}

/** Extracts `file` into `dest` after checking the whole archive; see the module comment. */
export async function extractTar(file: string, dest: string, opts: UntarOptions = {}): Promise<UntarResult> {
  const limits = { ...DEFAULT_EXTRACT_LIMITS, ...opts.limits };
  const realRoot = await realFolder(path.resolve(dest));
  let total = 0;
  await walkTar(file, async (e) => {
    const parts = entryParts(e.name);
    if (parts && e.kind !== "other") {
      try {
        checkComponentsInside(realRoot, e.name, parts, { what: "entry" });
      } catch (err) {
        if (err instanceof UnsafePathError) throw new UnsafeArchiveError(`entry ${JSON.stringify(e.name)} ${err.reason}`);
        throw err;
      }
    }
    total += e.size;
    if (limits.maxBytes > 0 && total > limits.maxBytes) {
      throw new UnsafeArchiveError(
        `it would expand to more than the limit of ${limits.maxBytes} bytes: raise the limit with ${MAX_EXTRACT_BYTES_ENV}=<bytes> (0 for no limit) if you trust this archive`,
      );
    }
    return undefined;
  });
  const result: UntarResult = { files: 0, bytes: 0, skipped: 0 };
  const madeDirs = new Set<string>();
  let open: { handle: fs.promises.FileHandle; tmp: string; target: string } | undefined;
  const finish = async () => {
    if (!open) return;
    const { handle, tmp, target } = open;
    open = undefined;
    await handle.close();
    if (lstatOrUndefined(target)?.isDirectory()) {
      throw new UnsafeArchiveError(`entry for "${path.relative(realRoot, target)}" is a file but a folder is there`);
    }
    await fs.promises.rename(tmp, target);
  };
  try {
    await walkTar(file, async (e) => {
      await finish();
      const parts = entryParts(e.name);
      if (!parts) return undefined;
      const target = path.join(realRoot, ...parts);
      if (e.kind === "other") {
        result.skipped++;
        opts.onWarning?.(
          `Skipped ${JSON.stringify(e.name)}: links and special files in archives are not extracted${e.linkName ? ` (it points to ${JSON.stringify(e.linkName)})` : ""}`,
        );
        return undefined;
      }
      // Links are never extracted, so a folder made and checked once stays inside.
      const dir = e.kind === "dir" ? target : path.dirname(target);
      if (!madeDirs.has(dir)) {
        await makeDirInside(realRoot, dir);
        madeDirs.add(dir);
      }
      if (e.kind === "dir") return undefined;
      const tmp = tempPathBeside(target);
      open = { handle: await openNew(tmp), tmp, target };
      result.files++;
      result.bytes += e.size;
      const handle = open.handle;
      return async (chunk) => {
        await handle.write(chunk);
      };
    });
    await finish();
  } catch (err) {
    if (open) {
      const { handle, tmp } = open;
      await handle.close().catch(() => {});
      await fs.promises.rm(tmp, { force: true });
    }
    throw err;
  }
  return result;
}
