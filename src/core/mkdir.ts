/**
 * Creates a folder and its missing parents, one component at a time. Node's own recursive
 * `mkdir` never returns when a parent exists but refuses new entries with ENOENT (`/proc`,
 * some FUSE mounts): it keeps retrying the parent. Here each failure is one clear error.
 */
import fs from "node:fs";
import path from "node:path";
import { ConfigurationError } from "./errors";

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

function refuse(dir: string, at: string, reason: string): ConfigurationError {
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
      throw refuse(dir, cur, fsReason(err as NodeJS.ErrnoException));
    }
    if (st) {
      if (!st.isDirectory()) throw refuse(dir, cur, `${cur} is a file, not a folder`);
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
      throw refuse(dir, d, fsReason(e));
    }
  }
}
