/**
 * Scenarios: the YAML documents the state is built from.
 *
 * The core reads `name`, `description` and `users`; every other top-level section belongs to a
 * *domain* (see `DomainDefinition`), registered in `domains.ts`. A domain's `load()`
 * receives the whole document and returns its state slice, stored as `state[domain.name]`.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { open, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { bundledScenarios } from "./scenarios/index";
import type { Runtime } from "./service";
import { nextId, type CoreState, type EmulatorState, type User } from "./state";
import type { Storage } from "./storage";

export type ScenarioDocument = Record<string, unknown>;

export interface ScenarioSource {
  /** Bundled name, file path, or `inline`. */
  name: string;
  doc: ScenarioDocument;
  /** Directory relative `path:` entries are resolved against. */
  baseDir: string;
}

export class ScenarioError extends Error {}

/**
 * Loads every entry of a scenario list in order; a failure that is not already a
 * `ScenarioError` is named by the entry it came from (`kernels[2]: …`).
 */
export async function loadEach(section: string, entries: readonly unknown[], load: (raw: unknown, i: number) => Promise<void>): Promise<void> {
  for (const [i, raw] of entries.entries()) {
    try {
      await load(raw, i);
    } catch (e) {
      if (e instanceof ScenarioError) throw e;
      throw new ScenarioError(`${section}[${i}]: ${(e as Error).message}`);
    }
  }
}

/** A file given in a scenario: exactly one of `path`, `content`, `size`. */
export interface FileSpec {
  path?: string;
  content?: string;
  size?: number;
}

export interface LoadContext {
  readonly scenario: string;
  readonly baseDir: string;
  /** Core state built so far (users, counters). */
  readonly state: CoreState;
  readonly storage: Storage;
  now(): number;
  nextId(kind: string, start?: number): number;
  /**
   * Put a scenario file on disk and return where it is: `path` files are used in place (resolved
   * against the YAML's directory), `content` and `size` (deterministic bytes) are written under
   * `DATA/files/<dest…>`.
   */
  materialize(spec: FileSpec, dest: string[], where: string): Promise<{ path: string; size: number }>;
}

export interface DomainDefinition {
  /** State key (`state.competitions`) and, by default, the scenario section it reads. */
  name: string;
  /** Top-level scenario keys this domain reads (default `[name]`). */
  sections?: string[];
  /** Build the slice from the scenario document. */
  load(doc: ScenarioDocument, ctx: LoadContext): unknown;
  /** After the state is built or loaded from disk (e.g. to set `rt.extensions`). */
  start?(rt: Runtime): void;
  /** Bring time-dependent state up to date (e.g. finish scoring) before it is dumped. */
  settle?(rt: Runtime): Promise<void>;
  /** The emulator is stopping: end running work at once (e.g. kill kernel processes). */
  stop?(): void;
}

/** Sections some later domain will own; accepted and ignored until one is registered. */
const RESERVED_SECTIONS = ["datasets", "kernels", "models"];

// ---------------------------------------------------------------- reading helpers

/** Typed access to one mapping of the scenario with errors that name where it is. */
export class Fields {
  constructor(
    readonly obj: Record<string, unknown>,
    readonly where: string,
  ) {}

  static of(value: unknown, where: string, allowed?: readonly string[]): Fields {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new ScenarioError(`${where}: expected a mapping`);
    }
    const f = new Fields(value as Record<string, unknown>, where);
    if (allowed) {
      for (const k of Object.keys(f.obj)) {
        if (!allowed.includes(k)) throw new ScenarioError(`${where}: unknown key '${k}' (allowed: ${allowed.join(", ")})`);
      }
    }
    return f;
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined && this.obj[key] !== null;
  }

  fail(key: string, msg: string): never {
    throw new ScenarioError(`${this.where}.${key}: ${msg}`);
  }

  str(key: string): string {
    const v = this.obj[key];
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (typeof v !== "string" || v === "") this.fail(key, "expected a non-empty string");
    return v;
  }

  optStr(key: string): string | undefined {
    return this.has(key) ? this.str(key) : undefined;
  }

  int(key: string, def?: number): number {
    if (!this.has(key)) {
      if (def !== undefined) return def;
      this.fail(key, "is required");
    }
    const v = this.obj[key];
    if (typeof v !== "number" || !Number.isInteger(v)) this.fail(key, "expected an integer");
    return v;
  }

  optInt(key: string): number | undefined {
    return this.has(key) ? this.int(key) : undefined;
  }

  num(key: string): number | undefined {
    if (!this.has(key)) return undefined;
    const v = this.obj[key];
    const n = typeof v === "string" ? Number(v) : v;
    if (typeof n !== "number" || !Number.isFinite(n)) this.fail(key, "expected a number");
    return n;
  }

  bool(key: string, def: boolean): boolean {
    if (!this.has(key)) return def;
    const v = this.obj[key];
    if (typeof v !== "boolean") this.fail(key, "expected true or false");
    return v;
  }

  /** A timestamp (ISO 8601, or a date) normalised to an ISO string. */
  time(key: string, def?: string): string {
    if (!this.has(key)) {
      if (def !== undefined) return def;
      this.fail(key, "is required");
    }
    const v = this.obj[key];
    const d = v instanceof Date ? v : new Date(String(v));
    if (Number.isNaN(d.getTime())) this.fail(key, `invalid timestamp ${JSON.stringify(v)}`);
    return d.toISOString();
  }

  list(key: string): unknown[] {
    if (!this.has(key)) return [];
    const v = this.obj[key];
    if (!Array.isArray(v)) this.fail(key, "expected a list");
    return v;
  }

  strList(key: string): string[] {
    return this.list(key).map((v, i) => {
      if (typeof v !== "string") this.fail(`${key}[${i}]`, "expected a string");
      return v;
    });
  }

  file(): FileSpec {
    const n = ["path", "content", "size"].filter((k) => this.has(k));
    if (n.length !== 1) throw new ScenarioError(`${this.where}: give exactly one of path, content, size`);
    if (this.has("path")) return { path: this.str("path") };
    if (this.has("content")) {
      const v = this.obj.content;
      if (typeof v !== "string") this.fail("content", "expected a string");
      return { content: v };
    }
    return { size: this.int("size") };
  }
}

// ---------------------------------------------------------------- sources

function parseDoc(text: string, where: string): ScenarioDocument {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new ScenarioError(`${where}: invalid YAML: ${(e as Error).message}`);
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) throw new ScenarioError(`${where}: expected a YAML mapping`);
  return doc as ScenarioDocument;
}

/**
 * `spec` is a bundled name (`demo`, `empty`), a YAML file path, or an already-parsed document.
 * `yaml` (text) wins when given.
 */
export function resolveScenario(spec: string | ScenarioDocument | undefined, opts: { cwd?: string; yaml?: string } = {}): ScenarioSource {
  const cwd = opts.cwd ?? process.cwd();
  if (opts.yaml !== undefined) return { name: "inline", doc: parseDoc(opts.yaml, "scenario"), baseDir: cwd };
  if (spec !== undefined && typeof spec === "object") return { name: "inline", doc: spec, baseDir: cwd };
  const name = spec ?? "demo";
  const bundled = bundledScenarios[name];
  if (bundled) return { name, doc: parseDoc(bundled(), `scenario ${name}`), baseDir: cwd };
  const file = resolve(cwd, name);
  if (!existsSync(file)) {
    throw new ScenarioError(`Unknown scenario '${name}': not a bundled scenario (${Object.keys(bundledScenarios).join(", ")}) nor a file`);
  }
  return { name: file, doc: parseDoc(readFileSync(file, "utf8"), file), baseDir: dirname(file) };
}

// ---------------------------------------------------------------- files

/** Deterministic pseudo-random bytes for `size:` files (same name and size → same bytes). */
async function generateFile(path: string, size: number, seedText: string): Promise<void> {
  try {
    if ((await stat(path)).size === size) return;
  } catch {
    /* not there yet */
  }
  mkdirSync(dirname(path), { recursive: true });
  const seed = createHash("sha256").update(seedText).digest();
  const block = Buffer.alloc(1 << 20);
  let x = seed.readUInt32LE(0) || 1;
  for (let i = 0; i < block.length; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    block.writeUInt32LE(x >>> 0, i);
  }
  const fh = await open(path, "w");
  try {
    for (let pos = 0, n = 0; pos < size; pos += block.length, n++) {
      block.writeUInt32LE(n, 0);
      const len = Math.min(block.length, size - pos);
      await fh.write(block, 0, len, pos);
    }
  } finally {
    await fh.close();
  }
}

function makeMaterializer(storage: Storage, baseDir: string) {
  return async (spec: FileSpec, dest: string[], where: string): Promise<{ path: string; size: number }> => {
    if (spec.path !== undefined) {
      const p = isAbsolute(spec.path) ? spec.path : join(baseDir, spec.path);
      let st;
      try {
        st = statSync(p);
      } catch {
        throw new ScenarioError(`${where}: file not found: ${p}`);
      }
      if (!st.isFile()) throw new ScenarioError(`${where}: not a file: ${p}`);
      return { path: p, size: st.size };
    }
    const out = storage.filesDir(...dest);
    if (spec.content !== undefined) {
      mkdirSync(dirname(out), { recursive: true });
      const bytes = Buffer.from(spec.content, "utf8");
      await writeFile(out, bytes);
      return { path: out, size: bytes.length };
    }
    const size = spec.size ?? 0;
    if (size < 0) throw new ScenarioError(`${where}: size must not be negative`);
    await generateFile(out, size, dest.join("/"));
    return { path: out, size };
  };
}

// ---------------------------------------------------------------- building the state

function loadUsers(doc: ScenarioDocument): User[] {
  const list = Fields.of({ users: doc.users }, "scenario").list("users");
  if (list.length === 0) throw new ScenarioError("scenario: 'users' must list at least one user");
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const f = Fields.of(raw, `users[${i}]`, ["username", "key", "token", "displayName", "id"]);
    const username = f.str("username");
    if (!/^[A-Za-z0-9_-]+$/.test(username)) f.fail("username", "letters, digits, '_' and '-' only");
    if (seen.has(username.toLowerCase())) f.fail("username", `duplicate user '${username}'`);
    seen.add(username.toLowerCase());
    const hash = createHash("sha256").update(`kaggle-emulator:${username}`).digest("hex");
    const user: User = {
      id: f.int("id", 1000 + i),
      username,
      key: f.optStr("key") ?? hash.slice(0, 32),
      displayName: f.optStr("displayName") ?? username,
    };
    const token = f.has("token") ? f.str("token") : `KGAT_${hash.slice(32, 64)}`;
    user.token = token;
    return user;
  });
}

export async function buildState(
  src: ScenarioSource,
  domains: readonly DomainDefinition[],
  storage: Storage,
  now: () => number,
): Promise<EmulatorState> {
  const doc = src.doc;
  const known = new Set(["name", "description", "users"]);
  for (const d of domains) for (const s of d.sections ?? [d.name]) known.add(s);
  for (const key of Object.keys(doc)) {
    if (!known.has(key) && !RESERVED_SECTIONS.includes(key)) {
      throw new ScenarioError(`scenario: unknown section '${key}' (known: ${[...known].join(", ")})`);
    }
  }
  const core: CoreState = { format: 1, scenario: src.name, users: loadUsers(doc), counters: {}, uploads: {} };
  const ctx: LoadContext = {
    scenario: src.name,
    baseDir: src.baseDir,
    state: core,
    storage,
    now,
    nextId: (kind, start) => nextId(core, kind, start),
    materialize: makeMaterializer(storage, src.baseDir),
  };
  const state = core as EmulatorState & Record<string, unknown>;
  for (const d of domains) state[d.name] = await d.load(doc, ctx);
  return state;
}
