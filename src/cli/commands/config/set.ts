/** `kaggle config set -n NAME -v VALUE`: writes the value into kaggle.json (mode 0600). */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { checkConfigName, checkConfigValue, readConfigFile, redactUrlPassword, writeConfigFile } from "../../../core/config";
import { str } from "../shared";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  setConfigValue(ctx, str(args, "name")!, str(args, "value")!);
}

export function setConfigValue(ctx: CliContext, name: string, value: string): void {
  checkConfigName(name);
  checkConfigValue(name, value);
  const { file } = ctx.client.configuration();
  const values = readConfigFile(file);
  values[name] = value;
  writeConfigFile(file, values);
  ctx.line(`- ${name} is now set to: ${name === "key" ? "***" : redactUrlPassword(value)}`);
}
