/**
 * What survives between runs under `<tmp>/.kaggle/uploads/` (the official CLI's place and
 * naming): a resume state per uploaded file of 1 MiB or more, a journal of the completed
 * uploads of smaller files per folder, and the record of a create whose answer was lost. Files
 * are private to the user; states are written atomically.
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

/** Makes `dir` the private state folder (once per process): see privateStateDir. */
export async function ensureStateDir(dir: string): Promise<void> {
  if (madeDirs.has(dir)) return;
  await privateStateDir(dir);
  madeDirs.add(dir);
}

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
  await ensureStateDir(dir);
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
  const files = items.filter((item) => !journaled(item)).map((item) => resumeStateFile(stateDir, item.sourceKey));
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map((f) => fs.promises.rm(f, { force: true })));
  }
  forgetCompleted(items.filter(journaled), stateDir);
}

// ---------------------------------------------------------------- small files' completed uploads

/**
 * Files below this size keep no state file of their own: an unfinished upload is simply sent
 * again, and a finished one is a line in its folder's journal. Creating a state file costs as
 * much as sending a small file, and a thousand of them most of a run.
 */
export const JOURNAL_MAX_BYTES = 1 << 20;

/** Lines written at most this long after the upload they record (and when the run ends). */
const JOURNAL_FLUSH_MS = 100;

export function journaled(item: UploadItem): boolean {
  return item.size < JOURNAL_MAX_BYTES;
}

/** A completed upload in a journal, or the forgetting of one (its dataset exists). */
type JournalLine =
  { path: string; fingerprint: string; name: string; size: number; token: string; timestamp: number } | { path: string; forget: true };
type Completed = Extract<JournalLine, { token: string }>;

/**
 * `<tmp>/.kaggle/uploads/<folder, as state files name paths>.completed.jsonl`: a `.jsonl` ending,
 * so it can never be the state file of an uploaded file (those end in `.json`).
 */
export function journalFile(stateDir: string, item: UploadItem): string {
  return path.join(stateDir, `${path.dirname(item.sourceKey).replace(/[/\\:]/g, "_")}.completed.jsonl`);
}

/** Every usable line of a journal, the last one for a path winning; a torn or foreign line is skipped. */
function readJournal(file: string): Map<string, Completed> {
  const entries = new Map<string, Completed>();
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return entries;
  }
  for (const raw of text.split("\n")) {
    let line: JournalLine;
    try {
      line = JSON.parse(raw) as JournalLine;
    } catch {
      continue;
    }
    if (typeof line?.path !== "string") continue;
    if ("forget" in line) entries.delete(line.path);
    else if (typeof line.token === "string" && typeof line.fingerprint === "string") entries.set(line.path, line);
  }
  return entries;
}

function appendLines(file: string, lines: readonly string[]): void {
  fs.appendFileSync(file, `${lines.join("\n")}\n`, { mode: STATE_FILE_MODE });
}

/**
 * The completed small uploads of a run, read from their folders' journals when first asked and
 * appended to them in batches: one write for many files instead of a file each.
 */
export class CompletedUploads {
  private readonly journals = new Map<string, { entries: Map<string, Completed>; pending: string[] }>();
  private timer: NodeJS.Timeout | undefined;
  private failure: unknown;

  constructor(
    private readonly stateDir: string,
    private readonly now: () => number,
  ) {}

  private journal(item: UploadItem) {
    const file = journalFile(this.stateDir, item);
    let j = this.journals.get(file);
    if (!j) this.journals.set(file, (j = { entries: readJournal(file), pending: [] }));
    return j;
  }

  /** The token of an earlier run's upload of this very file (same fingerprint), while fresh enough. */
  find(item: UploadItem): string | undefined {
    const e = this.journal(item).entries.get(item.sourceKey);
    const fresh = e && this.now() - e.timestamp * 1000 < RESUME_EXPIRY_MS;
    return fresh && e.fingerprint === item.fingerprint && e.name === item.name && e.size === item.size ? e.token : undefined;
  }

  /** Records a finished upload; it reaches the disk within {@link JOURNAL_FLUSH_MS}, or at {@link close}. */
  record(item: UploadItem, token: string): void {
    const line: Completed = {
      path: item.sourceKey,
      fingerprint: item.fingerprint,
      name: item.name,
      size: item.size,
      token,
      timestamp: Math.floor(this.now() / 1000),
    };
    const j = this.journal(item);
    j.entries.set(item.sourceKey, line);
    j.pending.push(JSON.stringify(line));
    this.timer ??= setTimeout(() => this.flush(), JOURNAL_FLUSH_MS).unref();
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const [file, j] of this.journals) {
      if (j.pending.length === 0) continue;
      const lines = j.pending.splice(0);
      try {
        appendLines(file, lines);
      } catch (err) {
        this.failure ??= err;
      }
    }
  }

  /** Writes what is left; returns why a record could not be written (a rerun then sends those files again). */
  close(): Error | undefined {
    this.flush();
    return this.failure === undefined ? undefined : (this.failure as Error);
  }
}

/** Drops the journal lines of `items`, and a journal once nothing in it is still needed. */
function forgetCompleted(items: readonly UploadItem[], stateDir: string): void {
  const byJournal = new Map<string, Set<string>>();
  for (const item of items) {
    const file = journalFile(stateDir, item);
    byJournal.set(file, (byJournal.get(file) ?? new Set()).add(item.sourceKey));
  }
  for (const [file, paths] of byJournal) {
    const left = [...readJournal(file).keys()].filter((p) => !paths.has(p));
    try {
      if (left.length === 0) fs.rmSync(file, { force: true });
      else
        appendLines(
          file,
          [...paths].map((p) => JSON.stringify({ path: p, forget: true })),
        );
    } catch {
      // Only tidiness is lost: a line naming a used token is refused by the server and sent again.
    }
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
