/** `kaggle datasets version -m NOTES`: upload every file, then `CreateDatasetVersion(ById)`. */
import { defineRun } from "../../command";
import { CommandFailed } from "../../errors";
import { datasetRefFromAnswer } from "../../../core/refs";
import { pyList } from "../../output/cells";
import { VERSION } from "./flags";
import { folderArg, maybeWait, publishOptions } from "./publish";

export const run = defineRun(VERSION, async (args, ctx) => {
  const result = await ctx.client.datasets.version(folderArg(args), {
    ...publishOptions(ctx, args),
    notes: args.version_notes,
    deleteOldVersions: args.delete_old_versions,
  });
  const res = result.response;
  if (res.invalidTags?.length) {
    ctx.line(`The following are not valid tags and could not be added to the dataset: ${pyList(res.invalidTags)}`);
  }
  if (!result.ok) {
    ctx.line(`Dataset version creation error: ${res.error ?? ""}`);
    throw new CommandFailed("", 1);
  }
  ctx.line(result.recovered ? result.recovered.message : `Dataset version is being created. Please check progress at ${res.url ?? ""}`);
  const ref = res.ref ? datasetRefFromAnswer(res.ref) : undefined;
  const owner = result.spec.ownerSlug ?? ref?.owner;
  const slug = result.spec.datasetSlug ?? ref?.slug;
  if (owner && slug) await maybeWait(ctx, args, { owner, slug });
});
