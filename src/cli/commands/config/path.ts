/** `kaggle config path [-p DIR]`: sets the download folder, or shows the one in effect. */
import path from "node:path";
import { defineRun } from "../../command";
import { PATH } from "./flags";
import { setConfigValue } from "./set";

export const run = defineRun(PATH, async (args, ctx) => {
  const dir = args.path;
  if (dir !== undefined) {
    setConfigValue(ctx, "path", path.resolve(dir));
    return;
  }
  ctx.line(ctx.config("path") ?? process.cwd());
});
