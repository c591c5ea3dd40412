/** `kaggle models topics [list] <model>` → `ListModelTopics`. */
import { defineRun } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { MODEL_TOPICS_LIST } from "../forums/flags";
import { listEntityTopics } from "../forums/topic-page";
import { modelArg } from "./common";

export const run = defineRun(MODEL_TOPICS_LIST, async (args, ctx) => {
  if (!args.model) throw new ConfigurationError("No model specified: give it as <owner>/<model-slug>, e.g. kaggle models topics list alice/tiny-mlp");
  const model = args.model;
  await listEntityTopics(ctx, args, async (opts) => {
    const ref = await modelArg(ctx, model);
    return ctx.client.discussions.modelTopics(ref.owner, ref.slug, opts);
  });
});
