/**
 * `kaggle datasets metadata`: download the metadata as `dataset-metadata.json` (`{"info": …}` on
 * one line), or `--update` the dataset's settings from that file (kaggle 2.x rules).
 */
import fs from "node:fs";
import { defineRun } from "../../command";
import { CommandFailed } from "../../errors";
import path from "node:path";
import { coverImage, findMetadataFile, METADATA_FILE, metadataFileText, parseMetadata, settingsFromMetadata } from "../../../core/metadata/dataset";
import { joinLikePython, makeDir, writeFileAtomicSync } from "../../../core/fs";
import { downloadDir } from "../shared";
import { datasetArg } from "./common";
import { METADATA } from "./flags";

export const run = defineRun(METADATA, async (args, ctx) => {
  const ref = await datasetArg(ctx, args);
  const dir = downloadDir(ctx, args, "datasets", ref.owner, ref.slug);
  if (args.update) {
    const file = findMetadataFile(dir);
    const doc = parseMetadata(file, fs.readFileSync(file, "utf8"));
    const settings = settingsFromMetadata(doc);
    const image = coverImage(doc, path.dirname(file));
    if (image) settings.image = await ctx.client.datasets.uploadCoverImage(image.path, image.contentType);
    ctx.line("updating dataset metadata");
    const errors = await ctx.client.datasets.updateMetadata(ref, settings);
    if (errors.length) {
      for (const e of errors) ctx.line(e);
      throw new CommandFailed("", 1);
    }
    ctx.line("successfully updated dataset metadata");
    return;
  }
  const info = await ctx.client.datasets.metadata(ref);
  await makeDir(dir);
  const out = joinLikePython(dir, METADATA_FILE);
  writeFileAtomicSync(out, metadataFileText(info));
  ctx.line(`Downloaded metadata to ${out}`);
});
