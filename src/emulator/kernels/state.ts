/**
 * The kernels domain: its state slice, its scenario sections (`kernels`, `kernelSettings`),
 * and the queries the RPC handlers and the runner share.
 *
 * Scenario format (every key but `owner` and `slug` optional):
 *
 *     kernelSettings: { queueDelayMs: 300, simulatedRunMs: 1500, defaultTimeoutSeconds: 43200,
 *                       maxGpuSessions: 2, python: auto | off,
 *                       gpuQuotaHours: 30, tpuQuotaHours: 20,       # weekly, per user
 *                       quotaUsedHours: { alice: { gpu: 29.5 } } }  # used before the scenario starts
 *     kernels:
 *       - owner: alice
 *         slug: spaceship-baseline
 *         title: Spaceship Baseline
 *         language: python            # python | r | rmarkdown
 *         kernelType: script          # script | notebook
 *         private: false
 *         gpu: false
 *         tpu: false
 *         internet: true
 *         competitionSources: [spaceship-survival]
 *         datasetSources: [], kernelSources: [], modelSources: [], keywords: []
 *         votes: 12, views: 340, comments: 3, score: 0.79, parent: bob/other-kernel
 *         machineShape: NvidiaTeslaT4, dockerImage: gcr.io/kaggle-images/python
 *         simulate: { status: complete | error, failureMessage: "...", durationMs: 1000,
 *                     outputs: [{ name, content | size | path }], log: "text" }
 *         versions:                   # default: one complete version of `source`
 *           - source: "print(1)"
 *             date: 2026-01-02T03:04:05Z
 *             status: complete        # queued | running | complete | error | cancelAcknowledged
 *             failureMessage: "..."
 *             log: [{ stream: stdout, time: 1.5, data: "hi\n" }]   # or a plain string (stdout)
 *             outputs: [{ name: submission.csv, content: "..." }]
 *
 * `simulate` decides the outcome of pushes not run for real (other languages, no python3). Output
 * `name`s are taken as given, even `../escape.txt`: scenarios test clients against hostile servers.
 */
import { FINAL_KERNEL_STATUSES, KernelWorkerStatuses, type KernelWorkerStatus } from "../../core/types/kernels";
import { Fields, type DomainDefinition, type LoadContext, type ScenarioDocument, loadEach } from "../scenario";
import { findUser, type CoreState, type User } from "../state";
import { isoTime } from "../wire";

export interface KernelLogEntry {
  stream_name: "stdout" | "stderr";
  time: number;
  data: string;
}

export interface KernelOutputRecord {
  fileName: string;
  /** Absolute path on disk. */
  path: string;
  size: number;
  lastModified: string;
}

export interface SimulatedOutcome {
  status: "COMPLETE" | "ERROR";
  failureMessage?: string;
  durationMs?: number;
  outputs?: KernelOutputRecord[];
  log?: KernelLogEntry[];
}

export interface KernelSessionRecord {
  id: number;
  status: KernelWorkerStatus;
  failureMessage?: string;
  /** `python`: a real run; `simulated`: the outcome comes from the scenario; `seeded`: loaded as is. */
  mode: "python" | "simulated" | "seeded";
  gpu: boolean;
  tpu?: boolean;
  timeoutSeconds: number;
  queuedAt: string;
  startedAt?: string;
  finishedAt?: string;
  outputs: KernelOutputRecord[];
  log: KernelLogEntry[];
  simulate?: SimulatedOutcome;
  cancelRequested?: boolean;
}

export interface KernelVersionRecord {
  number: number;
  title: string;
  source: string;
  language: string;
  kernelType: string;
  isPrivate: boolean;
  enableGpu: boolean;
  enableTpu: boolean;
  enableInternet: boolean;
  datasetSources: string[];
  competitionSources: string[];
  kernelSources: string[];
  modelSources: string[];
  categoryIds: string[];
  dockerImage?: string;
  dockerImagePinningType?: string;
  machineShape?: string;
  sessionTimeoutSeconds?: number;
  createdAt: string;
  session: KernelSessionRecord;
}

export interface KernelRecord {
  id: number;
  owner: string;
  slug: string;
  totalVotes: number;
  viewCount: number;
  commentCount: number;
  bestScore?: number;
  parent?: string;
  createdAt: string;
  simulate?: SimulatedOutcome;
  versions: KernelVersionRecord[];
}

export interface KernelsState {
  queueDelayMs: number;
  simulatedRunMs: number;
  defaultTimeoutSeconds: number;
  maxGpuSessions: number;
  python: "auto" | "off";
  gpuQuotaHours: number;
  tpuQuotaHours: number;
  /** Hours of this week's quota each user (lower-cased) had used before the scenario started. */
  quotaUsedHours: Record<string, { gpu?: number; tpu?: number }>;
  kernels: KernelRecord[];
}

declare module "../state" {
  interface StateSlices {
    kernels: KernelsState;
  }
}

export const LANGUAGES = ["python", "r", "rmarkdown", "sqlite", "julia"];
export const KERNEL_TYPES = ["script", "notebook"];

export function isFinal(status: KernelWorkerStatus): boolean {
  return FINAL_KERNEL_STATUSES.includes(status);
}

export function latest(k: KernelRecord): KernelVersionRecord {
  return k.versions[k.versions.length - 1]!;
}

export function findKernel(state: { kernels: KernelsState }, owner: string, slug: string): KernelRecord | undefined {
  const o = owner.toLowerCase();
  const s = slug.toLowerCase();
  return state.kernels.kernels.find((k) => k.owner.toLowerCase() === o && k.slug === s);
}

export function canSee(k: KernelRecord, user: User | undefined): boolean {
  return !latest(k).isPrivate || (user !== undefined && user.username.toLowerCase() === k.owner.toLowerCase());
}

/** Sessions of `user` that hold a GPU now (queued or running). */
export function activeGpuSessions(st: KernelsState, username: string): number {
  const u = username.toLowerCase();
  let n = 0;
  for (const k of st.kernels) {
    if (k.owner.toLowerCase() !== u) continue;
    for (const v of k.versions) if (v.session.gpu && !isFinal(v.session.status)) n++;
  }
  return n;
}

/** `competitions/titanic`, `c/titanic`, a URL or `titanic` → `titanic`. */
export function competitionSlugOf(text: string): string {
  const t = text.trim().replace(/\/+$/, "");
  const m = /(?:^|\/)(?:competitions|c)\/([^/?#]+)$/.exec(t);
  return (m ? m[1]! : t).toLowerCase();
}

// ---------------------------------------------------------------- scenario

const STATUS_WORDS: Record<string, KernelWorkerStatus> = Object.fromEntries(
  KernelWorkerStatuses.flatMap((s) => [
    [s, s],
    [s.toLowerCase(), s],
    [s.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), s],
  ]),
);

function statusOf(f: Fields, key: string, def: KernelWorkerStatus): KernelWorkerStatus {
  const word = f.optStr(key);
  if (word === undefined) return def;
  const s = STATUS_WORDS[word];
  if (!s) f.fail(key, `unknown status '${word}' (${KernelWorkerStatuses.join(", ")})`);
  return s;
}

async function loadOutputs(f: Fields, key: string, ctx: LoadContext, dest: string[]): Promise<KernelOutputRecord[]> {
  const out: KernelOutputRecord[] = [];
  for (const [i, raw] of f.list(key).entries()) {
    const of = Fields.of(raw, `${f.where}.${key}[${i}]`, ["name", "path", "content", "size"]);
    const name = of.str("name");
    const { path, size } = await ctx.materialize(of.file(), [...dest, String(i)], of.where);
    out.push({ fileName: name, path, size, lastModified: isoTime(ctx.now()) });
  }
  return out;
}

function loadLog(f: Fields, key: string): KernelLogEntry[] {
  const v = f.obj[key];
  if (v === undefined || v === null) return [];
  if (typeof v === "string") return [{ stream_name: "stdout", time: 0.5, data: v }];
  return f.list(key).map((raw, i) => {
    const lf = Fields.of(raw, `${f.where}.${key}[${i}]`, ["stream", "time", "data"]);
    const stream = lf.optStr("stream") ?? "stdout";
    if (stream !== "stdout" && stream !== "stderr") lf.fail("stream", "stdout or stderr");
    return { stream_name: stream as "stdout" | "stderr", time: lf.num("time") ?? i, data: lf.str("data") };
  });
}

async function loadSimulate(f: Fields, ctx: LoadContext, dest: string[]): Promise<SimulatedOutcome | undefined> {
  if (!f.has("simulate")) return undefined;
  const sf = Fields.of(f.obj.simulate, `${f.where}.simulate`, ["status", "failureMessage", "durationMs", "outputs", "log"]);
  const status = statusOf(sf, "status", "COMPLETE");
  if (status !== "COMPLETE" && status !== "ERROR") sf.fail("status", "complete or error");
  const out: SimulatedOutcome = {
    status: status as "COMPLETE" | "ERROR",
    outputs: await loadOutputs(sf, "outputs", ctx, dest),
    log: loadLog(sf, "log"),
  };
  const fm = sf.optStr("failureMessage");
  if (fm !== undefined) out.failureMessage = fm;
  const d = sf.optInt("durationMs");
  if (d !== undefined) out.durationMs = d;
  return out;
}

const KERNEL_KEYS = [
  "id",
  "owner",
  "slug",
  "title",
  "language",
  "kernelType",
  "private",
  "gpu",
  "tpu",
  "internet",
  "competitionSources",
  "datasetSources",
  "kernelSources",
  "modelSources",
  "keywords",
  "votes",
  "views",
  "comments",
  "score",
  "parent",
  "machineShape",
  "dockerImage",
  "created",
  "source",
  "simulate",
  "versions",
];

async function loadKernel(raw: unknown, i: number, ctx: LoadContext, st: KernelsState, core: CoreState): Promise<void> {
  const where = `kernels[${i}]`;
  const f = Fields.of(raw, where, KERNEL_KEYS);
  const ownerName = f.str("owner");
  const owner = findUser(core, ownerName)?.username ?? ownerName;
  const slug = f.str("slug");
  if (!/^[a-z0-9][a-z0-9-]{4,}$/.test(slug)) f.fail("slug", "at least five lower-case letters, digits or '-'");
  if (st.kernels.some((k) => k.owner.toLowerCase() === owner.toLowerCase() && k.slug === slug)) f.fail("slug", `duplicate kernel '${owner}/${slug}'`);
  const language = f.optStr("language") ?? "python";
  if (!LANGUAGES.includes(language)) f.fail("language", LANGUAGES.join(", "));
  const kernelType = f.optStr("kernelType") ?? "script";
  if (!KERNEL_TYPES.includes(kernelType)) f.fail("kernelType", "script or notebook");
  const now = ctx.now();
  const created = f.time("created", isoTime(now - 30 * 86400_000));
  const id = f.int("id", ctx.nextId("kernel", 10000000));
  const k: KernelRecord = {
    id,
    owner,
    slug,
    totalVotes: f.int("votes", 0),
    viewCount: f.int("views", 0),
    commentCount: f.int("comments", 0),
    createdAt: created,
    versions: [],
  };
  const score = f.num("score");
  if (score !== undefined) k.bestScore = score;
  const parent = f.optStr("parent");
  if (parent !== undefined) k.parent = parent;
  const sim = await loadSimulate(f, ctx, ["kernels", owner, slug, "simulate"]);
  if (sim) k.simulate = sim;
  const base = {
    title: f.optStr("title") ?? slug,
    language,
    kernelType,
    isPrivate: f.bool("private", false),
    enableGpu: f.bool("gpu", false),
    enableTpu: f.bool("tpu", false),
    enableInternet: f.bool("internet", true),
    datasetSources: f.strList("datasetSources"),
    competitionSources: f.strList("competitionSources"),
    kernelSources: f.strList("kernelSources"),
    modelSources: f.strList("modelSources"),
    categoryIds: f.strList("keywords"),
    ...(f.optStr("machineShape") ? { machineShape: f.str("machineShape") } : {}),
    ...(f.optStr("dockerImage") ? { dockerImage: f.str("dockerImage") } : {}),
  };
  const defaultSource = f.has("source") ? String(f.obj.source) : kernelType === "notebook" ? EMPTY_NOTEBOOK : `print("hello from ${slug}")\n`;
  const versions = f.has("versions") ? f.list("versions") : [{}];
  for (const [j, vr] of versions.entries()) {
    const vf = Fields.of(vr, `${where}.versions[${j}]`, ["source", "date", "status", "failureMessage", "log", "outputs", "title"]);
    const date = vf.time("date", isoTime(Date.parse(created) + j * 3600_000));
    const status = statusOf(vf, "status", "COMPLETE");
    const session: KernelSessionRecord = {
      id: ctx.nextId("kernelSession", 50000000),
      status,
      mode: "seeded",
      gpu: base.enableGpu,
      timeoutSeconds: 43200,
      queuedAt: date,
      ...(status !== "QUEUED" ? { startedAt: date } : {}),
      ...(isFinal(status) ? { finishedAt: isoTime(Date.parse(date) + 60_000) } : {}),
      outputs: await loadOutputs(vf, "outputs", ctx, ["kernels", owner, slug, String(j + 1)]),
      log: loadLog(vf, "log"),
    };
    const fm = vf.optStr("failureMessage");
    if (fm !== undefined) session.failureMessage = fm;
    k.versions.push({
      ...base,
      title: vf.optStr("title") ?? base.title,
      number: j + 1,
      source: vf.has("source") ? String(vf.obj.source) : defaultSource,
      createdAt: date,
      session,
    });
  }
  if (k.versions.length === 0) f.fail("versions", "must list at least one version");
  st.kernels.push(k);
}

function loadQuotaUsed(settings: Fields): KernelsState["quotaUsedHours"] {
  const out: KernelsState["quotaUsedHours"] = {};
  const raw = settings.obj.quotaUsedHours;
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== "object" || Array.isArray(raw)) settings.fail("quotaUsedHours", "a map of user name to { gpu, tpu } hours");
  for (const [user, hours] of Object.entries(raw as Record<string, unknown>)) {
    const hf = Fields.of(hours, `kernelSettings.quotaUsedHours.${user}`, ["gpu", "tpu"]);
    out[user.toLowerCase()] = { gpu: hf.num("gpu") ?? 0, tpu: hf.num("tpu") ?? 0 };
  }
  return out;
}

export const EMPTY_NOTEBOOK =
  '{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "print(\\"hello\\")"}], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 4}';

/** The domain without its `start` hook (added by kernels/service.ts, which owns the runner). */
export const kernelsDomainBase: DomainDefinition = {
  name: "kernels",
  sections: ["kernels", "kernelSettings"],
  async load(doc: ScenarioDocument, ctx: LoadContext): Promise<KernelsState> {
    const top = new Fields(doc, "scenario");
    const settings = Fields.of(doc.kernelSettings ?? {}, "kernelSettings", [
      "queueDelayMs",
      "simulatedRunMs",
      "defaultTimeoutSeconds",
      "maxGpuSessions",
      "python",
      "gpuQuotaHours",
      "tpuQuotaHours",
      "quotaUsedHours",
    ]);
    const python = settings.optStr("python") ?? "auto";
    if (python !== "auto" && python !== "off") settings.fail("python", "auto or off");
    const st: KernelsState = {
      queueDelayMs: settings.int("queueDelayMs", 300),
      simulatedRunMs: settings.int("simulatedRunMs", 1500),
      defaultTimeoutSeconds: settings.int("defaultTimeoutSeconds", 43200),
      maxGpuSessions: settings.int("maxGpuSessions", 2),
      python: python as "auto" | "off",
      gpuQuotaHours: settings.num("gpuQuotaHours") ?? 30,
      tpuQuotaHours: settings.num("tpuQuotaHours") ?? 20,
      quotaUsedHours: loadQuotaUsed(settings),
      kernels: [],
    };
    await loadEach("kernels", top.list("kernels"), (raw, i) => loadKernel(raw, i, ctx, st, ctx.state));
    return st;
  },
};
