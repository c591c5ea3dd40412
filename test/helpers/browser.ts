/**
 * A real headless Chromium driven over the Chrome DevTools protocol (its websocket, with Node's
 * global WebSocket): enough to load a page, click, and read the DOM. No browser packages.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const chromiumMissing = fs.existsSync(CHROMIUM)
  ? false
  : `no Chromium at ${CHROMIUM} (install it: apt-get install -y --no-install-recommends chromium, or set CHROMIUM)`;

const START_DEADLINE_MS = 30_000;
const STEP_DEADLINE_MS = 15_000;

interface Pending {
  resolve: (v: Record<string, unknown>) => void;
  reject: (e: Error) => void;
}

export class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters: { event: string; resolve: (p: Record<string, unknown>) => void }[] = [];

  private constructor(
    private readonly proc: ChildProcess,
    private readonly ws: WebSocket,
    private readonly profile: string,
  ) {
    ws.addEventListener("message", (ev) => {
      const msg = JSON.parse(String(ev.data)) as {
        id?: number;
        result?: Record<string, unknown>;
        error?: { message: string };
        method?: string;
        params?: Record<string, unknown>;
      };
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result ?? {});
      } else if (msg.method) {
        const i = this.waiters.findIndex((w) => w.event === msg.method);
        if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(msg.params ?? {});
      }
    });
  }

  static async launch(): Promise<Browser> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "chromium-"));
    const proc = spawn(
      CHROMIUM,
      ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    const wsUrl = await new Promise<string>((resolve, reject) => {
      let err = "";
      const timer = setTimeout(() => reject(new Error(`Chromium did not start within ${START_DEADLINE_MS} ms: ${err}`)), START_DEADLINE_MS);
      proc.stderr!.on("data", (d) => {
        err += d;
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      proc.once("exit", (code) => reject(new Error(`Chromium exited (${code}): ${err}`)));
    });
    const origin = new URL(wsUrl).host;
    const targets = (await (await fetch(`http://${origin}/json/list`)).json()) as { type: string; webSocketDebuggerUrl: string }[];
    const page = targets.find((t) => t.type === "page");
    if (!page) throw new Error("Chromium has no page to drive");
    const ws = new WebSocket(page.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      ws.addEventListener("open", resolve, { once: true });
      ws.addEventListener("error", () => reject(new Error("cannot reach Chromium's DevTools websocket")), { once: true });
    });
    const b = new Browser(proc, ws, profile);
    await b.send("Page.enable");
    return b;
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return this.deadline(new Promise((resolve, reject) => this.pending.set(id, { resolve, reject })), method);
  }

  private deadline<T>(p: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout;
    const late = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${STEP_DEADLINE_MS} ms`)), STEP_DEADLINE_MS)),
    );
    return Promise.race([p, late]).finally(() => clearTimeout(timer));
  }

  /** The next `event`, registered before `action` runs so it cannot be missed. */
  async after(event: string, action: () => Promise<unknown>): Promise<Record<string, unknown>> {
    const seen = new Promise<Record<string, unknown>>((resolve) => this.waiters.push({ event, resolve }));
    await action();
    return this.deadline(seen, event);
  }

  /** Loads `url` and waits for its load event. */
  async goto(url: string): Promise<void> {
    await this.after("Page.loadEventFired", () => this.send("Page.navigate", { url }));
  }

  async evaluate<T>(expression: string): Promise<T> {
    const r = (await this.send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(`${expression}: ${r.exceptionDetails.text}`);
    return r.result.value;
  }

  /** Runs `expression` (e.g. a click) and waits for the page it leads to. */
  async navigateBy(expression: string): Promise<void> {
    await this.after("Page.loadEventFired", () => this.evaluate(expression));
  }

  async close(): Promise<void> {
    this.ws.close();
    const exited = new Promise((r) => this.proc.once("exit", r));
    this.proc.kill();
    await exited;
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}
