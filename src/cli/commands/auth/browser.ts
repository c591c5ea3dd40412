/**
 * Opening the login page in a browser, as Python's `webbrowser` does for Kaggle's SDK: the
 * command in `BROWSER` (the first of a `:`-separated list; `%s` is replaced by the URL, else the
 * URL is the last argument), else `open` (macOS), `start` (Windows) or `xdg-open`.
 */
import { spawn } from "node:child_process";
import type { HostInfo } from "../../../core/env";

/** The SDK's rule: Windows and macOS have a desktop; elsewhere only with an X display. */
export function canOpenBrowser(host: HostInfo): boolean {
  if (host.platform === "win32" || host.platform === "darwin") return true;
  return Boolean(host.env.DISPLAY);
}

function browserCommand(host: HostInfo, url: string): string[] {
  const custom = host.env.BROWSER?.split(":")[0]?.trim();
  if (custom) {
    const words = custom.split(/\s+/);
    return words.some((w) => w.includes("%s")) ? words.map((w) => w.replace(/%s/g, url)) : [...words, url];
  }
  if (host.platform === "darwin") return ["open", url];
  if (host.platform === "win32") return ["cmd", "/c", "start", '""', url];
  return ["xdg-open", url];
}

/** Starts the browser and leaves it running; false when it could not be started. */
export function openBrowser(host: HostInfo, url: string): Promise<boolean> {
  const [cmd, ...args] = browserCommand(host, url);
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd!, args, { stdio: "ignore", detached: true, env: { ...host.env } as NodeJS.ProcessEnv });
      child.once("error", () => resolve(false));
      child.once("spawn", () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
