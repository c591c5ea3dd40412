/** `kaggle datasets create`: validate, check the slug is free, upload every file, `CreateDataset`. */
import { defineRun } from "../../command";
import { CommandFailed } from "../../errors";
import { DatasetExistsError } from "../../../core/resources/datasets";
import { pyList } from "../../output/cells";
import { CREATE } from "./flags";
import { folderArg, maybeWait, publishOptions } from "./publish";

export const run = defineRun(CREATE, async (args, ctx) => {
  const isPublic = args.public;
  let result;
  try {
    result = await ctx.client.datasets.create(folderArg(args), { ...publishOptions(ctx, args), public: isPublic });
  } catch (err) {
    if (err instanceof DatasetExistsError) {
      ctx.line(err.message);
      throw new CommandFailed("", 1);
    }
    throw err;
  }
  const res = result.response;
  if (res.invalidTags?.length) {
    ctx.line(`The following are not valid tags and could not be added to the dataset: ${pyList(res.invalidTags)}`);
  }
  if (!result.ok) {
    ctx.line(`Dataset creation error: ${res.error ?? ""}`);
    throw new CommandFailed("", 1);
  }
  ctx.line(
    result.recovered
      ? result.recovered.message
      : `Your ${isPublic ? "public" : "private"} Dataset is being created. Please check progress at ${res.url ?? ""}`,
  );
  await maybeWait(ctx, args, { owner: result.spec.ownerSlug, slug: result.spec.slug });
});
