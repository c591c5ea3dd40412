/**
 * Scripted failures.
 *
 * SPEC grammar (rules separated by `,` or `;`, whitespace ignored):
 *
 *     RULE    := TARGET ":" EFFECT [ "x" COUNT | "@" FRACTION ] { ":" OPTION }
 *     TARGET  := RPC method name (`ListCompetitions`) | `service/Method`
 *              | `*` (every call) | `rpc` (every RPC) | `download` (file GETs) | `upload` (upload PUTs)
 *     EFFECT  := STATUS                 HTTP status 400–599 answered instead of the call
 *              | "latency=" DURATION    delay before handling (`200ms`, `1.5s`, `200` = ms)
 *              | "drop-after=" BYTES    close the connection after BYTES bytes of a download
 *                                       body (sent) or of an upload body (received)
 *              | "drop-answer"          RPCs only: handle the call fully (state committed),
 *                                       then close the connection without answering
 *     COUNT   := applies to the next COUNT matching calls, then the rule is removed
 *     FRACTION:= applies to each matching call with this probability (0..1), forever
 *                (neither: every matching call, forever)
 *     OPTION  := "retry-after=" SECONDS | "message=" TEXT
 *
 * Examples: `ListCompetitions:503x3`, `DownloadDataFile:429x1:retry-after=1`, `*:500@0.1`,
 * `*:latency=200ms`, `download:drop-after=1048576x1`, `upload:drop-after=1000x1`.
 */
export interface FaultRule {
  target: string;
  status?: number;
  latencyMs?: number;
  dropAfter?: number;
  /** Handle the RPC, commit its changes, then close the connection without an answer. */
  dropAnswer?: boolean;
  /** Remaining number of calls this rule applies to; absent = unlimited. */
  count?: number;
  /** Probability in (0, 1]; absent = always. */
  fraction?: number;
  retryAfter?: number;
  message?: string;
}

export type CallKind = "rpc" | "download" | "upload";

export interface FaultDecision {
  latencyMs: number;
  status?: { status: number; message: string; headers: Record<string, string> };
  dropAfter?: number;
  dropAnswer?: boolean;
}

export class FaultSpecError extends Error {}

function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text);
  if (!m) throw new FaultSpecError(`invalid duration "${text}" (use e.g. 200ms or 1.5s)`);
  return Math.round(Number(m[1]) * (m[2] === "s" ? 1000 : 1));
}

function parseRule(text: string): FaultRule {
  const parts = text.split(":").map((p) => p.trim());
  const [target, effectRaw, ...options] = parts;
  if (!target || !effectRaw) throw new FaultSpecError(`fault rule "${text}": expected TARGET:EFFECT`);
  const rule: FaultRule = { target };
  let effect = effectRaw;
  const countMatch = /^(.*?)x(\d+)$/.exec(effect);
  const fracMatch = /^(.*?)@(\d*\.?\d+)$/.exec(effect);
  if (countMatch) {
    effect = countMatch[1]!;
    rule.count = Number(countMatch[2]);
    if (rule.count < 1) throw new FaultSpecError(`fault rule "${text}": count must be at least 1`);
  } else if (fracMatch) {
    effect = fracMatch[1]!;
    rule.fraction = Number(fracMatch[2]);
    if (!(rule.fraction > 0 && rule.fraction <= 1)) throw new FaultSpecError(`fault rule "${text}": fraction must be in (0, 1]`);
  }
  if (/^\d{3}$/.test(effect)) {
    rule.status = Number(effect);
    if (rule.status < 400 || rule.status > 599) throw new FaultSpecError(`fault rule "${text}": status must be 400-599`);
  } else if (effect.startsWith("latency=")) {
    rule.latencyMs = parseDuration(effect.slice("latency=".length));
  } else if (effect.startsWith("drop-after=")) {
    const n = effect.slice("drop-after=".length);
    if (!/^\d+$/.test(n)) throw new FaultSpecError(`fault rule "${text}": drop-after needs a byte count`);
    rule.dropAfter = Number(n);
  } else if (effect === "drop-answer") {
    rule.dropAnswer = true;
  } else {
    throw new FaultSpecError(`fault rule "${text}": unknown effect "${effect}" (status, latency=, drop-after=, drop-answer)`);
  }
  for (const opt of options) {
    const eq = opt.indexOf("=");
    const key = eq < 0 ? opt : opt.slice(0, eq);
    const value = eq < 0 ? "" : opt.slice(eq + 1);
    if (key === "retry-after" && /^\d+$/.test(value)) rule.retryAfter = Number(value);
    else if (key === "message" && value) rule.message = value;
    else throw new FaultSpecError(`fault rule "${text}": unknown option "${opt}"`);
  }
  return rule;
}

export function parseFaultSpec(spec: string): FaultRule[] {
  return spec
    .split(/[,;]/)
    .map((s) => s.replace(/\s+/g, ""))
    .filter((s) => s !== "")
    .map(parseRule);
}

/** Accepts the JSON form of a rule (from `POST /_emulator/faults`), checking its fields. */
export function ruleFromJson(v: unknown): FaultRule {
  if (v === null || typeof v !== "object") throw new FaultSpecError("fault rule must be an object");
  const o = v as Record<string, unknown>;
  const allowed = ["target", "status", "latencyMs", "dropAfter", "dropAnswer", "count", "fraction", "retryAfter", "message"];
  for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new FaultSpecError(`unknown fault rule field "${k}"`);
  if (typeof o.target !== "string" || !o.target) throw new FaultSpecError("fault rule needs a target");
  const num = (k: string): number | undefined => {
    if (o[k] === undefined) return undefined;
    if (typeof o[k] !== "number") throw new FaultSpecError(`fault rule field "${k}" must be a number`);
    return o[k] as number;
  };
  const rule: FaultRule = { target: o.target };
  for (const k of ["status", "latencyMs", "dropAfter", "count", "fraction", "retryAfter"] as const) {
    const n = num(k);
    if (n !== undefined) rule[k] = n;
  }
  if (typeof o.message === "string") rule.message = o.message;
  if (o.dropAnswer !== undefined) {
    if (typeof o.dropAnswer !== "boolean") throw new FaultSpecError('fault rule field "dropAnswer" must be true or false');
    if (o.dropAnswer) rule.dropAnswer = true;
  }
  if (rule.status === undefined && rule.latencyMs === undefined && rule.dropAfter === undefined && !rule.dropAnswer) {
    throw new FaultSpecError("fault rule needs one of status, latencyMs, dropAfter, dropAnswer");
  }
  return rule;
}

const DEFAULT_MESSAGES: Record<number, string> = {
  429: "TooManyRequests",
  500: "Internal server error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export class FaultSet {
  private rules: FaultRule[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(rules: FaultRule[]): void {
    this.rules.push(...rules);
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  private matches(rule: FaultRule, kind: CallKind, names: readonly string[]): boolean {
    if (rule.target === "*") return true;
    if (rule.target === "rpc" || rule.target === "download" || rule.target === "upload") return rule.target === kind;
    return names.includes(rule.target);
  }

  /**
   * Decide the faults for one call. Matching rules with a count are consumed. Latencies add up;
   * the first status rule wins; `dropAfter` only applies to downloads and uploads, `dropAnswer`
   * only to RPCs.
   */
  decide(kind: CallKind, names: readonly string[]): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0 };
    const spent: FaultRule[] = [];
    for (const rule of this.rules) {
      if (!this.matches(rule, kind, names)) continue;
      if (rule.dropAfter !== undefined && kind === "rpc") continue;
      if (rule.dropAnswer && kind !== "rpc") continue;
      if (rule.dropAnswer && (decision.dropAnswer || decision.status)) continue;
      if (rule.status !== undefined && decision.status) continue;
      if (rule.dropAfter !== undefined && decision.dropAfter !== undefined) continue;
      if (rule.fraction !== undefined && this.random() >= rule.fraction) continue;
      if (rule.latencyMs !== undefined) decision.latencyMs += rule.latencyMs;
      if (rule.status !== undefined) {
        const headers: Record<string, string> = {};
        if (rule.retryAfter !== undefined) headers["Retry-After"] = String(rule.retryAfter);
        decision.status = {
          status: rule.status,
          message: rule.message ?? DEFAULT_MESSAGES[rule.status] ?? `Injected fault ${rule.status}`,
          headers,
        };
      }
      if (rule.dropAfter !== undefined) decision.dropAfter = rule.dropAfter;
      if (rule.dropAnswer) decision.dropAnswer = true;
      if (rule.count !== undefined) {
        rule.count--;
        if (rule.count <= 0) spent.push(rule);
      }
    }
    if (spent.length) this.rules = this.rules.filter((r) => !spent.includes(r));
    return decision;
  }
}
