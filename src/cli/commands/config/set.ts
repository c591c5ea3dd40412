/** `kaggle config set -n NAME -v VALUE`: writes the value into kaggle.json (mode 0600). */
import { defineRun } from "../../command";
import type { CliContext } from "../../context";
import { checkConfigName, checkConfigValue, readConfigFile, redactUrlPassword, writeConfigFile } from "../../../core/config";
import { SET } from "./flags";

export const run = defineRun(SET, async (args, ctx) => {
  setConfigValue(ctx, args.name, args.value);
});

export function setConfigValue(ctx: CliContext, name: string, value: string): void {
  checkConfigName(name);
  checkConfigValue(name, value);
  const { file } = ctx.client.configuration();
  const values = readConfigFile(file);
  values[name] = value;
  writeConfigFile(file, values);
  ctx.line(`- ${name} is now set to: ${name === "key" ? "***" : redactUrlPassword(value)}`);
}
