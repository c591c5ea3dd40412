/**
 * Safe, streaming zip extraction.
 *
 * The central directory is read first and every entry checked before anything is written: an
 * absolute name, a drive letter, a `..` component, a path through a link in the folder that
 * leads outside it, entries whose data overlap, an archive past the size or ratio limits, a file
 * that would replace a folder or the archive itself, an encrypted entry or an unknown
 * compression method refuses the whole archive. Link entries are never extracted (skipped with a
 * warning), so an archive cannot plant a link for a later write to follow. Entries are then
 * streamed from disk through `inflateRaw` (DEFLATE) or copied (STORE) into a temporary file
 * (no-follow, exclusive) beside their target, their CRC-32 and size checked, and renamed into
 * place. Zip64 archives are supported.
 */
import fs from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants as zc, crc32, createInflateRaw, inflateRawSync } from "node:zlib";
import { ConfigurationError, UnsafePathError } from "./errors";
import {
  checkComponentsInside,
  isInside,
  lstatOrUndefined,
  makeDir,
  nameParts,
  openNew,
  realFolder,
  statOrUndefined,
  tempPathBeside,
  writeFileAtomicSync,
} from "./fs";
import { CorruptArchiveError, LOCAL, listZip, readAt, UnsafeArchiveError, type ZipEntryInfo } from "./zip-directory";

export { CorruptArchiveError, listZip, UnsafeArchiveError, type ZipEntryInfo } from "./zip-directory";

/** Limits on what one archive may expand to; 0 turns a limit off. */
export interface ExtractLimits {
  /** Total bytes of all files, as the archive declares them (each file is held to its size). */
  maxBytes: number;
  /** Expanded to compressed size, per entry and for the whole archive, once past `RATIO_CHECK_MIN_BYTES`. */
  maxRatio: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = { maxBytes: 256 * 2 ** 30, maxRatio: 200 };
/** Below this many expanded bytes the ratio is not checked (small, very regular files are harmless). */
export const RATIO_CHECK_MIN_BYTES = 64 * 2 ** 20;
export const MAX_EXTRACT_BYTES_ENV = "KAGGLE_MAX_EXTRACT_BYTES";
export const MAX_EXTRACT_RATIO_ENV = "KAGGLE_MAX_EXTRACT_RATIO";

/** The limits, with `KAGGLE_MAX_EXTRACT_BYTES` / `KAGGLE_MAX_EXTRACT_RATIO` from `env` applied. */
export function extractLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): ExtractLimits {
  const read = (name: string, fallback: number): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    if (!/^\d+$/.test(text)) throw new ConfigurationError(`${name} must be a whole number (0 for no limit), got '${env[name]}'`);
    return Number(text);
  };
  return {
    maxBytes: read(MAX_EXTRACT_BYTES_ENV, DEFAULT_EXTRACT_LIMITS.maxBytes),
    maxRatio: read(MAX_EXTRACT_RATIO_ENV, DEFAULT_EXTRACT_LIMITS.maxRatio),
  };
}

export interface ExtractOptions {
  /** Called once per extracted file with its path relative to the folder. */
  onEntry?: (name: string, size: number) => void;
  /**
   * The archive's time (e.g. its download's Last-Modified): extracted files get it as their mtime,
   * and an existing file modified after it is kept, not overwritten, and listed in `kept`.
   */
  archiveTime?: Date;
  /** Called with one line for each entry that is skipped (links). */
  onWarning?: (line: string) => void;
  limits?: Partial<ExtractLimits>;
}

export interface ExtractResult {
  files: number;
  bytes: number;
  /** Files left as they were because they are newer than `archiveTime` (relative paths). */
  kept: string[];
  /** Link entries that were not extracted. */
  skippedLinks: number;
}

interface Planned {
  entry: ZipEntryInfo;
  target: string;
  dataStart: number;
}

/** The checked parts of an entry name, as `UnsafeArchiveError`s. */
function entryParts(name: string): string[] {
  try {
    return nameParts(name, { what: "entry" });
  } catch (err) {
    if (err instanceof UnsafePathError) throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} ${err.reason}`);
    throw err;
  }
}

/**
 * Extracts every entry of `zipFile` into `dest`. The whole archive is checked before anything
 * is written: names, links already in the folder, overlapping entries, the size and ratio
 * limits, folders or the archive itself that a file would replace. Link entries are skipped
 * (one warning each). A corrupt entry fails the extraction: files already extracted stay, the
 * corrupt one is removed.
 */
export async function extractZip(zipFile: string, dest: string, opts: ExtractOptions = {}): Promise<ExtractResult> {
  const limits = { ...DEFAULT_EXTRACT_LIMITS, ...opts.limits };
  const realRoot = await realFolder(path.resolve(dest));
  const entries = await listZip(zipFile);
  const fh = await fs.promises.open(zipFile, "r");
  let files = 0;
  let bytes = 0;
  const kept: string[] = [];
  let skippedLinks = 0;
  // Folders made and checked by this extraction: an archive cannot plant a link (link entries
  // are never written), so each needs its check once, not once per file in it.
  const madeDirs = new Set<string>();
  try {
    const zipStat = await fh.stat();
    const plan: Planned[] = [];
    const turn = turns();
    for (const entry of entries) {
      await turn();
      if (entry.flags & 0x1) throw new UnsafeArchiveError(`entry "${entry.name}" is encrypted`);
      if (!entry.isDirectory && entry.method !== 0 && entry.method !== 8) {
        throw new CorruptArchiveError(`entry "${entry.name}" uses compression method ${entry.method}; only STORE and DEFLATE are supported`);
      }
      const dirOnly =
        entry.isDirectory &&
        entry.name
          .replace(/\\/g, "/")
          .split("/")
          .every((p) => p === "" || p === ".");
      if (dirOnly) continue;
      const parts = entryParts(entry.name);
      try {
        checkComponentsInside(realRoot, entry.name, parts, { what: "entry" });
      } catch (err) {
        if (err instanceof UnsafePathError) throw new UnsafeArchiveError(`entry ${JSON.stringify(entry.name)} ${err.reason}`);
        throw err;
      }
      const target = path.join(realRoot, ...parts);
      if (!entry.isDirectory && !entry.isSymlink) refuseReplacing(entry, target, zipStat, realRoot);
      plan.push({ entry, target, dataStart: dataOffset(fh.fd, entry, zipFile) });
    }
    checkLayout(plan, zipStat.size, zipFile);
    checkLimits(plan, zipStat.size, limits);

    for (const { entry, target, dataStart } of plan) {
      await turn();
      if (entry.isDirectory) {
        await makeDirInside(realRoot, target);
        continue;
      }
      if (entry.isSymlink) {
        const linkTarget = readEntry(fh.fd, entry, dataStart).toString("utf8");
        skippedLinks++;
        opts.onWarning?.(
          `Skipped ${JSON.stringify(entry.name)}: it is a link (to ${JSON.stringify(linkTarget)}) and links in archives are not extracted`,
        );
        continue;
      }
      const time = opts.archiveTime;
      if (time) {
        const st = lstatOrUndefined(target);
        if (st?.isFile() && st.mtimeMs > time.getTime()) {
          kept.push(path.relative(realRoot, target));
          continue;
        }
      }
      const dir = path.dirname(target);
      if (!madeDirs.has(dir)) {
        await makeDirInside(realRoot, dir);
        madeDirs.add(dir);
      }
      if (entry.size <= SMALL_ENTRY_BYTES && entry.compressedSize <= SMALL_ENTRY_BYTES) {
        writeSmallEntry(fh.fd, entry, dataStart, target);
        if (time) fs.lutimesSync(target, time, time);
      } else {
        await writeEntry(zipFile, entry, dataStart, target);
        if (time) await fs.promises.lutimes(target, time, time);
      }
      files++;
      bytes += entry.size;
      opts.onEntry?.(path.relative(realRoot, target), entry.size);
    }
  } finally {
    await fh.close();
  }
  return { files, bytes, kept, skippedLinks };
}

/**
 * Small entries are checked and written synchronously (each file through the thread pool cost
 * several round trips, most of the time of a thousand-file archive); the returned step lets
 * timers and signals in every {@link TURN_MS} or so, so a long extraction never holds them off.
 */
function turns(): () => Promise<void> | undefined {
  let last = Date.now();
  return () => {
    if (Date.now() - last < TURN_MS) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        last = Date.now();
        resolve();
      }),
    );
  };
}
const TURN_MS = 20;

/** A file entry may replace a file, never a folder, and never the archive being read. */
function refuseReplacing(entry: ZipEntryInfo, target: string, zipStat: fs.Stats, realRoot: string): void {
  const st = statOrUndefined(target); // unreadable (a file on the way): making its folder says so
  if (!st) return;
  const rel = path.relative(realRoot, target);
  if (st.isDirectory()) {
    throw new UnsafeArchiveError(`entry "${entry.name}" is a file but "${rel}" is a folder there: move the folder away or unzip elsewhere`);
  }
  if (st.dev === zipStat.dev && st.ino === zipStat.ino) {
    throw new UnsafeArchiveError(`entry "${entry.name}" would overwrite the archive itself: unzip it into another folder`);
  }
}

/** Every entry's local header and data must lie within the file and apart from every other's. */
function checkLayout(plan: readonly Planned[], fileSize: number, zipFile: string): void {
  const spans = plan.map((p) => ({ name: p.entry.name, start: p.entry.localHeaderOffset, end: p.dataStart + p.entry.compressedSize }));
  spans.sort((a, b) => a.start - b.start);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.end > fileSize) throw new CorruptArchiveError(`${zipFile}: entry "${s.name}" runs past the end of the file`);
    const prev = spans[i - 1];
    if (prev && s.start < prev.end) {
      throw new UnsafeArchiveError(`entries "${prev.name}" and "${s.name}" overlap in the archive (a zip bomb shares data between entries)`);
    }
  }
}

function checkLimits(plan: readonly Planned[], zipSize: number, limits: ExtractLimits): void {
  const ratioHint = `raise the limit with ${MAX_EXTRACT_RATIO_ENV}=<ratio> (0 for no limit) if you trust this archive`;
  let total = 0;
  for (const { entry } of plan) {
    if (entry.isDirectory || entry.isSymlink) continue;
    total += entry.size;
    if (limits.maxRatio > 0 && entry.size > RATIO_CHECK_MIN_BYTES && entry.size > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
      throw new UnsafeArchiveError(
        `entry "${entry.name}" would expand ${entry.compressedSize} bytes to ${entry.size} (more than ${limits.maxRatio} times): ${ratioHint}`,
      );
    }
  }
  if (limits.maxBytes > 0 && total > limits.maxBytes) {
    throw new UnsafeArchiveError(
      `it would expand to ${total} bytes, more than the limit of ${limits.maxBytes}: raise the limit with ${MAX_EXTRACT_BYTES_ENV}=<bytes> (0 for no limit) if you trust this archive`,
    );
  }
  if (limits.maxRatio > 0 && total > RATIO_CHECK_MIN_BYTES && total > limits.maxRatio * Math.max(zipSize, 1)) {
    throw new UnsafeArchiveError(`it would expand ${zipSize} bytes to ${total} (more than ${limits.maxRatio} times): ${ratioHint}`);
  }
}

/** Creates `dir` (and parents) and checks that it really is inside `root` (no link on the way out). */
export async function makeDirInside(root: string, dir: string): Promise<void> {
  await makeDir(dir);
  const real = await fs.promises.realpath(dir);
  if (!isInside(root, real)) {
    throw new UnsafeArchiveError(`${path.relative(root, dir)} leads outside the folder through a link`);
  }
}

function dataOffset(fd: number, entry: ZipEntryInfo, file: string): number {
  const h = readAt(fd, entry.localHeaderOffset, 30);
  if (h.length < 30 || h.readUInt32LE(0) !== LOCAL) throw new CorruptArchiveError(`${file}: bad local header for "${entry.name}"`);
  return entry.localHeaderOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
}

function readEntry(fd: number, entry: ZipEntryInfo, start: number): Buffer {
  if (entry.compressedSize > 1 << 16) throw new UnsafeArchiveError(`entry "${entry.name}" is a link with an oversized target`);
  const raw = readAt(fd, start, entry.compressedSize);
  if (entry.method === 0) return raw;
  return inflateRawSync(raw, { maxOutputLength: 1 << 16 });
}

/** Entries no larger than this (declared and compressed) are read, inflated and written in one piece. */
const SMALL_ENTRY_BYTES = 1 << 20;

/**
 * {@link writeEntry} for a small entry, without streams: one read, one inflate whose output is
 * bounded by the declared size, one write. Per file this saves the stream stages and a zlib
 * context left for the garbage collector, which for thousands of small files was most of the time
 * and of the memory.
 */
function writeSmallEntry(fd: number, entry: ZipEntryInfo, start: number, target: string): void {
  const raw = readAt(fd, start, entry.compressedSize);
  let data = raw;
  if (raw.length !== entry.compressedSize) throw new CorruptArchiveError(`entry "${entry.name}" could not be read: the archive ends inside it`);
  if (entry.method === 8 && raw.length > 0) {
    try {
      data = inflateRawSync(raw, { finishFlush: zc.Z_SYNC_FLUSH, maxOutputLength: entry.size + 1 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw new CorruptArchiveError(`entry "${entry.name}" is larger than its declared ${entry.size} bytes`);
      }
      throw new CorruptArchiveError(`entry "${entry.name}" could not be read: ${(err as Error).message}`);
    }
  }
  if (data.length > entry.size) throw new CorruptArchiveError(`entry "${entry.name}" is larger than its declared ${entry.size} bytes`);
  if (data.length !== entry.size) throw new CorruptArchiveError(`entry "${entry.name}" has ${data.length} bytes, expected ${entry.size}`);
  if (crc32(data) >>> 0 !== entry.crc >>> 0) throw new CorruptArchiveError(`entry "${entry.name}" fails its CRC-32 check; it was not kept`);
  // Not flushed to the disk, as the streamed entries are not: an interrupted unzip is run again.
  writeFileAtomicSync(target, data, { durable: false });
}

/**
 * Streams one entry to a temporary file beside `target` (opened no-follow, exclusive), checks
 * its size and CRC-32, then renames it over `target`; a failing entry leaves nothing behind.
 */
async function writeEntry(zipFile: string, entry: ZipEntryInfo, start: number, target: string): Promise<void> {
  const tmp = tempPathBeside(target);
  const handle = await openNew(tmp);
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
    try {
      await (pipeline as (...streams: unknown[]) => Promise<void>)(source, ...stages, check, out);
    } catch (err) {
      if (err instanceof CorruptArchiveError) throw err;
      throw new CorruptArchiveError(`entry "${entry.name}" could not be read: ${(err as Error).message}`);
    }
    if (written !== entry.size) throw new CorruptArchiveError(`entry "${entry.name}" has ${written} bytes, expected ${entry.size}`);
    if (crc >>> 0 !== entry.crc >>> 0) throw new CorruptArchiveError(`entry "${entry.name}" fails its CRC-32 check; it was not kept`);
    await fs.promises.rename(tmp, target);
  } catch (err) {
    await handle.close().catch(() => {});
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
}
