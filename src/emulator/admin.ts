/**
 * Admin endpoints (emulator only, no authentication):
 *
 *   GET    /_emulator/health   {"ok": true}
 *   GET    /_emulator/state    the whole state as JSON (includes users' keys and tokens)
 *   POST   /_emulator/reset    rebuild the state from the scenario (uploads and caches wiped)
 *   GET    /_emulator/faults   active fault rules
 *   POST   /_emulator/faults   add rules: {"spec": "ListCompetitions:503x3"} or {"rules": [{…}]}
 *   DELETE /_emulator/faults   remove all rules
 *   POST   /_emulator/time     {"advanceMs": N} or {"now": "2030-01-02T00:00:00Z"} → {"now": …}
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError } from "./errors";
import { FaultSpecError, parseFaultSpec, ruleFromJson, type FaultRule } from "./faults";
import { readBody, sendError, sendJson } from "./http";
import type { DomainDefinition } from "./scenario";
import type { Runtime } from "./service";

export interface AdminDeps {
  rt: Runtime;
  domains: readonly DomainDefinition[];
  reset(): Promise<void>;
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = await readBody(req, 1 << 20);
  if (raw.length === 0) return {};
  let v: unknown;
  try {
    v = JSON.parse(raw.toString("utf8"));
  } catch {
    throw new ApiError(400, "Invalid JSON payload received.");
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new ApiError(400, "Expected a JSON object.");
  return v as Record<string, unknown>;
}

export async function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL, deps: AdminDeps): Promise<void> {
  const { rt } = deps;
  const route = `${req.method} ${url.pathname.replace(/\/$/, "")}`;
  switch (route) {
    case "GET /_emulator/health":
      return sendJson(res, 200, { ok: true });
    case "GET /_emulator/state": {
      for (const d of deps.domains) await d.settle?.(rt);
      rt.store.saveIfDirty();
      return sendJson(res, 200, {
        warning: "Contains the credentials (API keys and tokens) of the scenario's users.",
        now: new Date(rt.clock.now()).toISOString(),
        state: rt.store.state,
      });
    }
    case "POST /_emulator/reset":
      req.resume();
      await deps.reset();
      return sendJson(res, 200, { ok: true });
    case "GET /_emulator/faults":
      return sendJson(res, 200, { rules: rt.faults.list() });
    case "DELETE /_emulator/faults":
      rt.faults.clear();
      return sendJson(res, 200, { rules: [] });
    case "POST /_emulator/faults": {
      const body = await jsonBody(req);
      let rules: FaultRule[];
      try {
        if (typeof body.spec === "string") rules = parseFaultSpec(body.spec);
        else if (Array.isArray(body.rules)) rules = body.rules.map(ruleFromJson);
        else throw new FaultSpecError('expected {"spec": "…"} or {"rules": […]}');
      } catch (e) {
        if (e instanceof FaultSpecError) throw new ApiError(400, `Invalid fault spec: ${e.message}`);
        throw e;
      }
      rt.faults.add(rules);
      return sendJson(res, 200, { rules: rt.faults.list() });
    }
    case "POST /_emulator/time": {
      const body = await jsonBody(req);
      if (typeof body.advanceMs === "number") rt.clock.advance(body.advanceMs);
      else if (typeof body.now === "string" && !Number.isNaN(Date.parse(body.now))) rt.clock.set(Date.parse(body.now));
      else if (body.reset === true) rt.clock.reset();
      else throw new ApiError(400, 'expected {"advanceMs": N}, {"now": "<ISO time>"} or {"reset": true}');
      return sendJson(res, 200, { now: new Date(rt.clock.now()).toISOString() });
    }
    default:
      req.resume();
      return sendError(res, 404, `Unknown admin endpoint: ${req.method} ${url.pathname}`);
  }
}
