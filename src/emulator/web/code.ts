/**
 * `/code/<owner>/<slug>[?version=N]`: a kernel's versions, one version's status, log, output
 * files and the executed notebook. A version still queued or running is live: its log
 * follows the session as it is written (`/code/<owner>/<slug>/events`).
 */
import { open } from "node:fs/promises";
import { canSee, findKernel, isFinal, type KernelOutputRecord, type KernelRecord, type KernelVersionRecord } from "../kernels/state";
import { formatSize, formatTime, paths, type WebContext } from "./context";
import { html, type Html } from "./html";
import { badge, facts, notFound, page, table, type Tone } from "./layout";
import { renderNotebook } from "./notebook";

/** Notebooks larger than this are not rendered (they are still listed as output files). */
const NOTEBOOK_LIMIT = 8 << 20;

const TONES: Record<string, Tone> = {
  COMPLETE: "ok",
  ERROR: "bad",
  CANCEL_ACKNOWLEDGED: "bad",
  QUEUED: "wait",
  RUNNING: "wait",
  CANCEL_REQUESTED: "wait",
};

export function kernelStatusBadge(v: KernelVersionRecord, id?: string): Html {
  return badge(v.session.status, TONES[v.session.status] ?? "", id);
}

/** The output file `?file=` of version `?version=` (else the latest) of a kernel the viewer may see. */
export function outputFile(ctx: WebContext, owner: string, slug: string): KernelOutputRecord | undefined {
  const k = visibleKernel(ctx, owner, slug);
  const v = k && chosenVersion(k, ctx.url.searchParams.get("version"));
  const name = ctx.url.searchParams.get("file");
  return v?.session.outputs.find((o) => o.fileName === name);
}

/** The version `asked` names (`?version=N` or `/versions/N`), or the latest. */
export function chosenVersion(k: KernelRecord, asked: string | null): KernelVersionRecord | undefined {
  if (asked === null) return k.versions.at(-1);
  return k.versions.find((v) => String(v.number) === asked);
}

export function visibleKernel(ctx: WebContext, owner: string, slug: string): KernelRecord | undefined {
  const k = ctx.state.kernels ? findKernel(ctx.state, owner, slug) : undefined;
  return k && canSee(k, ctx.viewer) ? k : undefined;
}

async function readSmall(path: string, limit: number): Promise<string | undefined> {
  const fh = await open(path, "r").catch(() => undefined);
  if (!fh) return undefined;
  try {
    const { size } = await fh.stat();
    if (size > limit) return undefined;
    return await fh.readFile("utf8");
  } finally {
    await fh.close();
  }
}

/** The executed notebook (an `.ipynb` output), else the pushed notebook source, rendered. */
async function notebookSection(v: KernelVersionRecord): Promise<Html> {
  const out: KernelOutputRecord | undefined =
    v.session.outputs.find((o) => o.fileName === "__notebook__.ipynb") ?? v.session.outputs.find((o) => o.fileName.endsWith(".ipynb"));
  if (out) {
    const json = await readSmall(out.path, NOTEBOOK_LIMIT);
    if (json !== undefined)
      return html`<h2>Notebook (executed: ${out.fileName})</h2>
        ${renderNotebook(json)}`;
  }
  if (v.kernelType === "notebook")
    return html`<h2>Notebook (as pushed, not executed)</h2>
      ${renderNotebook(v.source)}`;
  return html`<h2>Source</h2>
    <pre>${v.source}</pre>`;
}

function logSection(v: KernelVersionRecord): Html {
  const entries = v.session.log.map((e) => html`<span class="${e.stream_name === "stderr" ? "stderr" : "stdout"}">${e.data}</span>`);
  const note = v.session.log.length === 0 ? (isFinal(v.session.status) ? "No log." : "Waiting for the session to write its log…") : "";
  return html`<h2>Log</h2>
    <pre class="log" id="log">${entries}</pre>
    ${note ? html`<p class="muted" id="log-note">${note}</p>` : ""}`;
}

function versionsTable(ctx: WebContext, k: KernelRecord, shown: KernelVersionRecord): Html {
  const base = paths.code(k.owner, k.slug);
  const rows = [...k.versions].reverse().map((v) => ({
    mine: v === shown,
    cells: [
      html`<a href="${ctx.link(base, { version: v.number })}">Version ${v.number}</a>`,
      v.title,
      kernelStatusBadge(v),
      formatTime(v.createdAt),
      v.session.mode,
    ],
  }));
  return table(["Version", "Title", "Status", "Pushed", "Run"], rows, "No versions.", "versions");
}

/** `version`: from the path (`/code/<owner>/<slug>/versions/<N>`, as kagglehub links), else `?version=`. */
export async function codePage(ctx: WebContext, owner: string, slug: string, version = ctx.url.searchParams.get("version")): Promise<Html> {
  const k = visibleKernel(ctx, owner, slug);
  if (!k) return notFound(ctx, `No notebook '${owner}/${slug}' that ${ctx.viewer?.username ?? "anyone"} can see.`);
  const v = chosenVersion(k, version);
  if (!v) return notFound(ctx, `Notebook '${k.owner}/${k.slug}' has no version ${version ?? ""}.`);
  const s = v.session;
  const outputs = s.outputs.map((o) => ({
    cells: [
      html`<a href="${ctx.link(`${paths.code(k.owner, k.slug)}/output`, { version: v.number, file: o.fileName })}">${o.fileName}</a>`,
      formatSize(o.size),
      formatTime(o.lastModified),
    ],
  }));
  const sources = [...v.competitionSources, ...v.datasetSources, ...v.kernelSources, ...v.modelSources];
  const body = html`<h1>${v.title}</h1>
    <p class="sub">
      by <a href="${ctx.link(paths.profile(k.owner))}">${k.owner}</a> · ${v.language} ${v.kernelType} · ${v.isPrivate ? "private" : "public"} ·
      version ${v.number} ${kernelStatusBadge(v, "status")}
    </p>
    ${s.failureMessage ? html`<p id="failure">${badge("failed", "bad")} ${s.failureMessage}</p>` : ""}
    ${facts([
      ["Queued", formatTime(s.queuedAt)],
      ["Started", formatTime(s.startedAt)],
      ["Finished", formatTime(s.finishedAt)],
      ["Accelerator", v.enableGpu ? "GPU" : v.enableTpu ? "TPU" : "none"],
      ["Internet", v.enableInternet ? "on" : "off"],
      ["Inputs", sources.join(", ")],
    ])}
    ${logSection(v)}
    <h2>Output files</h2>
    ${table(["File", { text: "Size", num: true }, "Written"], outputs, isFinal(s.status) ? "This version wrote no output files." : "Output files appear when the session ends.", "outputs")}
    ${await notebookSection(v)}
    <h2>Versions</h2>
    ${versionsTable(ctx, k, v)}`;
  const live = isFinal(s.status) ? undefined : ctx.link(`${paths.code(k.owner, k.slug)}/events`, { version: v.number, from: s.log.length });
  return page(ctx, { title: `${v.title} (${k.owner}/${k.slug})`, body, live });
}
