/**
 * `DownloadKernelOutput` (kagglehub's `notebook_output_download`, `kagglesdk` `ApiDownloadKernelOutputRequest`):
 * a redirect to one output file (`filePath`) or to a zip of every output file of a finished run.
 * Which version: `versionNumber`, else the latest. The emulator's choices where Kaggle's answer is
 * not public: a run that has not finished is 400 (no output yet); an unknown `filePath` is 404.
 */
import { badRequest, notFound } from "../errors";
import * as s from "../schema";
import { method, reply, type RequestContext } from "../service";
import { isFinal, type KernelRecord } from "./state";

const OUTPUT_BUCKET = "kaggle-kernel-output";

/** Finds `slug` (latest) or `slug/N` of `owner`'s kernel, visible to the caller, or throws. */
type FindVersion = (ctx: RequestContext, owner: string, slug: string) => { k: KernelRecord; v: KernelRecord["versions"][number] };

export function downloadKernelOutput(version: FindVersion) {
  return method({
    request: s.object({
      ownerSlug: s.string({ required: true }),
      kernelSlug: s.string({ required: true }),
      versionNumber: s.optional(s.int({ min: 1 })),
      filePath: s.optional(s.string()),
    }),
    auth: "optional",
    async handler(ctx, body) {
      const slug = body.versionNumber !== undefined ? `${body.kernelSlug}/${body.versionNumber}` : body.kernelSlug;
      const { k, v } = version(ctx, body.ownerSlug, slug);
      const sess = v.session;
      if (!isFinal(sess.status))
        throw badRequest(`Version ${v.number} of kernel '${k.owner}/${k.slug}' has no output yet: its run is ${sess.status}.`);
      const base = `${OUTPUT_BUCKET}/${sess.id}`;
      if (body.filePath) {
        const i = sess.outputs.findIndex((o) => o.fileName === body.filePath);
        const o = sess.outputs[i];
        if (!o) throw notFound(`Output file '${body.filePath}' not found in version ${v.number} of kernel '${k.owner}/${k.slug}'.`);
        const name = o.fileName.split("/").pop() || "file";
        return reply.redirect(
          ctx.storage.signedUrl(ctx.baseUrl, `${base}/${i}/${name}`, { path: o.path, size: o.size, lastModified: o.lastModified, name }),
        );
      }
      const lastModified =
        sess.outputs
          .map((o) => o.lastModified)
          .sort()
          .at(-1) ?? new Date(ctx.now()).toISOString();
      const zip = await ctx.storage.zip(
        `kernel-output-${sess.id}`,
        `${k.slug}.zip`,
        sess.outputs.map((o) => ({ name: o.fileName, path: o.path, mtime: new Date(o.lastModified) })),
        lastModified,
      );
      return reply.redirect(ctx.storage.signedUrl(ctx.baseUrl, `${base}/bundle/${k.slug}.zip`, zip));
    },
  });
}
