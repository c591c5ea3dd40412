/** The flags of `kaggle auth` commands, as data: `spec.ts` shows them, each command's code reads them typed. */
import { defineFlags } from "../../command";

export const LOGIN = defineFlags({
  options: [
    { flags: ["--no-launch-browser"], type: "bool", help: "Do not launch a browser for authentication" },
    { flags: ["--force"], type: "bool", help: "Re-run the login flow even if the current account is already logged-in" },
  ],
});

export const PRINT_ACCESS_TOKEN = defineFlags({
  options: [
    {
      flags: ["--expiration"],
      dest: "expiration_duration",
      help: "Override the default expiration duration. Example: 6h for 6 hours, 2:30 for 2 hours and 30 minutes.",
    },
  ],
});

export const REVOKE = defineFlags({
  options: [{ flags: ["--reason"], help: "Reason for revoking the token. If not specified, the default reason will be used." }],
});
