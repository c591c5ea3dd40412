/**
 * HTTP dispatch:
 *
 *   POST /v1/<service>/<Method>, POST /api/v1/<service>/<Method>   RPCs (JSON)
 *   GET|HEAD /storage/<bucket>/<object>?X-Goog-…                    signed-URL downloads
 *   PUT /upload/storage/v1/b/<bucket>/o?uploadType=resumable&…      uploads
 *   GET  a service's own routes (e.g. /api/v1/kernels/logs/stream/…)
 *   GET|POST /api/v1/oauth2/authorize, GET /account/api/oauth/token  login pages (oauth/pages.ts)
 *   /_emulator/…                                                    admin (see admin.ts)
 *   GET|HEAD /, /competitions/…, /datasets/…, /code/…, /<user>      the web view (see web/index.ts)
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { handleAdmin, type AdminDeps } from "./admin";
import { authenticate, redactAuthorization } from "./auth";
import { ApiError, unauthenticated } from "./errors";
import { readBody, requestBaseUrl, sendApiError, sendError, sendJson, sleep } from "./http";
import { validate } from "./schema";
import { BytesReply, FileReply, JsonReply, RedirectReply, type Reply, type RequestContext, type Runtime, type ServiceDefinition } from "./service";
import { handleOAuthPage, isOAuthPage } from "./oauth/pages";
import { nextId, type User } from "./state";
import { handleWeb } from "./web";
import { compact } from "./wire";

const RPC_PATH = /^\/(?:api\/)?v1\/([A-Za-z][A-Za-z0-9_.]*)\/([A-Za-z][A-Za-z0-9_]*)\/?$/;

export interface RouterDeps extends AdminDeps {
  rt: Runtime;
  services: readonly ServiceDefinition[];
  /** Base URL used when a request has no Host header. */
  fallbackBaseUrl: string;
}

export function createRequestHandler(deps: RouterDeps): (req: IncomingMessage, res: ServerResponse) => void {
  // Definitions naming the same service add their methods to it (a domain may serve some RPCs of another's service).
  const byName = new Map<string, ServiceDefinition>();
  for (const def of deps.services) {
    const known = byName.get(def.service);
    byName.set(def.service, known ? { service: def.service, methods: { ...known.methods, ...def.methods } } : def);
  }
  const routes = deps.services.flatMap((s) => s.routes ?? []);
  const { rt } = deps;

  return (req, res) => {
    const started = process.hrtime.bigint();
    let who = "";
    if (rt.options.verbose) {
      res.on("finish", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        rt.log(`${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)}ms auth=${redactAuthorization(req.headers.authorization)}${who}`);
      });
    }
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const path = url.pathname;

    const run = async (): Promise<void> => {
      if (path.startsWith("/_emulator/") || path === "/_emulator") {
        await handleAdmin(req, res, url, deps);
        return;
      }
      if (path.startsWith("/storage/") || path.startsWith("/upload/storage/v1/b/")) {
        await handleBytes(req, res, url, rt);
        return;
      }
      if (isOAuthPage(path)) {
        await handleOAuthPage(req, res, url, rt, deps.fallbackBaseUrl);
        return;
      }
      for (const route of routes) {
        const match = req.method === route.method ? route.path.exec(path) : null;
        if (!match) continue;
        req.resume();
        const user = caller(rt, req, route.auth ?? "required");
        if (user) who = ` user=${user.username}`;
        await route.handle({ rt, user, req, res }, match);
        return;
      }
      if (await handleWeb(req, res, url, rt, () => settleAll(deps))) return;
      const def = findMethod(req, res, path, byName);
      if (!def) return;
      await handleRpc(req, res, deps, def, (user) => (who = ` user=${user.username}`));
    };

    run().catch(async (err: unknown) => {
      if (err instanceof ApiError) {
        req.resume();
        // Whatever the request changed before it failed is durable before the answer too.
        await rt.store.commit().catch(() => undefined);
        sendApiError(res, err);
        return;
      }
      process.stderr.write(`kaggle-emulator: internal error on ${req.method} ${req.url}: ${(err as Error)?.stack ?? String(err)}\n`);
      req.resume();
      sendError(res, 500, "Internal server error");
    });
  };
}

/** Finish due background work of every domain (scoring), as `/_emulator/state` does. */
async function settleAll(deps: RouterDeps): Promise<void> {
  for (const d of deps.domains) await d.settle?.(deps.rt);
  deps.rt.store.saveIfDirty();
}

/** Signed-URL downloads and resumable uploads, after their scripted faults. */
async function handleBytes(req: IncomingMessage, res: ServerResponse, url: URL, rt: Runtime): Promise<void> {
  const path = url.pathname;
  const download = path.startsWith("/storage/");
  const d = rt.faults.decide(download ? "download" : "upload", [path]);
  if (d.latencyMs) await sleep(d.latencyMs);
  if (d.status) {
    if (!download) req.resume();
    return sendError(res, d.status.status, d.status.message, d.status.headers);
  }
  if (download) await rt.storage.handleObjectRequest(req, res, url, d.dropAfter);
  else await rt.storage.handleUpload(req, res, url, d.dropAfter);
}

interface FoundMethod {
  service: string;
  method: string;
  def: ServiceDefinition["methods"][string];
}

/** The RPC a path names, or undefined after answering 404/405. */
function findMethod(req: IncomingMessage, res: ServerResponse, path: string, byName: Map<string, ServiceDefinition>): FoundMethod | undefined {
  const m = RPC_PATH.exec(path);
  if (!m) {
    req.resume();
    sendError(res, 404, `Not found: ${path}`);
    return undefined;
  }
  const [, serviceName, methodName] = m as unknown as [string, string, string];
  if (req.method !== "POST") {
    req.resume();
    sendError(res, 405, `Method ${req.method} is not allowed; RPCs are called with POST.`, { Allow: "POST" });
    return undefined;
  }
  const def = byName.get(serviceName)?.methods[methodName];
  if (!def) {
    req.resume();
    sendError(res, 404, `Unknown RPC: ${serviceName}/${methodName}`);
    return undefined;
  }
  return { service: serviceName, method: methodName, def };
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new ApiError(400, "Invalid JSON payload received.");
  }
}

/** The caller, as the method's auth mode requires (401 otherwise). */
function caller(rt: Runtime, req: IncomingMessage, mode: "required" | "optional" | "none"): User | undefined {
  if (mode === "none") return undefined;
  const auth = authenticate(rt.store.state, req.headers.authorization, rt.clock.now());
  if (auth.kind === "invalid") throw unauthenticated();
  const user = auth.kind === "user" ? auth.user : undefined;
  if (mode === "required" && !user) throw unauthenticated();
  return user;
}

/** Faults, body, auth, validation, the handler, then the answer once its changes are durable. */
async function handleRpc(
  req: IncomingMessage,
  res: ServerResponse,
  deps: RouterDeps,
  found: FoundMethod,
  onUser: (user: User) => void,
): Promise<void> {
  const { rt } = deps;
  const { service: serviceName, method: methodName, def } = found;
  const d = rt.faults.decide("rpc", [methodName, `${serviceName}/${methodName}`]);
  if (d.latencyMs) await sleep(d.latencyMs);
  if (d.status) {
    req.resume();
    return sendError(res, d.status.status, d.status.message, d.status.headers);
  }
  const body = parseJson(await readBody(req));
  const user = caller(rt, req, def.auth ?? "required");
  if (user) onUser(user);
  const parsed = validate(def.request, body, { lenient: rt.options.lenient });
  let touched = false;
  const ctx: RequestContext = {
    rt,
    get state() {
      return rt.store.state;
    },
    storage: rt.storage,
    user,
    requireUser() {
      if (!user) throw unauthenticated();
      return user;
    },
    baseUrl: requestBaseUrl(req, deps.fallbackBaseUrl),
    service: serviceName,
    method: methodName,
    req,
    now: () => rt.clock.now(),
    nextId: (kind, start) => {
      touched = true;
      rt.store.markDirty();
      return nextId(rt.store.state, kind, start);
    },
    changed: () => {
      touched = true;
      rt.store.markDirty();
    },
  };
  const result = await def.handler(ctx, parsed);
  // Durable before the client hears of it (a handler may mutate after its last changed()).
  if (touched) await rt.store.commitChange();
  else await rt.store.commit();
  if (d.dropAnswer) {
    // The fault "drop-answer": done and committed, but the client never gets the answer.
    req.socket.destroy();
    return;
  }
  await sendReply(req, res, rt, result);
}

async function sendReply(req: IncomingMessage, res: ServerResponse, rt: Runtime, result: Reply): Promise<void> {
  if (result instanceof RedirectReply) {
    res.writeHead(result.status, { Location: result.location, "Content-Length": 0 });
    res.end();
  } else if (result instanceof FileReply) {
    const d = rt.faults.decide("download", [req.url ?? ""]);
    await rt.storage.serveFile(req, res, result.file, { headers: result.headers, dropAfter: d.dropAfter });
  } else if (result instanceof BytesReply) {
    res.writeHead(200, {
      ...result.headers,
      "Content-Type": result.contentType,
      "Content-Length": result.bytes.length,
    });
    res.end(result.bytes);
  } else if (result instanceof JsonReply) {
    sendJson(res, result.status, result.body);
  } else {
    sendJson(res, 200, compact(result));
  }
}
