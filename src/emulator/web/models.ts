/**
 * Models: this emulator has no models domain yet, so the index and profiles show no models
 * section and `/models/<owner>/<slug>` answers a 404 page that says so.
 */
import type { WebContext } from "./context";
import { html, type Html } from "./html";
import { notFound } from "./layout";

export function modelsSection(_ctx: WebContext, _filter: { owner?: string }): Html {
  return html``;
}

export function modelPage(ctx: WebContext, owner: string, slug: string): Html {
  return notFound(ctx, `No model '${owner}/${slug}': this emulator does not serve models yet.`);
}
