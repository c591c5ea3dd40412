/** `/datasets/<owner>/<slug>[/versions/<N>]`: versions with their notes and status, and the files of one. */
import { canRead, currentVersion, totalBytes, versionStatus, type DatasetRecord, type DatasetVersionRecord } from "../datasets/state";
import { formatSize, formatTime, paths, type WebContext } from "./context";
import { html, type Html } from "./html";
import { badge, facts, notFound, page, table, type Tone } from "./layout";

export function findDataset(ctx: WebContext, owner: string, slug: string): DatasetRecord | undefined {
  const o = owner.toLowerCase();
  const s = slug.toLowerCase();
  return ctx.state.datasets?.datasets.find((d) => d.owner.toLowerCase() === o && d.slug.toLowerCase() === s);
}

/** `Ready`, `Processing (BLOBS_RECEIVED)`, `Failed: …` or `Deleted`, with its tone. */
export function datasetVersionStatus(v: DatasetVersionRecord, now: number): { text: string; tone: Tone } {
  if (v.deleted) return { text: "Deleted", tone: "" };
  const st = versionStatus(v, now);
  if (st === "READY") return { text: "Ready", tone: "ok" };
  if (st === "FAILED") return { text: `Failed: ${v.failed ?? ""}`, tone: "bad" };
  return { text: `Processing (${st})`, tone: "wait" };
}

/** Changes when the current version or its status does (the live page reloads then). */
export function datasetFingerprint(ctx: WebContext, ds: DatasetRecord): string {
  const v = currentVersion(ds);
  return v ? `${v.number}:${datasetVersionStatus(v, ctx.now()).text}` : "none";
}

function versionsTable(ctx: WebContext, ds: DatasetRecord, shown: DatasetVersionRecord | undefined): Html {
  const base = paths.dataset(ds.owner, ds.slug);
  const rows = [...ds.versions].reverse().map((v) => {
    const st = datasetVersionStatus(v, ctx.now());
    return {
      mine: v === shown,
      cells: [
        html`<a href="${ctx.link(`${base}/versions/${v.number}`)}">Version ${v.number}</a>`,
        html`<span class="desc">${v.notes}</span>`,
        badge(st.text, st.tone),
        formatTime(v.creationDate),
        v.creator,
        String(v.files.length),
        formatSize(totalBytes(v)),
      ],
    };
  });
  return table(
    ["Version", "Notes", "Status", "Created", "By", { text: "Files", num: true }, { text: "Size", num: true }],
    rows,
    "No versions.",
    "versions",
  );
}

function filesTable(v: DatasetVersionRecord | undefined): Html {
  const rows = (v?.files ?? []).map((f) => ({
    cells: [f.name, formatSize(f.size), f.description ?? "", (f.columns ?? []).map((c) => c.name ?? "").join(", ")],
  }));
  return table(["File", { text: "Size", num: true }, "Description", "Columns"], rows, "This version has no files.", "files");
}

export function datasetPage(ctx: WebContext, owner: string, slug: string, version?: number): Html {
  const ds = findDataset(ctx, owner, slug);
  if (!ds || !canRead(ds, ctx.viewer)) return notFound(ctx, `No dataset '${owner}/${slug}' that ${ctx.viewer?.username ?? "anyone"} can see.`);
  const shown = version === undefined ? currentVersion(ds) : ds.versions.find((v) => v.number === version);
  if (version !== undefined && !shown) return notFound(ctx, `Dataset '${ds.owner}/${ds.slug}' has no version ${version}.`);
  const st = shown ? datasetVersionStatus(shown, ctx.now()) : { text: "No version", tone: "" as Tone };
  const body = html`<h1>${ds.title}</h1>
    <p class="sub">${ds.subtitle}</p>
    <p>
      by <a href="${ctx.link(paths.profile(ds.owner))}">${ds.owner}</a> · ${ds.isPrivate ? badge("private") : badge("public")} ·
      ${badge(st.text, st.tone, "status")}
    </p>
    ${facts([
      ["Licence", ds.licenseName],
      ["Keywords", ds.keywords.join(", ")],
      ["Collaborators", ds.collaborators.map((c) => `${c.username} (${c.role.toLowerCase()})`).join(", ")],
      ["Created", formatTime(ds.createdAt)],
      ["Updated", formatTime(ds.updatedAt)],
      ["Downloads", String(ds.downloadCount)],
      ["Votes", String(ds.voteCount)],
      ["Usability", ds.usabilityRating.toFixed(2)],
    ])}
    <div class="desc">${ds.description}</div>
    <h2>Versions</h2>
    ${versionsTable(ctx, ds, shown)}
    <h2>Files${shown ? ` of version ${shown.number}` : ""}</h2>
    ${filesTable(shown)}`;
  const processing = shown !== undefined && st.tone === "wait";
  const live = processing ? ctx.link(`${paths.dataset(ds.owner, ds.slug)}/events`, { seen: datasetFingerprint(ctx, ds) }) : undefined;
  return page(ctx, { title: `${ds.title} (${ds.owner}/${ds.slug})`, body, live });
}
