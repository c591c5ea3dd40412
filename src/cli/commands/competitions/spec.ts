/** `kaggle competitions …` (alias `c`): flags as in the official CLI, plus kaggle 2.x additions. */
import type { CommandSpec } from "../../args";
import { FORMAT, QUIET } from "../shared";
import { COMPETITION, COMPETITION_OPT, DOWNLOAD, FILES, LEADERBOARD, LIST, SUBMISSIONS } from "./flags";

export const competitions: CommandSpec = {
  name: "competitions",
  aliases: ["c"],
  help: "Commands related to Kaggle competitions",
  subcommands: [
    {
      name: "list",
      help: "List available competitions",
      ...LIST,
      load: () => import("./list"),
    },
    { name: "files", help: "List competition files", ...FILES, load: () => import("./files") },
    { name: "download", help: "Download competition files", ...DOWNLOAD, load: () => import("./download") },
    {
      name: "submit",
      help: "Make a new competition submission",
      positionals: [COMPETITION],
      options: [
        COMPETITION_OPT,
        {
          flags: ["-f", "--file"],
          dest: "file_name",
          metavar: "FILE_NAME",
          help: "File for upload (full path), or the name of the output file produced by a notebook for code competitions",
        },
        { flags: ["-k", "--kernel"], help: "Name of kernel (notebook) to submit to a code competition" },
        { flags: ["-m", "--message"], required: true, help: "Message describing this submission" },
        { flags: ["-v", "--version"], help: "Version of kernel to submit to a code competition, e.g. 'Version 1'" },
        QUIET,
        { flags: ["--sandbox"], type: "bool", help: "Mark the submission as a sandbox submission (competition hosts only)" },
        { flags: ["--wait"], type: "bool", help: "Wait until the submission is scored and print its status and scores; exit 1 if it errors" },
        { flags: ["--timeout"], type: "int", metavar: "SECONDS", help: "With --wait: give up after this many seconds (default 1800)" },
        FORMAT,
      ],
      load: () => import("./submit"),
    },
    { name: "submissions", help: "Show your competition submissions", ...SUBMISSIONS, load: () => import("./submissions") },
    { name: "leaderboard", help: "Get competition leaderboard information", ...LEADERBOARD, load: () => import("./leaderboard") },
  ],
};
