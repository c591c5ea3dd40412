/**
 * `startEmulator(options)`: the emulator as a library, used by the bin entry and by tests.
 *
 *     const emu = await startEmulator({ port: 0, scenario: "demo" });
 *     // emu.url = "http://127.0.0.1:54321", emu.credentials = {username, key, token}
 *     await emu.close();
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Clock } from "./clock";
import { FaultSet, parseFaultSpec, type FaultRule } from "./faults";
import { createRequestHandler, type RouterDeps } from "./router";
import { buildState, resolveScenario, type ScenarioDocument } from "./scenario";
import type { Extensions, Runtime, RuntimeOptions } from "./service";
import { domains as defaultDomains, services as defaultServices } from "./domains";
import { StateStore, type EmulatorState } from "./state";
import { Storage } from "./storage";

export interface EmulatorOptions {
  /** TCP port; 0 (the default here) picks a free one. The CLI defaults to 7777. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Bundled scenario name (`demo`, `empty`), a YAML file path, or a parsed scenario document. Default `demo`. */
  scenario?: string | ScenarioDocument;
  /** Scenario YAML text (wins over `scenario`); relative paths resolve against `cwd`. */
  scenarioYaml?: string;
  /** Keep state and files here across restarts; default: a temporary directory removed on close. */
  dataDir?: string;
  /** Fault SPEC (see faults.ts / docs/emulator.md). */
  faults?: string;
  /** Ignore unknown request fields. */
  lenient?: boolean;
  /** Log one line per request. */
  verbose?: boolean;
  /** Where log lines go (default: stderr). */
  log?: (line: string) => void;
  /** Override the scenario's `scoringDelayMs`. */
  scoringDelayMs?: number;
  /** Base for relative scenario paths (default: process.cwd()). */
  cwd?: string;
}

export interface Emulator {
  /** `http://HOST:PORT` (use as `KAGGLE_API_ENDPOINT`). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Credentials of the scenario's first user. */
  readonly credentials: { username: string; key: string; token: string };
  /** The live state (read it in tests; mutate only through RPCs or `runtime.store`). */
  readonly state: EmulatorState;
  readonly runtime: Runtime;
  readonly dataDir: string;
  /** Rebuild the state from the scenario (like `POST /_emulator/reset`). */
  reset(): Promise<void>;
  /** Finish time-dependent work that is due (e.g. scoring). */
  settle(): Promise<void>;
  /** Stop serving, save state (with `dataDir`) or remove the temporary directory. */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

function loadSecret(dataDir: string, persistent: boolean): Buffer {
  const file = join(dataDir, "signing.key");
  if (persistent) {
    try {
      return Buffer.from(readFileSync(file, "utf8").trim(), "hex");
    } catch {
      /* create below */
    }
  }
  const secret = randomBytes(32);
  if (persistent) writeFileSync(file, secret.toString("hex"), { mode: 0o600 });
  return secret;
}

/** The runtime services see; its timers are kept in `timers` so that reset and close can cancel them. */
function createRuntime(
  options: RuntimeOptions,
  parts: Pick<Runtime, "store" | "storage" | "clock" | "faults" | "extensions"> & { timers: Set<NodeJS.Timeout>; log: (line: string) => void },
): Runtime {
  const { timers, log } = parts;
  const rt: Runtime = {
    options,
    store: parts.store,
    storage: parts.storage,
    clock: parts.clock,
    faults: parts.faults,
    extensions: parts.extensions,
    log: (line) => {
      if (rt.options.verbose) log(line);
    },
    schedule(ms, fn) {
      const t = setTimeout(
        () => {
          timers.delete(t);
          Promise.resolve()
            .then(fn)
            .catch((e: unknown) => log(`kaggle-emulator: scheduled task failed: ${(e as Error)?.stack ?? String(e)}`));
        },
        Math.max(0, ms),
      );
      t.unref();
      timers.add(t);
    },
  };
  return rt;
}

/** Options that win over the scenario's own values (and a saved state's). */
function overrideState(state: EmulatorState, options: EmulatorOptions): void {
  if (options.scoringDelayMs !== undefined && state.competitions) state.competitions.scoringDelayMs = options.scoringDelayMs;
}

function cancelAll(timers: Set<NodeJS.Timeout>): void {
  for (const t of timers) clearTimeout(t);
  timers.clear();
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((r) => {
    server.close(() => r());
    server.closeAllConnections();
  });
}

/**
 * Listen on `port` (0: any free one). Until then, and for requests without a `Host` header, URLs
 * in answers are based on the host alone; afterwards on the URL listened on.
 */
async function serve(deps: Omit<RouterDeps, "fallbackBaseUrl">, host: string, port: number): Promise<{ server: Server; port: number; url: string }> {
  let fallbackBaseUrl = `http://${urlHost(host)}`;
  const server: Server = createServer(
    { keepAliveTimeout: 30_000 },
    createRequestHandler({
      ...deps,
      get fallbackBaseUrl() {
        return fallbackBaseUrl;
      },
    }),
  );
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolveListen();
    });
  });
  const listening = (server.address() as AddressInfo).port;
  fallbackBaseUrl = `http://${urlHost(host)}:${listening}`;
  return { server, port: listening, url: fallbackBaseUrl };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const persistent = options.dataDir !== undefined;
  // Checked before anything is created, so that a bad spec leaves nothing behind.
  const faultRules = options.faults ? parseFaultSpec(options.faults) : [];
  const dataDir = persistent ? resolve(options.dataDir!) : mkdtempSync(join(tmpdir(), "kaggle-emulator-"));
  try {
    return await startIn(dataDir, persistent, faultRules, options);
  } catch (err) {
    // A failed start (bad scenario, port in use) leaves no temporary folder behind.
    if (!persistent) rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/** One emulator's parts, made before it listens: the runtime, its stores and how to build a fresh state. */
interface Parts {
  rt: Runtime;
  store: StateStore;
  storage: Storage;
  clock: Clock;
  timers: Set<NodeJS.Timeout>;
  stateFile: string | undefined;
  /** The scenario's state, with the options' overrides. */
  build: () => Promise<EmulatorState>;
}

function assemble(dataDir: string, persistent: boolean, faultRules: FaultRule[], options: EmulatorOptions): Parts {
  mkdirSync(dataDir, { recursive: true });
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const clock = new Clock();
  const faults = new FaultSet();
  faults.add(faultRules);
  const stateFile = persistent ? join(dataDir, "state.json") : undefined;
  const store = new StateStore({ format: 1, scenario: "", users: [], counters: {}, uploads: {} } as unknown as EmulatorState, stateFile);
  const storage = new Storage(dataDir, store, clock, loadSecret(dataDir, persistent));
  const timers = new Set<NodeJS.Timeout>();
  const extensions: Extensions = {};
  const scenarioName = options.scenarioYaml !== undefined || typeof options.scenario === "object" ? "inline" : (options.scenario ?? "demo");
  const rt = createRuntime(
    { lenient: options.lenient ?? false, verbose: options.verbose ?? false, scenario: scenarioName },
    { store, storage, clock, faults, extensions, timers, log },
  );
  const build = async (): Promise<EmulatorState> => {
    const source = resolveScenario(options.scenario, { cwd: options.cwd, yaml: options.scenarioYaml });
    const state = await buildState(source, defaultDomains, storage, () => clock.now());
    overrideState(state, options);
    return state;
  };
  return { rt, store, storage, clock, timers, stateFile, build };
}

/** The state to start from: the one saved in the data folder (with the overrides), else the scenario's. */
async function startState(parts: Parts, options: EmulatorOptions): Promise<void> {
  const { store, stateFile } = parts;
  const saved = stateFile ? StateStore.readSaved(stateFile) : undefined;
  if (saved) {
    overrideState(saved, options);
    store.replace(saved);
  } else {
    store.replace(await parts.build());
  }
  store.save();
  for (const d of defaultDomains) d.start?.(parts.rt);
}

/** Rebuilds the state from the scenario: timers cancelled, files wiped, the clock back at zero. */
function resetter(parts: Parts): () => Promise<void> {
  const { rt, store, storage, clock, timers } = parts;
  return async () => {
    cancelAll(timers);
    storage.wipe();
    clock.reset();
    store.replace(await parts.build());
    store.save();
    for (const d of defaultDomains) d.start?.(rt);
  };
}

async function startIn(dataDir: string, persistent: boolean, faultRules: FaultRule[], options: EmulatorOptions): Promise<Emulator> {
  const parts = assemble(dataDir, persistent, faultRules, options);
  const { rt, store, timers } = parts;
  const domains = defaultDomains;
  await startState(parts, options);
  const reset = resetter(parts);

  const host = options.host ?? "127.0.0.1";
  const { server, port, url } = await serve({ rt, services: defaultServices, domains, reset }, host, options.port ?? 0);
  const first = store.state.users[0]!;

  let closed = false;
  return {
    url,
    host,
    port,
    credentials: { username: first.username, key: first.key, token: first.token ?? "" },
    get state() {
      return store.state;
    },
    runtime: rt,
    dataDir,
    reset,
    async settle() {
      for (const d of domains) await d.settle?.(rt);
      store.saveIfDirty();
    },
    async close() {
      if (closed) return;
      closed = true;
      cancelAll(timers);
      for (const d of domains) d.stop?.();
      await closeServer(server);
      if (persistent) store.save();
      else rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
