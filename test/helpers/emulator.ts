/**
 * The emulator as tests start it: on port 0, the `demo` scenario, scoring at once, silent.
 *
 *     const emu = useEmulator({}, () => (emu.state.datasets.processingDelayMs = 0));
 *     test("…", async () => runCli(["c", "list"], { env: emu.env }));
 *
 * `useEmulator` starts it before the tests of the file (or of the `describe` it is called in)
 * and closes it after them; `startTestEmulator` is for a test that starts its own.
 */
import { after, before } from "node:test";
import { startEmulator, type Emulator, type EmulatorOptions } from "../../src/emulator/server";

export function startTestEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {}, ...opts });
}

/** The variables that point the CLI, the actions and the client at an emulator as its first user. */
export function emulatorEnv(emu: Emulator, auth: "key" | "token" = "key"): Record<string, string> {
  const { username, key, token } = emu.credentials;
  return auth === "token"
    ? { KAGGLE_API_TOKEN: token, KAGGLE_API_ENDPOINT: emu.url }
    : { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: username, KAGGLE_KEY: key };
}

export interface TestEmulator extends Emulator {
  /** {@link emulatorEnv} with the first user's key; filled in when the emulator has started. */
  readonly env: Record<string, string>;
  /** {@link emulatorEnv} with the first user's access token. */
  readonly tokenEnv: Record<string, string>;
}

/**
 * An emulator for the tests of this file or `describe`: started before them, closed after.
 * `setup` runs once it has started, in the same hook (state tweaks, other servers, folders).
 */
export function useEmulator(opts: EmulatorOptions = {}, setup?: () => unknown): TestEmulator {
  let started: Emulator | undefined;
  const env: Record<string, string> = {};
  const tokenEnv: Record<string, string> = {};
  const emu = (): Emulator => {
    if (!started) throw new Error("the emulator starts in before(): use it inside a test or a hook");
    return started;
  };
  before(async () => {
    started = await startTestEmulator(opts);
    Object.assign(env, emulatorEnv(started));
    Object.assign(tokenEnv, emulatorEnv(started, "token"));
    await setup?.();
  });
  after(() => started?.close());
  return {
    env,
    tokenEnv,
    get url() {
      return emu().url;
    },
    get host() {
      return emu().host;
    },
    get port() {
      return emu().port;
    },
    get credentials() {
      return emu().credentials;
    },
    get state() {
      return emu().state;
    },
    get runtime() {
      return emu().runtime;
    },
    get dataDir() {
      return emu().dataDir;
    },
    reset: () => emu().reset(),
    settle: () => emu().settle(),
    close: () => emu().close(),
  };
}
