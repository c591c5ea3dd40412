/**
 * Writing local files from what a server sends. Three things, each in one place:
 *
 * - `resolveInside` turns a server-given name into a local path: the name is checked as text
 *   (no absolute path, no `..`, not empty, not the folder itself), then every component that
 *   already exists is checked on disk against the real (link-resolved) destination folder, so a
 *   link planted earlier cannot lead a write outside it.
 * - `openNew` / `openExisting` open files for writing without following a link in the last
 *   component (`O_NOFOLLOW`; new files also `O_EXCL`), so a `.part` or temporary file is never
 *   opened through a link.
 * - `writeFileAtomic` (and its sync twin for config files): a temporary file in the same folder,
 *   fsync, rename, so a crash leaves the old file or the new one, never half of either.
 *
 * Folders are made by `makeDir` (below), which fails with one line instead of looping.
 */
import fs from "node:fs";
import path from "node:path";
import { ConfigurationError, UnsafePathError } from "./errors";
import { builtins } from "./builtins";

export interface NameOptions {
  /** What the name is, for messages: "entry", "file name", "output file"... */
  what?: string;
  /** Where the name came from, for messages (default "the server"). */
  from?: string;
  /** Also refuse backslashes and empty or `.` components (names that must be written as sent). */
  strict?: boolean;
}

const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const NEW_FILE = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NOFOLLOW;
const EXISTING_FILE = fs.constants.O_RDWR | NOFOLLOW;

function refuse(name: string, opts: NameOptions, reason: string): UnsafePathError {
  return new UnsafePathError(
    `Refusing ${opts.what ?? "file name"} ${JSON.stringify(name)} from ${opts.from ?? "the server"}: it ${reason}; nothing was written`,
    reason,
  );
}

/**
 * The components of a relative `name` (`/` or, unless strict, `\` separated), or an
 * `UnsafePathError` saying why it cannot be a path inside a folder.
 */
export function nameParts(name: string, opts: NameOptions = {}): string[] {
  if (name.includes("\0")) throw refuse(name, opts, "has a NUL character in its name");
  if (name === "") throw refuse(name, opts, "is empty");
  if (opts.strict && name.includes("\\")) throw refuse(name, opts, "has a backslash in its name");
  const norm = name.replace(/\\/g, "/");
  if (norm.startsWith("/") || /^[A-Za-z]:/.test(norm)) throw refuse(name, opts, "has an absolute path");
  const all = norm.split("/");
  if (all.includes("..")) throw refuse(name, opts, "contains '..' and would be written outside the folder");
  const parts = all.filter((s) => s !== "" && s !== ".");
  if (parts.length === 0) throw refuse(name, opts, "names the folder itself, not a file in it");
  if (opts.strict && parts.length !== all.length) throw refuse(name, opts, "has an empty or '.' component");
  return parts;
}

/**
 * `os.path.join(a, b)` as Python prints it: `./out` + `x` → `./out/x` (no normalisation), and an
 * absolute `b` replaces `a`. Paths the CLI prints are built with it, so they read as upstream's.
 */
export function joinLikePython(a: string, b: string): string {
  if (path.isAbsolute(b)) return b;
  if (a === "") return b;
  return a.endsWith("/") ? `${a}${b}` : `${a}/${b}`;
}

/** `fs.statSync(file)`, or undefined when it cannot be read (missing, no permission, …). */
export function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false }); // a missing file costs no error object
  } catch {
    return undefined;
  }
}

/** `fs.lstatSync(file)`, or undefined when it cannot be read. */
export function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** True when `target` is `root` or below it (both absolute and normalised). */
export function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/*
 * Folders: `makeDir` creates a folder and its missing parents, one component at a time. Node's
 * own recursive `mkdir` never returns when a parent exists but refuses new entries with ENOENT
 * (`/proc`, some FUSE mounts): it keeps retrying the parent. Here each failure is one clear error.
 */
const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  ENOENT: "that location does not accept new folders",
  ENOTDIR: "a file is in the way",
  EEXIST: "a file is in the way",
};

/** Why a file-system call failed, in words, without Node's doubled `CODE: CODE: …` prefix. */
function fsReason(err: NodeJS.ErrnoException): string {
  return err.code && REASONS[err.code] ? `${REASONS[err.code]} (${err.code})` : (err.message ?? String(err));
}

function statDir(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw err;
  }
}

function refuseFolder(dir: string, at: string, reason: string): ConfigurationError {
  const where = path.resolve(dir) === at ? "" : ` at ${at}`;
  return new ConfigurationError(`Cannot create the folder ${dir}${where}: ${reason}; choose a folder you can write to`);
}

/** `mkdir -p dir`, failing at once with one line when any component cannot be made. */
export async function makeDir(dir: string): Promise<void> {
  const abs = path.resolve(dir);
  const missing: string[] = [];
  let cur = abs;
  for (;;) {
    let st: fs.Stats | undefined;
    try {
      st = statDir(cur);
    } catch (err) {
      throw refuseFolder(dir, cur, fsReason(err as NodeJS.ErrnoException));
    }
    if (st) {
      if (!st.isDirectory()) throw refuseFolder(dir, cur, `${cur} is a file, not a folder`);
      break;
    }
    const parent = path.dirname(cur);
    if (parent === cur) break;
    missing.push(cur);
    cur = parent;
  }
  for (const d of missing.reverse()) {
    try {
      await fs.promises.mkdir(d);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      // Another writer made it first: fine, as long as it is a folder.
      if (e.code === "EEXIST" && statDir(d)?.isDirectory()) continue;
      throw refuseFolder(dir, d, fsReason(e));
    }
  }
}

/** Creates `dir` when missing and returns its real (link-resolved) path. */
export async function realFolder(dir: string): Promise<string> {
  await makeDir(dir);
  return fs.promises.realpath(dir);
}

/**
 * Checks on disk that `parts` below `realRoot` stay inside it: every component that exists is
 * looked at with `lstat`, and a link must resolve (wholly) to a place inside `realRoot`.
 * Components that do not exist yet end the walk (they will be created inside).
 */
export function checkComponentsInside(realRoot: string, name: string, parts: readonly string[], opts: NameOptions = {}): void {
  // Synchronous: every component is usually in the kernel's cache, and through the thread pool
  // each look costs a round trip that a thousand-file archive pays a thousand times over.
  let cur = realRoot;
  for (let i = 0; i < parts.length; i++) {
    cur = path.join(cur, parts[i]!);
    const st = fs.lstatSync(cur, { throwIfNoEntry: false });
    if (!st) return;
    if (!st.isSymbolicLink()) {
      if (i < parts.length - 1 && !st.isDirectory()) return; // a later mkdir or open fails with its own error
      continue;
    }
    const rel = parts.slice(0, i + 1).join("/");
    let real: string;
    try {
      real = fs.realpathSync(cur);
    } catch {
      throw refuse(name, opts, `goes through "${rel}", a link to a missing target (remove the link)`);
    }
    if (!isInside(realRoot, real)) throw refuse(name, opts, `goes through "${rel}", a link that leads outside the folder (to ${real})`);
    cur = real;
  }
}

/**
 * The local path for a server-given relative `name` inside the folder `root` (created when
 * missing): `root/<name>` in the caller's spelling of `root`, after checking the name as text
 * and every existing component on disk. Throws `UnsafePathError` for anything that would leave
 * the real folder.
 */
export async function resolveInside(root: string, name: string, opts: NameOptions = {}): Promise<string> {
  const parts = nameParts(name, opts);
  const realRoot = await realFolder(root);
  checkComponentsInside(realRoot, name, parts, opts);
  return path.join(root, ...parts);
}

function linkError(err: unknown, file: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ELOOP" || code === "EMLINK") {
    return new UnsafePathError(`${file} is a link; it is never written through: remove it and run again`);
  }
  return err;
}

/** Opens a new file for writing: fails if anything (a file, a link) is already there. */
export async function openNew(file: string, mode = 0o644): Promise<fs.promises.FileHandle> {
  try {
    return await fs.promises.open(file, NEW_FILE, mode);
  } catch (err) {
    throw linkError(err, file);
  }
}

/** Opens an existing regular file for reading and writing, never through a link. */
export async function openExisting(file: string): Promise<fs.promises.FileHandle> {
  try {
    return await fs.promises.open(file, EXISTING_FILE);
  } catch (err) {
    throw linkError(err, file);
  }
}

let tempPrefix: string | undefined;
let tempCount = 0;

/**
 * A fresh temporary name next to `file` (same folder, so a rename onto `file` is atomic): random
 * for this process, then counted, so an archive of thousands of files does not draw thousands of
 * random numbers. The file is always created exclusively, so a name taken already only fails.
 */
export function tempPathBeside(file: string): string {
  tempPrefix ??= builtins.crypto().randomBytes(4).toString("hex");
  return path.join(path.dirname(file), `.${path.basename(file)}.${tempPrefix}${(tempCount++).toString(16).padStart(4, "0")}.tmp`);
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const fh = await fs.promises.open(dir, "r");
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // not every platform can fsync a folder; the rename is still atomic
  }
}

/**
 * Replaces `file` with `data` atomically: a temporary file in the same folder (opened
 * no-follow, exclusive), fsync, rename. With `mode` the file gets exactly that mode. With
 * `durable: false` nothing is flushed to the disk (for files whose loss in a power cut costs
 * only repeated work, such as upload resume state): still atomic, for a fraction of the cost.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: { mode?: number; durable?: boolean } = {}): Promise<void> {
  const tmp = tempPathBeside(file);
  const fh = await openNew(tmp, opts.mode ?? 0o644);
  try {
    try {
      await fh.writeFile(data);
      if (opts.mode !== undefined) await fh.chmod(opts.mode);
      if (opts.durable !== false) await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.promises.rename(tmp, file);
  } catch (err) {
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
  if (opts.durable !== false) await syncFolder(path.dirname(file));
}

/** `writeFileAtomic` for synchronous callers (config files, templates, small archive entries). */
export function writeFileAtomicSync(file: string, data: string | Uint8Array, opts: { mode?: number; durable?: boolean } = {}): void {
  const tmp = tempPathBeside(file);
  let fd: number;
  try {
    fd = fs.openSync(tmp, NEW_FILE, opts.mode ?? 0o644);
  } catch (err) {
    throw linkError(err, tmp);
  }
  try {
    try {
      fs.writeFileSync(fd, data);
      if (opts.mode !== undefined) fs.fchmodSync(fd, opts.mode);
      if (opts.durable !== false) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  if (opts.durable === false) return;
  try {
    const dfd = fs.openSync(path.dirname(file), "r");
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    // as in syncFolder
  }
}
