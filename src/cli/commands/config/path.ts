/** `kaggle config path [-p DIR]`: sets the download folder, or shows the one in effect. */
import path from "node:path";
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { str } from "../shared";
import { setConfigValue } from "./set";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const dir = str(args, "path");
  if (dir !== undefined) {
    setConfigValue(ctx, "path", path.resolve(dir));
    return;
  }
  ctx.line(ctx.config("path") ?? process.cwd());
}
