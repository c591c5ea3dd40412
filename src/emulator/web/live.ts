/**
 * Server-sent events for live pages. A stream looks at the state every `POLL_MS` (the state
 * has no change feed) and sends what is new:
 *
 *   /code/<owner>/<slug>/events?version=N&from=K   `log` per new log entry (id = its index, so a
 *                                                  reconnecting EventSource resumes after it),
 *                                                  `status` when it changes, `reload` when final
 *   /competitions/<slug>/submissions/events        `reload` when a submission's status changes
 *   /datasets/<owner>/<slug>/events                `reload` when the current version's status changes
 *
 * Each stream ends with `reload`, when the client goes away, or after `MAX_STREAM_MS`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isFinal } from "../kernels/state";
import { chosenVersion, visibleKernel } from "./code";
import { findCompetition, submissionsFingerprint } from "./competitions";
import { datasetFingerprint, findDataset } from "./datasets";
import type { WebContext } from "./context";

const POLL_MS = 250;
const MAX_STREAM_MS = 30 * 60_000;

type Tick = (send: (event: string, data: unknown, id?: number) => void) => boolean;

function stream(req: IncomingMessage, res: ServerResponse, settle: () => Promise<void>, tick: Tick): void {
  res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", Connection: "keep-alive" });
  res.write("retry: 1000\n\n");
  const send = (event: string, data: unknown, id?: number): void => {
    res.write(`${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const step = async (): Promise<void> => {
    let done: boolean;
    try {
      // Due work (scoring) is finished first, as an API read would.
      await settle();
      done = closed || tick(send) || Date.now() - started > MAX_STREAM_MS;
    } catch {
      done = true;
    }
    if (done) {
      if (!res.writableEnded) res.end();
      return;
    }
    timer = setTimeout(() => void step(), POLL_MS);
    timer.unref();
  };
  req.on("close", () => {
    closed = true;
    clearTimeout(timer);
  });
  void step();
}

/**
 * A `reload` once `fingerprint()` differs from `seen` (what the page showed, from `?seen=`;
 * else the first value) or is undefined (the thing is gone).
 */
function reloadOnChange(seen: string | null, fingerprint: () => string | undefined): Tick {
  let first: string | undefined = seen ?? undefined;
  return (send) => {
    const now = fingerprint();
    first ??= now;
    if (now === first && now !== undefined) return false;
    send("reload", {});
    return true;
  };
}

function kernelTick(ctx: WebContext, owner: string, slug: string, from: number): Tick {
  let sent = from;
  let status: string | undefined;
  return (send) => {
    const k = visibleKernel(ctx, owner, slug);
    const v = k && chosenVersion(k, ctx.url.searchParams.get("version"));
    if (!v) {
      send("reload", {});
      return true;
    }
    // The status first: a page showing a line also shows the status the session had when it was written.
    if (v.session.status !== status) {
      status = v.session.status;
      send("status", { status });
    }
    const log = v.session.log;
    for (; sent < log.length; sent++) send("log", { stream: log[sent]!.stream_name, data: log[sent]!.data }, sent + 1);
    if (!isFinal(v.session.status)) return false;
    send("reload", {});
    return true;
  };
}

/** Answers an events URL (`parts` are the path segments); false when the path is not one. */
export function handleEvents(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: WebContext,
  parts: readonly string[],
  settle: () => Promise<void>,
): boolean {
  const [area, a, b, c, d] = parts;
  if (area === "code" && a && b && c === "events" && d === undefined) {
    const resume = Number(req.headers["last-event-id"] ?? ctx.url.searchParams.get("from") ?? 0);
    stream(req, res, settle, kernelTick(ctx, a, b, Number.isSafeInteger(resume) && resume >= 0 ? resume : 0));
    return true;
  }
  if (area === "competitions" && a && b === "submissions" && c === "events" && d === undefined) {
    stream(
      req,
      res,
      settle,
      reloadOnChange(ctx.url.searchParams.get("seen"), () => {
        const comp = findCompetition(ctx, a);
        return comp && submissionsFingerprint(ctx, comp);
      }),
    );
    return true;
  }
  if (area === "datasets" && a && b && c === "events" && d === undefined) {
    stream(
      req,
      res,
      settle,
      reloadOnChange(ctx.url.searchParams.get("seen"), () => {
        const ds = findDataset(ctx, a, b);
        return ds && datasetFingerprint(ctx, ds);
      }),
    );
    return true;
  }
  return false;
}
