/** `kaggle auth …`: Kaggle's OAuth login, its access tokens, and ending it. */
import type { CommandSpec } from "../../args";

export const auth: CommandSpec = {
  name: "auth",
  help: "Commands related to authentication",
  subcommands: [
    {
      name: "login",
      help: "Authenticate to Kaggle",
      options: [
        { flags: ["--no-launch-browser"], type: "bool", help: "Do not launch a browser for authentication" },
        { flags: ["--force"], type: "bool", help: "Re-run the login flow even if the current account is already logged-in" },
      ],
      load: () => import("./login"),
    },
    {
      name: "print-access-token",
      help: "Print an access token for the active account",
      options: [
        {
          flags: ["--expiration"],
          dest: "expiration_duration",
          help: "Override the default expiration duration. Example: 6h for 6 hours, 2:30 for 2 hours and 30 minutes.",
        },
      ],
      load: () => import("./print-access-token"),
    },
    {
      name: "revoke",
      help: "Revoke the active account's refresh token",
      options: [{ flags: ["--reason"], help: "Reason for revoking the token. If not specified, the default reason will be used." }],
      load: () => import("./revoke"),
    },
  ],
};
