/**
 * `users.AccountService`: new access tokens from a login's refresh token (`GenerateAccessToken`,
 * what `kaggle auth print-access-token` and every refresh call) and revoking a login
 * (`ExpireApiToken`, `kaggle auth revoke`); kagglesdk `users/services/account_service.py`.
 */
import { badRequest, notFound } from "../errors";
import * as s from "../schema";
import { defineService, method } from "../service";
import { DEFAULT_ACCESS_TTL_S, issueAccessToken, MAX_ACCESS_TTL_S, oauthState, revokeRefreshToken } from "./state";

/** A protobuf JSON duration: `43200s`, `1.5s`. */
function durationSeconds(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,9}))?s$/.exec(text);
  if (!m) throw badRequest(`Invalid value for field 'expirationDuration': '${text}' is not a duration such as '3600s'.`);
  return Number(m[1]) + (m[2] ? Number(`0.${m[2]}`) : 0);
}

export const accountService = defineService({
  service: "users.AccountService",
  methods: {
    GenerateAccessToken: method({
      request: s.object({
        refreshToken: s.optional(s.string()),
        apiVersion: s.optional(s.enumOf(["API_VERSION_UNSPECIFIED", "API_VERSION_V1", "API_VERSION_V2"])),
        expirationDuration: s.optional(s.string()),
        authorizationContext: s.optional(s.object({ kernelSessionId: s.optional(s.int()) })),
      }),
      auth: "optional",
      handler(ctx, body) {
        const token = body.refreshToken ?? "";
        const rec = oauthState(ctx.state).refreshTokens[token];
        if (!token) throw badRequest("Missing refreshToken.");
        if (!rec) throw badRequest("Invalid refresh token: it was never issued.");
        if (rec.revoked) throw badRequest("This login was revoked.");
        if (body.apiVersion === "API_VERSION_V2") throw badRequest("apiVersion API_VERSION_V2 is not available to this login.");
        const seconds = body.expirationDuration === undefined ? DEFAULT_ACCESS_TTL_S : durationSeconds(body.expirationDuration);
        if (seconds <= 0 || seconds > MAX_ACCESS_TTL_S) {
          throw badRequest(`Invalid value for field 'expirationDuration': use more than 0s and at most ${MAX_ACCESS_TTL_S}s.`);
        }
        const user = ctx.state.users.find((u) => u.id === rec.userId)!;
        const access = issueAccessToken(ctx.state, user.id, token, ctx.now() + seconds * 1000);
        ctx.changed();
        return { token: access, expiresIn: Math.floor(seconds), userName: user.username, userId: user.id };
      },
    }),
    ExpireApiToken: method({
      request: s.object({ tokenId: s.optional(s.int()), token: s.optional(s.string()), reason: s.optional(s.string()) }),
      auth: "optional",
      handler(ctx, body) {
        const token = body.token ?? "";
        const rec = oauthState(ctx.state).refreshTokens[token];
        if (!token) throw badRequest("Missing token: name the refresh token to revoke.");
        if (!rec) throw notFound("Unknown token: it was never issued.");
        if (rec.revoked) throw badRequest("This token was already revoked.");
        revokeRefreshToken(ctx.state, token, body.reason ?? "", ctx.now());
        ctx.changed();
        return {};
      },
    }),
  },
});
