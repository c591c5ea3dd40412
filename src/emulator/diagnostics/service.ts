/**
 * `api.v1.DiagnosticsService`: `Hello`, which kagglehub's `whoami()` calls to validate credentials
 * (`kagglehub/auth.py`, `_validate_credentials_helper`: it reads `userName`, and a `code` of 401 as
 * invalid credentials). Only `userName` is read by any public client; `userId` and `displayName`
 * are what the emulator adds from the caller's profile.
 */
import * as s from "../schema";
import { defineService, method } from "../service";

export const diagnosticsService = defineService({
  service: "api.v1.DiagnosticsService",
  methods: {
    Hello: method({
      request: s.object({}),
      handler(ctx) {
        const user = ctx.user!;
        return { userName: user.username, userId: user.id, displayName: user.displayName };
      },
    }),
  },
});
