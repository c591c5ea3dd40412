/**
 * `kaggle auth revoke [--reason TEXT]`: ends the saved login on Kaggle's side
 * (`ExpireApiToken` with its refresh token), then removes `~/.kaggle/credentials.json`. Silent on
 * success, as upstream; with no saved login it says so and exits 0.
 */
import { defineRun } from "../../command";
import { deleteSavedLogin, readSavedLogin } from "../../../core/saved-login";
import { REVOKE } from "./flags";

export const DEFAULT_REVOKE_REASON = "Manually revoked by user with kaggle-cli";

export const run = defineRun(REVOKE, async (args, ctx) => {
  const login = readSavedLogin(ctx.host);
  if (!login) {
    ctx.line("There is no token to revoke.");
    return;
  }
  await ctx.client.auth.revoke(login.refreshToken, args.reason || DEFAULT_REVOKE_REASON);
  await deleteSavedLogin(ctx.host);
});
