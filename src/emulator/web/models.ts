/**
 * `/models/<owner>/<slug>` (kagglehub's `/models/<owner>/<model>/<framework>/<instance>[/<version>]`
 * is routed here too): the model, if the viewer may read it, one section per instance (framework
 * word, slug, licence) with its versions (notes, ready or processing, creator, files, size) and the
 * files of its latest live version. `modelsSection` lists the models on the index and profiles.
 */
import { frameworkWord } from "../../core/types/models";
import {
  canReadModel,
  latestModelVersion,
  liveModelVersions,
  modelVersionReady,
  versionBytes,
  type ModelInstanceRecord,
  type ModelRecord,
  type ModelVersionRecord,
} from "../models/state";
import { formatSize, formatTime, paths, sameUser, type WebContext } from "./context";
import { html, type Html } from "./html";
import { badge, facts, notFound, page, table, type Tone } from "./layout";

export function findModelRecord(ctx: WebContext, owner: string, slug: string): ModelRecord | undefined {
  const o = owner.toLowerCase();
  const s = slug.toLowerCase();
  return ctx.state.models?.models.find((m) => m.owner.toLowerCase() === o && m.slug.toLowerCase() === s);
}

/** `Ready` or `Processing`, with its tone. */
export function modelVersionStatus(v: ModelVersionRecord, now: number): { text: string; tone: Tone } {
  return modelVersionReady(v, now) ? { text: "Ready", tone: "ok" } : { text: "Processing", tone: "wait" };
}

/** `pytorch/default`: how the CLI and kagglehub name an instance within its model. */
const instanceName = (i: ModelInstanceRecord): string => `${frameworkWord(i.framework)}/${i.slug}`;

function versionsTable(ctx: WebContext, inst: ModelInstanceRecord, id: string): Html {
  const rows = [...liveModelVersions(inst)].reverse().map((v) => {
    const st = modelVersionStatus(v, ctx.now());
    return {
      cells: [
        `Version ${v.number}`,
        html`<span class="desc">${v.notes}</span>`,
        badge(st.text, st.tone),
        formatTime(v.creationDate),
        v.creator,
        String(v.files.length),
        formatSize(versionBytes(v)),
      ],
    };
  });
  return table(["Version", "Notes", "Status", "Created", "By", { text: "Files", num: true }, { text: "Size", num: true }], rows, "No versions.", id);
}

function instanceSection(ctx: WebContext, inst: ModelInstanceRecord, n: number): Html {
  const latest = latestModelVersion(inst);
  const files = (latest?.files ?? []).map((f) => ({ cells: [f.name, formatSize(f.size)] }));
  return html`<section class="instance" id="instance-${n}">
    <h2>${instanceName(inst)}</h2>
    ${facts([
      ["Framework", frameworkWord(inst.framework)],
      ["Variation", inst.slug],
      ["Licence", inst.licenseName],
      ["Fine-tunable", inst.fineTunable ? "yes" : "no"],
      ["Training data", inst.trainingData.join(", ")],
    ])}
    <div class="desc">${inst.overview}</div>
    <h3>Versions</h3>
    ${versionsTable(ctx, inst, `versions-${n}`)}
    <h3>Files${latest ? ` of version ${latest.number}` : ""}</h3>
    ${table(["File", { text: "Size", num: true }], files, "No live version.", `files-${n}`)}
  </section>`;
}

export function modelPage(ctx: WebContext, owner: string, slug: string): Html {
  const m = findModelRecord(ctx, owner, slug);
  if (!m || !canReadModel(m, ctx.viewer)) return notFound(ctx, `No model '${owner}/${slug}' that ${ctx.viewer?.username ?? "anyone"} can see.`);
  const body = html`<h1>${m.title}</h1>
    <p class="sub">${m.subtitle}</p>
    <p>by <a href="${ctx.link(paths.profile(m.owner))}">${m.owner}</a> · ${m.isPrivate ? badge("private") : badge("public")}</p>
    ${facts([
      ["Created", formatTime(m.createdAt)],
      ["Updated", formatTime(m.updatedAt)],
      ["Published", formatTime(m.publishTime)],
      ["Downloads", String(m.downloadCount)],
      ["Votes", String(m.voteCount)],
      ["Notebooks", String(m.notebookCount)],
    ])}
    <div class="desc">${m.description}</div>
    ${m.instances.length === 0 ? html`<p class="muted" id="instances">This model has no instances yet.</p>` : m.instances.map((inst, i) => instanceSection(ctx, inst, i + 1))}`;
  return page(ctx, { title: `${m.title} (${m.owner}/${m.slug})`, body });
}

export function modelsSection(ctx: WebContext, f: { owner?: string }): Html {
  const all = (ctx.state.models?.models ?? []).filter((m) => !f.owner || sameUser(m.owner, f.owner));
  const seen = all.filter((m) => canReadModel(m, ctx.viewer));
  const rows = seen.map((m) => ({
    cells: [
      html`<a href="${ctx.link(paths.model(m.owner, m.slug))}">${m.title}</a>`,
      `${m.owner}/${m.slug}`,
      m.instances.map(instanceName).join(", "),
      m.isPrivate ? "private" : "public",
    ],
  }));
  const hidden = all.length - seen.length;
  return html`<h2>Models</h2>
    ${table(["Model", "Ref", "Instances", ""], rows, "No models.", "models")}${hidden ? html`<p class="muted">${hidden} private model(s) hidden from ${ctx.viewer?.username ?? "anonymous"}.</p>` : ""}`;
}
