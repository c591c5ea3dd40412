/** `kaggle config unset -n NAME`: removes the value from kaggle.json if it is there. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { checkConfigName, readConfigFile, writeConfigFile } from "../../../core/config";
import { str } from "../shared";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const name = str(args, "name")!;
  checkConfigName(name);
  const { file } = ctx.client.configuration();
  const values = readConfigFile(file);
  if (!(name in values)) return;
  delete values[name];
  writeConfigFile(file, values);
  ctx.line(`- ${name} is now set to: None`);
}
