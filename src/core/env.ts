/** What the client knows of its surroundings: passed in, never read from globals at import. */
import os from "node:os";

export type Environment = Readonly<Record<string, string | undefined>>;

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {} };

/** A clock the retry and wait loops use, so tests can run them without real sleeping. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

export interface HostInfo {
  env: Environment;
  home: string;
  platform: NodeJS.Platform;
}

export function currentHost(): HostInfo {
  return { env: process.env, home: os.homedir(), platform: process.platform };
}
