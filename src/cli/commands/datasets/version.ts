/** `kaggle datasets version -m NOTES`: upload every file, then `CreateDatasetVersion(ById)`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { CommandFailed } from "../../errors";
import { datasetRefFromAnswer } from "../../../core/refs";
import { flag, str } from "../shared";
import { pyList } from "../../output/cells";
import { folderArg, maybeWait, publishOptions } from "./publish";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const result = await ctx.client.datasets.version(folderArg(args), {
    ...publishOptions(ctx, args),
    notes: str(args, "version_notes") ?? "",
    deleteOldVersions: flag(args, "delete_old_versions"),
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
}
