/**
 * The state store: one JSON-serialisable object holding everything the emulator knows.
 *
 * Core fields live in `CoreState`. Each domain (competitions, datasets, kernels, …) owns one
 * slice, added to the type by declaration merging from its own module:
 *
 *     declare module "../state" {
 *       interface StateSlices { datasets: DatasetsState }
 *     }
 *
 * and built from the scenario by the domain's `load()` (see `scenario.ts`). With `--data DIR`
 * the state is written to `DIR/state.json` (and fsynced) before a request that changed it is
 * answered.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";

export interface User {
  id: number;
  username: string;
  /** Legacy API key (`Authorization: Basic base64(username:key)`). */
  key: string;
  /** Access token (`Authorization: Bearer <token>`), e.g. `KAGGLE_…`/`KGAT_…`. */
  token?: string;
  displayName: string;
}

/** One upload session (resumable GCS-style) and, once complete, the blob it produced. */
export interface UploadRecord {
  id: string;
  /** The token the start RPC returned; later RPCs name the blob by it. */
  token: string;
  bucket: string;
  /** Object name (the client's file name). */
  name: string;
  /** What started it, e.g. `submission`, `DATASET`, `MODEL`, `INBOX`. */
  kind: string;
  /** Declared size from the start RPC, if any. */
  contentLength?: number;
  contentType?: string;
  lastModifiedEpochSeconds?: number;
  /** Bytes stored so far. */
  size: number;
  complete: boolean;
  createdAt: string;
  completedAt?: string;
  /** Username that started the upload, if known. */
  owner?: string;
  /** Free-form data for the consumer (e.g. the competition slug). */
  meta: Record<string, string | number | boolean>;
  /** Set by the consumer once the blob has been used (e.g. by `CreateSubmission`). */
  consumedBy?: string;
}

export interface CoreState {
  format: 1;
  /** Name of the scenario the state was built from. */
  scenario: string;
  users: User[];
  /** Id counters per kind (see `nextId`). */
  counters: Record<string, number>;
  uploads: Record<string, UploadRecord>;
}

// Augmented by each domain module; see the file comment.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StateSlices {}

export type EmulatorState = CoreState & StateSlices;

/** Next id of `kind`, starting at `start` (persisted in `state.counters`). */
export function nextId(state: CoreState, kind: string, start = 1): number {
  const current = state.counters[kind];
  const id = current === undefined ? start : current + 1;
  state.counters[kind] = id;
  return id;
}

export function findUser(state: CoreState, username: string): User | undefined {
  const lower = username.toLowerCase();
  return state.users.find((u) => u.username.toLowerCase() === lower);
}

/** How long an unanswered change (upload progress, scoring in the background) may wait before it is written. */
const SAVE_DELAY_MS = 200;

/** Writes `text` to `file` and flushes it to the disk before returning. */
async function writeDurably(file: string, text: string): Promise<void> {
  const fh = await open(file, "w");
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function writeDurablySync(file: string, text: string): void {
  const fd = openSync(file, "w");
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * With a data directory, every change a client is told about is on disk before the answer:
 * the router calls `commit()` after each request, which writes the whole state (temp file,
 * fsync, rename). Requests that finish while a write is under way share the next one (a group
 * commit), so concurrent clients do not each pay for a write.
 */
export class StateStore {
  private current: EmulatorState;
  /** Bumped by every change. */
  private changes = 0;
  /** `changes` as of the state last renamed into place. */
  private written = 0;
  private flushing: Promise<void> | undefined;
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    initial: EmulatorState,
    /** `DIR/state.json` when persisting, else undefined. */
    readonly file: string | undefined,
  ) {
    this.current = initial;
  }

  get state(): EmulatorState {
    return this.current;
  }

  replace(state: EmulatorState): void {
    this.current = state;
    this.markDirty();
  }

  /** Record that the state changed (written by the next `commit()` or save). */
  markDirty(): void {
    this.changes++;
  }

  private get dirty(): boolean {
    return this.changes > this.written;
  }

  /** Write the state if it changed since the last save (no-op without a data directory). */
  saveIfDirty(): void {
    if (this.dirty) this.save();
  }

  /**
   * Resolves once every change made so far is on disk (at once without a data directory).
   * Call it before answering a request that changed something.
   */
  async commit(): Promise<void> {
    if (!this.file) {
      this.written = this.changes;
      return;
    }
    const target = this.changes;
    while (this.written < target) {
      this.flushing ??= this.flush().finally(() => {
        this.flushing = undefined;
      });
      await this.flushing;
    }
  }

  /** `markDirty()` then `commit()`: for a change made after its last `markDirty()`. */
  commitChange(): Promise<void> {
    this.markDirty();
    return this.commit();
  }

  private async flush(): Promise<void> {
    const file = this.file!;
    const at = this.changes;
    const text = JSON.stringify(this.current, null, 1);
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${++this.seq}`;
    try {
      await writeDurably(tmp, text);
      // A synchronous save() may have written a newer state meanwhile: never put an older one back.
      if (this.written >= at) return;
      renameSync(tmp, file);
      this.written = at;
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  /**
   * Write the state shortly if it changed, for changes no client is waiting for (upload
   * progress): changes arriving together share one write. `close()` saves at once.
   */
  saveSoon(): void {
    if (!this.dirty) return;
    if (!this.file) {
      this.written = this.changes;
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.saveIfDirty();
    }, SAVE_DELAY_MS);
    this.timer.unref();
  }

  /** Writes the state now, synchronously (start-up, reset, shutdown, background work). */
  save(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const at = this.changes;
    if (!this.file) {
      this.written = at;
      return;
    }
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp-${process.pid}-${++this.seq}`;
    writeDurablySync(tmp, JSON.stringify(this.current, null, 1));
    renameSync(tmp, this.file);
    this.written = at;
  }

  /** The saved state in `file`, or undefined if there is none. */
  static readSaved(file: string): EmulatorState | undefined {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
    const parsed = JSON.parse(text) as EmulatorState;
    if (parsed.format !== 1) throw new Error(`${file}: unsupported state format ${String(parsed.format)}`);
    return parsed;
  }
}
