/** `kaggle auth …`: Kaggle's OAuth login, its access tokens, and ending it. */
import type { CommandSpec } from "../../args";
import { LOGIN, PRINT_ACCESS_TOKEN, REVOKE } from "./flags";

export const auth: CommandSpec = {
  name: "auth",
  help: "Commands related to authentication",
  subcommands: [
    { name: "login", help: "Authenticate to Kaggle", ...LOGIN, load: () => import("./login") },
    {
      name: "print-access-token",
      help: "Print an access token for the active account",
      ...PRINT_ACCESS_TOKEN,
      load: () => import("./print-access-token"),
    },
    { name: "revoke", help: "Revoke the active account's refresh token", ...REVOKE, load: () => import("./revoke") },
  ],
};
