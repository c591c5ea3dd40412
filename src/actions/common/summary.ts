/**
 * The job summary: markdown appended to `GITHUB_STEP_SUMMARY`, bounded well under the runner's
 * 1 MiB per-step cap. Long detail (logs, file lists) goes in folded `<details>` blocks, each
 * bounded too. Written directly to the file named by the environment at write time, so
 * consecutive runs in one process (tests) each get their own file.
 */
import fs from "node:fs";
import * as core from "@actions/core";

/** The runner refuses summaries over 1 MiB; stay clearly below it. */
export const SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;
/** Longest body of one `<details>` block. */
export const DETAILS_LIMIT = 256 * 1024;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A table cell: HTML-escaped, pipes escaped, one line. */
export function cell(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  return escapeHtml(text).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function link(text: string, url: string): string {
  return `[${cell(text).replace(/[[\]]/g, "\\$&")}](${url})`;
}

/** Keeps the last `limit` bytes (for logs: the end is what matters). */
export function tail(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text;
  const buf = Buffer.from(text);
  const cut = buf
    .subarray(buf.length - limit)
    .toString("utf8")
    .replace(/^[^\n]*\n/, "");
  return `… (${buf.length - Buffer.byteLength(cut)} bytes before this cut)\n${cut}`;
}

export class Summary {
  private readonly parts: string[] = [];

  heading(text: string, level = 2): this {
    this.parts.push(`${"#".repeat(level)} ${text}\n`);
    return this;
  }

  paragraph(markdown: string): this {
    this.parts.push(`${markdown}\n`);
    return this;
  }

  /** A markdown table; each cell is already markdown (use {@link cell} for plain text). */
  table(header: string[], rows: string[][]): this {
    if (!rows.length) return this;
    const line = (r: string[]) => `| ${r.join(" | ")} |`;
    this.parts.push([line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n") + "\n");
    return this;
  }

  /** Two-column key/value table. */
  facts(rows: [string, string | undefined][]): this {
    return this.table(
      ["", ""],
      rows.filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [`**${cell(k)}**`, v!]),
    );
  }

  /** A folded block of preformatted text, bounded (the tail is kept). */
  details(title: string, text: string, limit = DETAILS_LIMIT): this {
    const body = escapeHtml(tail(text, limit));
    this.parts.push(`<details><summary>${escapeHtml(title)}</summary>\n\n<pre>${body}</pre>\n\n</details>\n`);
    return this;
  }

  /** A folded block of markdown (for long tables). */
  foldedMarkdown(title: string, markdown: string): this {
    this.parts.push(`<details><summary>${escapeHtml(title)}</summary>\n\n${markdown}\n</details>\n`);
    return this;
  }

  isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** The markdown, cut to the limit when it is over. */
  render(limit = SUMMARY_LIMIT): string {
    let text = this.parts.join("\n");
    if (Buffer.byteLength(text) > limit) {
      const note = "\n\n_(summary cut to stay under GitHub's 1 MiB limit; see the step log for the rest)_\n";
      text =
        Buffer.from(text)
          .subarray(0, limit - Buffer.byteLength(note))
          .toString("utf8")
          .replace(/\uFFFD$/, "") + note;
    }
    return text;
  }

  /** Appends to `GITHUB_STEP_SUMMARY`; without one (a local run) it only says so in the debug log. */
  write(): void {
    if (this.isEmpty()) return;
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
      core.debug("GITHUB_STEP_SUMMARY is not set; the job summary is not written");
      return;
    }
    fs.appendFileSync(file, `${this.render()}\n`, "utf8");
  }
}
