/**
 * `security.OAuthService`: the token exchange of `kaggle auth login` and the token introspection
 * the official CLI makes for every access token (kagglesdk `security/services/oauth_service.py`).
 */
import { userByToken } from "../auth";
import { badRequest } from "../errors";
import * as s from "../schema";
import { defineService, method, reply, type RequestContext } from "../service";
import { CODE_TTL_MS, issueAccessToken, issueRefreshToken, LOGIN_ACCESS_TTL_S, oauthState, pkceMatches } from "./state";

export const oauthService = defineService({
  service: "security.OAuthService",
  methods: {
    /**
     * Valid token → `{active: true, username, userId, scope, clientId, exp}`; anything else →
     * 200 `{active: false}` (never 401: the official CLI crashes on a 401 here).
     */
    IntrospectToken: method({
      request: s.object({ token: s.string() }),
      auth: "none",
      handler(ctx, body) {
        const user = userByToken(ctx.state, body.token, ctx.now());
        if (!user) return reply.json({ active: false });
        const login = oauthState(ctx.state).accessTokens[body.token];
        return {
          active: true,
          clientId: login ? "kagglesdk" : "kaggle-api",
          username: user.username,
          userId: user.id,
          scope: login ? (oauthState(ctx.state).refreshTokens[login.refreshToken]?.scope ?? "") : "resources.admin:*",
          exp: login ? Math.floor(login.expiresAt / 1000) : Math.floor(ctx.now() / 1000) + 12 * 3600,
        };
      },
    }),
    /** An approved authorization code (with its PKCE verifier) → a refresh and an access token. */
    ExchangeOAuthToken: method({
      request: s.object({
        code: s.optional(s.string()),
        codeVerifier: s.optional(s.string()),
        grantType: s.string(),
        clientId: s.optional(s.string()),
        redirectUri: s.optional(s.string()),
        resource: s.optional(s.string()),
        refreshToken: s.optional(s.string()),
      }),
      auth: "none",
      handler(ctx, body) {
        if (body.grantType === "refresh_token") return refreshGrant(ctx, body.refreshToken ?? "");
        if (body.grantType !== "authorization_code") {
          throw badRequest(`Unsupported grantType '${body.grantType}': use authorization_code or refresh_token.`);
        }
        const code = body.code?.trim() ?? "";
        const rec = oauthState(ctx.state).codes[code];
        if (!code || !rec) throw badRequest("Invalid authorization code: it was never issued. Run the login again.");
        if (rec.used) throw badRequest("This authorization code was already used. Run the login again.");
        if (ctx.now() - rec.createdAt > CODE_TTL_MS) throw badRequest("The authorization code has expired. Run the login again.");
        if (!body.codeVerifier || !pkceMatches(body.codeVerifier, rec.codeChallenge)) {
          throw badRequest("Invalid codeVerifier: it does not match the code_challenge of the authorization request.");
        }
        if (body.redirectUri !== undefined && body.redirectUri !== rec.redirectUri) {
          throw badRequest("redirectUri does not match the one of the authorization request.");
        }
        rec.used = true;
        const refreshToken = issueRefreshToken(ctx.state, rec.userId, rec.scope, ctx.now());
        return loginTokens(ctx, refreshToken, rec.userId, rec.scope);
      },
    }),
  },
});

function refreshGrant(ctx: RequestContext, refreshToken: string) {
  const rec = oauthState(ctx.state).refreshTokens[refreshToken];
  if (!rec || rec.revoked) throw badRequest("Invalid refresh token: it is unknown or was revoked. Run the login again.");
  return loginTokens(ctx, refreshToken, rec.userId, rec.scope);
}

/** The `ExchangeOAuthToken` answer: a new access token of the login `refreshToken` names. */
function loginTokens(ctx: RequestContext, refreshToken: string, userId: number, scope: string) {
  const user = ctx.state.users.find((u) => u.id === userId)!;
  const accessToken = issueAccessToken(ctx.state, user.id, refreshToken, ctx.now() + LOGIN_ACCESS_TTL_S * 1000);
  ctx.changed();
  return { accessToken, refreshToken, tokenType: "Bearer", expiresIn: LOGIN_ACCESS_TTL_S, username: user.username, userId: user.id, scope };
}
