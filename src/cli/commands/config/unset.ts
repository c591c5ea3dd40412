/** `kaggle config unset -n NAME`: removes the value from kaggle.json if it is there. */
import { defineRun } from "../../command";
import { checkConfigName, readConfigFile, writeConfigFile } from "../../../core/config";
import { UNSET } from "./flags";

export const run = defineRun(UNSET, async (args, ctx) => {
  const name = args.name;
  checkConfigName(name);
  const { file } = ctx.client.configuration();
  const values = readConfigFile(file);
  if (!(name in values)) return;
  delete values[name];
  writeConfigFile(file, values);
  ctx.line(`- ${name} is now set to: None`);
});
