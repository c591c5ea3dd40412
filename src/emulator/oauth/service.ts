/** `security.OAuthService`: token introspection used by the official CLI for token auth. */
import { userByToken } from "../auth";
import * as s from "../schema";
import { defineService, method, reply } from "../service";

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
        const user = userByToken(ctx.state, body.token);
        if (!user) return reply.json({ active: false });
        return {
          active: true,
          clientId: "kaggle-api",
          username: user.username,
          userId: user.id,
          scope: "resources.admin:*",
          exp: Math.floor(ctx.now() / 1000) + 12 * 3600,
        };
      },
    }),
  },
});
