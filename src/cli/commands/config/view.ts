/** `kaggle config view`: where the configuration lives and the values in effect. */
import { defineRun } from "../../command";
import { redactUrlPassword } from "../../../core/config";
import { VIEW } from "./flags";

export const run = defineRun(VIEW, async (_args, ctx) => {
  const { dir } = ctx.client.configuration();
  const creds = ctx.client.credentials();
  const username = creds ? await ctx.client.username() : undefined;
  const show = (v: string | undefined) => (v === undefined ? "None" : redactUrlPassword(v));
  ctx.line(`Configuration values from ${dir}`);
  ctx.line(`- username: ${show(username)}`);
  ctx.line(`- auth_method: ${show(creds?.method)}`);
  for (const name of ["path", "proxy", "competition"]) ctx.line(`- ${name}: ${show(ctx.config(name))}`);
});
