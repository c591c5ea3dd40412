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
 * the state is written to `DIR/state.json` after every request that changed it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
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

/** How long a change may wait before it is written to `--data`. */
const SAVE_DELAY_MS = 200;

export class StateStore {
  private current: EmulatorState;
  private dirty = false;
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
    this.dirty = true;
  }

  /** Record that the state changed (persisted after the request). */
  markDirty(): void {
    this.dirty = true;
  }

  /** Write the state if it changed since the last save (no-op without a data directory). */
  saveIfDirty(): void {
    if (this.dirty) this.save();
  }

  /**
   * Write the state shortly if it changed: requests that arrive together share one write, so a
   * thousand uploads do not rewrite the whole state a thousand times. `close()` saves at once.
   */
  saveSoon(): void {
    if (!this.dirty) return;
    if (!this.file) {
      this.dirty = false;
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.saveIfDirty();
    }, SAVE_DELAY_MS);
    this.timer.unref();
  }

  save(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(this.current, null, 1));
    renameSync(tmp, this.file);
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
