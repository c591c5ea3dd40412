/**
 * Models: this emulator has no models domain yet, so the index and profiles show no models
 * section and `/models/<owner>/<slug>` (also kagglehub's `/models/<owner>/<model>/<framework>/
 * <instance>[/<version>]`, routed here) answers a 404 page that says so.
 *
 * When the domain lands (`src/emulator/models/`), this file renders from its slice, as
 * datasets.ts does: the model (if the viewer may read it), one section per instance (framework
 * word, slug, licence) with its versions (notes, ready or processing, creator, files, size) and
 * the files of the latest live version; `modelsSection` lists the models on the index and profiles.
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
