/**
 * `GET /api/v1/kernels/logs/stream/<owner>/<slug>[/<version>]`, the endpoint kaggle 2.2.3's
 * `kernels logs --follow` reads (kaggle-cli `kaggle_api_extended.py` `kernels_logs_stream`):
 *
 * - while the run is queued or running: `text/event-stream`, one `data: {"stream_name","time","data"}`
 *   event per log record as the run produces it (the records so far first), then
 *   `data: END_OF_LOG` when the run ends; a `: keep-alive` comment every 15 s of silence;
 * - once the run has ended: `application/json`, the whole log (Kaggle's JSON array, `[]` when empty).
 *
 * Reconnecting replays from the first record, as Kaggle's does (the client skips what it has seen).
 */
import { forbidden, notFound } from "../errors";
import type { RouteDefinition } from "../service";
import { formatLog } from "./runner";
import { watchSession } from "./session";
import { canSee, findKernel, isFinal, latest, type KernelSessionRecord } from "./state";

export const LOG_STREAM_END = "END_OF_LOG";
const KEEP_ALIVE_MS = 15_000;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Writes the session's records from `from` on, then the end marker once it has ended; the next index. */
function writeEvents(res: { write(chunk: string): unknown }, s: KernelSessionRecord, from: number): number {
  let i = from;
  for (; i < s.log.length; i++) res.write(`data: ${JSON.stringify(s.log[i])}\n\n`);
  return i;
}

export const logStreamRoute: RouteDefinition = {
  method: "GET",
  path: /^\/(?:api\/)?v1\/kernels\/logs\/stream\/([^/]+)\/([^/]+)(?:\/(\d+))?\/?$/,
  auth: "optional",
  async handle({ rt, user, res }, match) {
    const owner = decode(match[1]!);
    const slug = decode(match[2]!);
    const k = findKernel(rt.store.state, owner, slug);
    if (!k) throw notFound(`Kernel '${owner}/${slug}' not found.`);
    if (!canSee(k, user)) throw forbidden(`Permission 'kernels.get' was denied for kernel '${owner}/${slug}'.`);
    const v = match[3] !== undefined ? k.versions.find((x) => x.number === Number(match[3])) : latest(k);
    if (!v) throw notFound(`Version ${match[3]} of kernel '${k.owner}/${k.slug}' not found.`);
    const s = v.session;
    if (isFinal(s.status)) {
      const body = formatLog(s.log) || "[]";
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no" });
    await new Promise<void>((resolve) => {
      let sent = 0;
      let ended = false;
      const done = () => {
        if (ended) return;
        ended = true;
        unwatch();
        clearInterval(beat);
        resolve();
      };
      const flush = () => {
        if (ended) return;
        sent = writeEvents(res, s, sent);
        if (isFinal(s.status)) {
          res.end(`data: ${LOG_STREAM_END}\n\n`);
          done();
        }
      };
      const unwatch = watchSession(s, flush);
      const beat = setInterval(() => res.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
      beat.unref();
      res.on("close", done);
      flush();
    });
  },
};
