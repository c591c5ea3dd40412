/** `kaggle datasets status`: the processing status in lower case, no newline (kaggle 2.x `--format json` adds the version). */
import { defineRun } from "../../command";
import { FormatError } from "../../output/format";
import { toWireJson } from "../../../core/json";
import { datasetArg } from "./common";
import { STATUS } from "./flags";

export const run = defineRun(STATUS, async (args, ctx) => {
  const choice = ctx.formatChoice(args);
  const ref = await datasetArg(ctx, args);
  const status = (await ctx.client.datasets.status(ref)).toLowerCase();
  if (choice.format !== "json") {
    ctx.out(status);
    return;
  }
  const fields = choice.fields ?? ["status", "current_version_number"];
  const known = ["status", "current_version_number"];
  const bad = fields.find((f) => !known.includes(f));
  if (bad) throw new FormatError(`unknown field '${bad}' in --format; allowed fields: ${known.join(", ")}`);
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f === "status") out.status = status;
    else out.current_version_number = (await ctx.client.datasets.get(ref)).currentVersionNumber ?? 0;
  }
  ctx.out(toWireJson(out)); // no newline, as kaggle 2.x prints it
});
