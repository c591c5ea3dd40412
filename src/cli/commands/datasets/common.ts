/** What the datasets commands share: the dataset argument. */
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import { parseDatasetRef, type DatasetRef } from "../../../core/refs";

/** The dataset: the positional argument or `-d`; a bare slug belongs to the configured user. */
export async function datasetArg(ctx: CliContext, args: { dataset?: string; dataset_opt?: string }): Promise<DatasetRef> {
  const given = args.dataset ?? args.dataset_opt;
  if (!given) throw new ConfigurationError("A dataset must be specified; give it as <owner>/<dataset-slug>");
  const owner = given.includes("/") ? undefined : await ctx.client.username();
  return parseDatasetRef(given, owner);
}
