/**
 * The web view's one escape rule: every page is built with the `html` template tag, which
 * escapes each interpolated value unless it is already `Html` (built by `html` itself).
 *
 *     html`<td>${name}</td>`                      // name escaped
 *     html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`
 *
 * Nothing else in src/emulator/web writes markup from text.
 */

/** Markup that is safe to send as is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join("");
  return escapeHtml(String(value as string | number | boolean));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup written by this module's own code (a constant), never text from the world. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
