/** `kaggle competitions …` (alias `c`): flags as in the official CLI, plus kaggle 2.x additions. */
import type { CommandSpec, PositionalSpec, OptionSpec } from "../../args";
import { CSV, FORCE, FORMAT, LIST_EXCLUSIVE, PAGE_SIZE, PAGE_TOKEN, QUIET, WP } from "../shared";
import { LIST } from "./flags";

const COMPETITION: PositionalSpec = {
  name: "competition",
  optional: true,
  help: 'Competition URL suffix (use "kaggle competitions list" to show options). If empty, the default competition will be used (use "kaggle config set competition")',
};
const COMPETITION_OPT: OptionSpec = { flags: ["-c", "--competition"], hidden: true, dest: "competition_opt" };

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
    {
      name: "files",
      help: "List competition files",
      positionals: [COMPETITION],
      options: [
        COMPETITION_OPT,
        { ...PAGE_SIZE, help: "Number of items to show on a page. Default size is 20, max is 200" },
        PAGE_TOKEN,
        CSV,
        FORMAT,
        QUIET,
      ],
      exclusive: LIST_EXCLUSIVE,
      load: () => import("./files"),
    },
    {
      name: "download",
      help: "Download competition files",
      positionals: [COMPETITION],
      options: [
        COMPETITION_OPT,
        {
          flags: ["-f", "--file"],
          dest: "file_name",
          metavar: "FILE_NAME",
          help: 'File name, all files downloaded if not provided (use "kaggle competitions files -c <competition>" to show options)',
        },
        { flags: ["-p", "--path"], help: "Folder where file(s) will be downloaded, defaults to current working directory" },
        WP,
        FORCE,
        QUIET,
      ],
      load: () => import("./download"),
    },
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
    {
      name: "submissions",
      help: "Show your competition submissions",
      positionals: [COMPETITION],
      options: [COMPETITION_OPT, PAGE_SIZE, PAGE_TOKEN, CSV, FORMAT, QUIET],
      exclusive: LIST_EXCLUSIVE,
      load: () => import("./submissions"),
    },
    {
      name: "leaderboard",
      help: "Get competition leaderboard information",
      positionals: [COMPETITION],
      options: [
        COMPETITION_OPT,
        { flags: ["-s", "--show"], type: "bool", help: "Show the top of the leaderboard" },
        { flags: ["-d", "--download"], type: "bool", help: "Download entire leaderboard" },
        { flags: ["-p", "--path"], help: "Folder where file(s) will be downloaded, defaults to current working directory" },
        CSV,
        FORMAT,
        QUIET,
        PAGE_SIZE,
        PAGE_TOKEN,
      ],
      exclusive: LIST_EXCLUSIVE,
      load: () => import("./leaderboard"),
    },
  ],
};
