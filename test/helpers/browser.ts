/**
 * A real browser for tests: headless Chromium (Debian's `chromium`, or `$CHROMIUM`) driven over
 * the DevTools protocol with Node's global WebSocket; no browser packages.
 *
 *     const browser = await launchBrowser();
 *     const page = await browser.newPage();
 *     await page.goto(`${emu.url}/competitions/x/leaderboard`);
 *     assert.equal(await page.evaluate("document.title"), "…");
 *     await page.waitFor("document.querySelector('#log').textContent.includes('done')");
 *     await page.screenshot(file);
 *     assert.deepEqual(page.problems, []);   // console errors, exceptions, failed loads, dialogs
 *     await browser.close();
 *
 * Every wait has a deadline (`timeoutMs`, default 20 s) and fails with what it waited for.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DEFAULT_TIMEOUT_MS = 20_000;

/** The Chromium binary to run, or undefined when there is none on this machine. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((c): c is string => !!c);
  return candidates.find((c) => existsSync(c));
}

type Params = Record<string, unknown>;
type Listener = (params: Params) => void;

/** One DevTools WebSocket: numbered commands, events by session and method. */
class Cdp {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: Params) => void; reject: (e: Error) => void; method: string }>();
  private readonly listeners = new Map<string, Set<Listener>>();

  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener("message", (ev) => this.onMessage(String(ev.data)));
    ws.addEventListener("close", () => {
      for (const p of this.pending.values()) p.reject(new Error(`browser connection closed during ${p.method}`));
      this.pending.clear();
    });
  }

  static connect(url: string, timeoutMs: number): Promise<Cdp> {
    const ws = new WebSocket(url);
    return withDeadline(
      new Promise<Cdp>((resolve, reject) => {
        ws.addEventListener("open", () => resolve(new Cdp(ws)), { once: true });
        ws.addEventListener("error", () => reject(new Error(`could not connect to ${url}`)), { once: true });
      }),
      timeoutMs,
      "the DevTools connection",
    );
  }

  private onMessage(text: string): void {
    const msg = JSON.parse(text) as {
      id?: number;
      result?: Params;
      error?: { message: string };
      method?: string;
      params?: Params;
      sessionId?: string;
    };
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`));
      else p.resolve(msg.result ?? {});
      return;
    }
    for (const l of this.listeners.get(`${msg.sessionId ?? ""} ${msg.method}`) ?? []) l(msg.params ?? {});
  }

  send(method: string, params: Params = {}, sessionId?: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Params> {
    const id = this.nextId++;
    const answer = new Promise<Params>((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
    this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return withDeadline(answer, timeoutMs, method);
  }

  on(sessionId: string, method: string, l: Listener): () => void {
    const key = `${sessionId} ${method}`;
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(l);
    return () => set.delete(l);
  }

  close(): void {
    this.ws.close();
  }
}

function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

interface RemoteObject {
  value?: unknown;
  description?: string;
}

export class Page {
  /** Console errors, uncaught exceptions, failed loads and CSP reports, and any dialog opened. */
  readonly problems: string[] = [];

  constructor(
    private readonly cdp: Cdp,
    private readonly session: string,
  ) {
    cdp.on(session, "Runtime.consoleAPICalled", (p) => {
      if (p.type === "error" || p.type === "assert") this.problems.push(`console.${String(p.type)}: ${JSON.stringify(p.args)}`);
    });
    cdp.on(session, "Runtime.exceptionThrown", (p) => this.problems.push(`exception: ${JSON.stringify(p.exceptionDetails)}`));
    cdp.on(session, "Log.entryAdded", (p) => {
      const e = p.entry as { level: string; text: string; url?: string };
      if (e.level === "error") this.problems.push(`log: ${e.text} ${e.url ?? ""}`.trim());
    });
    cdp.on(session, "Page.javascriptDialogOpening", (p) => {
      this.problems.push(`dialog: ${String(p.type)} ${String(p.message)}`);
      void this.send("Page.handleJavaScriptDialog", { accept: false }).catch(() => undefined);
    });
  }

  send(method: string, params: Params = {}, timeoutMs?: number): Promise<Params> {
    return this.cdp.send(method, params, this.session, timeoutMs);
  }

  /** Loads `url` and resolves once its `load` event has fired. */
  async goto(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    let off: () => void = () => undefined;
    const loaded = new Promise<void>((resolve) => {
      off = this.cdp.on(this.session, "Page.loadEventFired", () => resolve());
    });
    try {
      const nav = await this.send("Page.navigate", { url }, timeoutMs);
      if (nav.errorText) throw new Error(`could not load ${url}: ${String(nav.errorText)}`);
      await withDeadline(loaded, timeoutMs, `the load event of ${url}`);
    } finally {
      off();
    }
  }

  /** Runs `expression` (e.g. a click on a form's button) and resolves once the page it leads to has loaded. */
  async navigateBy(expression: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    let off: () => void = () => undefined;
    const loaded = new Promise<void>((resolve) => {
      off = this.cdp.on(this.session, "Page.loadEventFired", () => resolve());
    });
    try {
      await this.evaluate(expression);
      await withDeadline(loaded, timeoutMs, `the page after ${expression}`);
    } finally {
      off();
    }
  }

  /** The value of a page expression (awaited if it is a promise); page exceptions are thrown. */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const r = await this.send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`page expression failed: ${expression}: ${JSON.stringify(r.exceptionDetails)}`);
    return (r.result as RemoteObject).value as T;
  }

  /**
   * Resolves once `expression` is truthy, checked every 50 ms (and across reloads) until
   * `timeoutMs`; then fails naming the expression.
   */
  async waitFor(expression: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const ok = await this.evaluate<boolean>(`Boolean(${expression})`).catch(() => false);
      if (ok) return;
      if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The whole page (up to 4000 px tall) as PNG, written to `file`. */
  async screenshot(file: string): Promise<void> {
    const metrics = await this.send("Page.getLayoutMetrics");
    const size = metrics.cssContentSize as { width: number; height: number };
    const clip = { x: 0, y: 0, width: Math.ceil(size.width), height: Math.min(4000, Math.ceil(size.height)), scale: 1 };
    const shot = await this.send("Page.captureScreenshot", { format: "png", clip, captureBeyondViewport: true });
    writeFileSync(file, Buffer.from(String(shot.data), "base64"));
  }
}

export interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Reads Chromium's stderr until it names its DevTools WebSocket. */
function devtoolsUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  let seen = "";
  return withDeadline(
    new Promise<string>((resolve, reject) => {
      child.stderr!.setEncoding("utf8").on("data", (d: string) => {
        seen = (seen + d).slice(-8192);
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`chromium exited (${code}) before it listened: ${seen.slice(-2000)}`)));
      child.once("error", reject);
    }),
    timeoutMs,
    "chromium to start",
  );
}

export async function launchBrowser(opts: { timeoutMs?: number; width?: number; height?: number } = {}): Promise<Browser> {
  const exe = chromiumPath();
  if (!exe) throw new Error("no chromium found: install Debian's chromium package or set CHROMIUM");
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const profile = mkdtempSync(join(tmpdir(), "kaggle-browser-"));
  const args = [
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    "--remote-debugging-port=0",
    `--user-data-dir=${profile}`,
    `--window-size=${opts.width ?? 1280},${opts.height ?? 900}`,
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
    "about:blank",
  ];
  const child = spawn(exe, args, { stdio: ["ignore", "ignore", "pipe"], detached: true });
  const kill = (): void => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* gone */
    }
  };
  try {
    const cdp = await Cdp.connect(await devtoolsUrl(child, timeoutMs), timeoutMs);
    return {
      async newPage() {
        const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank" });
        const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: true });
        const page = new Page(cdp, String(sessionId));
        await Promise.all(["Page.enable", "Runtime.enable", "Log.enable"].map((m) => page.send(m)));
        return page;
      },
      async close() {
        await cdp.send("Browser.close", {}, undefined, 5000).catch(() => undefined);
        cdp.close();
        kill();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    kill();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
