/**
 * An executed notebook rendered from its .ipynb JSON: markdown and raw cells as text, code
 * cells with their outputs (streams, text/plain results, PNG/JPEG images, errors). Nothing in
 * a notebook is trusted: HTML outputs are shown as their source text, never as markup.
 */
import { html, type Html } from "./html";

type Json = Record<string, unknown>;

// eslint-disable-next-line no-control-regex -- terminal colour codes in tracebacks
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === "string").join("");
  return "";
}

const IMAGE = /^[A-Za-z0-9+/=\s]+$/;

function image(data: Json, type: "image/png" | "image/jpeg"): Html | undefined {
  const b64 = text(data[type]).replace(/\s+/g, "");
  if (!b64 || !IMAGE.test(b64)) return undefined;
  return html`<img alt="cell output" src="data:${type};base64,${b64}" />`;
}

function output(o: Json): Html {
  const kind = o.output_type;
  if (kind === "stream") return html`<pre class="out${o.name === "stderr" ? " stderr" : ""}">${text(o.text)}</pre>`;
  if (kind === "error") {
    const tb = text(Array.isArray(o.traceback) ? (o.traceback as unknown[]).map((l) => `${String(l)}\n`) : "");
    return html`<pre class="out stderr">${(tb || `${String(o.ename)}: ${String(o.evalue)}`).replace(ANSI, "")}</pre>`;
  }
  const data = (o.data && typeof o.data === "object" ? o.data : {}) as Json;
  const img = image(data, "image/png") ?? image(data, "image/jpeg");
  if (img) return img;
  const plain = text(data["text/plain"]) || text(data["text/html"]) || text(data["text/markdown"]);
  return plain ? html`<pre class="out">${plain}</pre>` : html``;
}

function cell(c: Json, i: number): Html {
  const source = text(c.source);
  if (c.cell_type === "code") {
    const outs = Array.isArray(c.outputs) ? (c.outputs as Json[]).filter((o) => o && typeof o === "object") : [];
    const count = typeof c.execution_count === "number" ? `[${c.execution_count}]` : "[ ]";
    return html`<div class="cell code" id="cell-${i}">
      <div class="muted">In ${count}</div>
      <pre>${source}</pre>
      ${outs.map(output)}
    </div>`;
  }
  return html`<div class="cell ${c.cell_type === "markdown" ? "markdown" : "raw"}" id="cell-${i}"><div class="desc">${source}</div></div>`;
}

/** The notebook's cells, or a one-line note when `json` is not a notebook. */
export function renderNotebook(json: string): Html {
  let nb: unknown;
  try {
    nb = JSON.parse(json);
  } catch {
    return html`<p class="muted">The notebook is not valid JSON.</p>`;
  }
  const cells = nb && typeof nb === "object" ? (nb as Json).cells : undefined;
  if (!Array.isArray(cells)) return html`<p class="muted">The notebook has no cells.</p>`;
  return html`<div class="notebook">${(cells as unknown[]).filter((c): c is Json => !!c && typeof c === "object").map(cell)}</div>`;
}
