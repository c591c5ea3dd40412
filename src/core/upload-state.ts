/**
 * What survives between runs under `<tmp>/.kaggle/uploads/` (the official CLI's place and
 * naming): a resume state per uploaded file, and the record of a create whose answer was lost.
 * Files are private to the user and written atomically.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError } from "./errors";
import { writeFileAtomic } from "./fs";
import type { UploadItem } from "./upload-plan";
import type { ApiStartBlobUploadRequest, ApiStartBlobUploadResponse } from "./types/common";

/** Resume state is trusted for 6 days, as upstream's `RESUMABLE_UPLOAD_EXPIRY_SECONDS`. */
export const RESUME_EXPIRY_MS = 6 * 24 * 3600 * 1000;

/** What the resume state file holds (upstream's keys, plus what makes reuse safe). */
export interface ResumeState {
  path: string;
  fingerprint: string;
  start_blob_upload_request: ApiStartBlobUploadRequest;
  timestamp: number;
  start_blob_upload_response: ApiStartBlobUploadResponse;
  upload_complete: boolean;
}

/** `<tmp>/.kaggle/uploads/<path with separators and ':' as '_'>.json` */
export function resumeStateFile(stateDir: string, sourceKey: string): string {
  return path.join(stateDir, `${sourceKey.replace(/[/\\:]/g, "_")}.json`);
}

export function defaultStateDir(env: Record<string, string | undefined> = process.env): string {
  return path.join(env.TMPDIR || os.tmpdir(), ".kaggle", "uploads");
}

/**
 * State files hold live upload URLs (anyone holding one can write to the upload), and `$TMPDIR`
 * may be shared: files are 0600 in folders that are 0700, and those modes are restored on
 * state that an earlier version left readable.
 */
const STATE_FILE_MODE = 0o600;
const STATE_DIR_MODE = 0o700;

export function readState(file: string): ResumeState | undefined {
  try {
    const text = fs.readFileSync(file, "utf8");
    fs.chmodSync(file, STATE_FILE_MODE);
    return JSON.parse(text) as ResumeState;
  } catch {
    return undefined;
  }
}

const madeDirs = new Set<string>();

/** Creates the state folder (and its `.kaggle` parent) private to this user, or makes them so. */
async function privateStateDir(dir: string): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true, mode: STATE_DIR_MODE });
  const parent = path.dirname(dir);
  for (const d of path.basename(parent) === ".kaggle" ? [parent, dir] : [dir]) {
    const st = await fs.promises.lstat(d);
    const uid = process.getuid?.();
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid)) {
      throw new ConfigurationError(
        `The upload state folder ${d} is not a folder of this user (a link, or another user's): remove it, or set TMPDIR to a private folder`,
      );
    }
    if ((st.mode & 0o777) !== STATE_DIR_MODE) await fs.promises.chmod(d, STATE_DIR_MODE);
  }
}

/**
 * Writes a state file (atomically: temp file + rename) without blocking the event loop. A
 * resume state is not flushed to the disk (`durable: false`): losing one in a power cut only
 * means its file is sent again, and a thousand small files would otherwise cost two thousand
 * fsyncs. The record of a sent create is always flushed.
 */
export async function writeState(file: string, state: object, opts: { durable?: boolean } = {}): Promise<void> {
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    await privateStateDir(dir);
    madeDirs.add(dir);
  }
  const write = () => writeFileAtomic(file, JSON.stringify(state, null, 1), { mode: STATE_FILE_MODE, durable: opts.durable !== false });
  try {
    await write();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    await privateStateDir(dir);
    await write();
  }
}

/** Forgets the resume state of items once the dataset (version) that used them exists. */
export async function clearResumeState(items: readonly UploadItem[], stateDir: string): Promise<void> {
  const files = items.map((item) => resumeStateFile(stateDir, item.sourceKey));
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map((f) => fs.promises.rm(f, { force: true })));
  }
}

// ---------------------------------------------------------------- creates whose answer was lost

/**
 * A create sent to the server whose answer has not come back. It is written just before the
 * create RPC and removed as soon as any answer arrives, so finding one means an earlier run
 * lost the answer (a dropped connection, Ctrl-C, a cancelled CI job): the create may or may not
 * have happened, and the next run looks it up before creating anything again.
 */
export interface SentCreate {
  kind: "dataset-create" | "dataset-version" | "submission" | "model-version";
  /** `owner/slug`, or the competition. */
  target: string;
  /** The version notes or the submission's description. */
  text: string;
  /** What was sent: name (as the server stores it), size and local fingerprint. */
  files: { name: string; size: number; fingerprint: string }[];
  /** When it was sent (epoch ms, the client's clock). */
  sentAt: number;
}

/** How far the server's clock may be behind ours when matching a found create to a sent one. */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

/** The record of a create for `key` (a folder, or a competition and file), beside the resume state. */
export function sentCreateFile(stateDir: string, key: string): string {
  return resumeStateFile(stateDir, `${key}.sent`);
}

export function readSentCreate(file: string): SentCreate | undefined {
  const v = readState(file) as unknown as SentCreate | undefined;
  return v && typeof v.kind === "string" && typeof v.target === "string" && Array.isArray(v.files) && typeof v.sentAt === "number" ? v : undefined;
}

export function recordSentCreate(file: string, sent: SentCreate): Promise<void> {
  return writeState(file, sent);
}

export async function forgetSentCreate(file: string): Promise<void> {
  await fs.promises.rm(file, { force: true });
}

/** The same files (names, sizes and fingerprints), in any order. */
export function sameFiles(a: SentCreate["files"], b: SentCreate["files"]): boolean {
  const key = (f: SentCreate["files"][number]) => `${f.name}\0${f.size}\0${f.fingerprint}`;
  const x = a.map(key).sort();
  const y = b.map(key).sort();
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

/** The server's files (name → size, size unknown = undefined) are exactly the ones sent. */
export function filesMatch(sent: SentCreate["files"], found: ReadonlyMap<string, number | undefined>): boolean {
  return sent.length === found.size && sent.every((f) => found.has(f.name) && (found.get(f.name) === undefined || found.get(f.name) === f.size));
}

/** A server timestamp no earlier than `sentAt` (less the allowed clock skew). */
export function createdSince(date: string | undefined, sentAt: number): boolean {
  const t = date ? Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(date) ? date : `${date}Z`) : NaN;
  return Number.isFinite(t) && t >= sentAt - CLOCK_SKEW_MS;
}

/** The server's answer to a create naming an upload token that an earlier create already used. */
export function isUsedTokenAnswer(text: string | undefined): boolean {
  return /already (?:been )?(?:used|consumed)|token (?:was|has been) used/i.test(text ?? "");
}
