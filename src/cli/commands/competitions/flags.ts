/** The flags of `kaggle competitions` commands, as data: `spec.ts` shows them, each command's code reads them typed. */
import type { OptionSpec, PositionalSpec } from "../../args";
import { defineFlags } from "../../command";
import { CSV, FORCE, FORMAT, LIST_EXCLUSIVE, PAGE_SIZE, PAGE_TOKEN, QUIET, WP } from "../shared";

export const COMPETITION = {
  name: "competition",
  optional: true,
  help: 'Competition URL suffix (use "kaggle competitions list" to show options). If empty, the default competition will be used (use "kaggle config set competition")',
} as const satisfies PositionalSpec;
export const COMPETITION_OPT = { flags: ["-c", "--competition"], hidden: true, dest: "competition_opt" } as const satisfies OptionSpec;

export const LIST = defineFlags({
  options: [
    {
      flags: ["--group"],
      help: "Search for competitions in a specific group. Default is 'everything'. Valid options are 'general', 'entered', 'community', 'hosted', 'unlaunched', 'unlaunched_community'",
    },
    {
      flags: ["--category"],
      help: "Search for competitions of a specific category. Default is 'all'. Valid options are 'all', 'featured', 'research', 'recruitment', 'gettingStarted', 'masters', 'playground'",
    },
    {
      flags: ["--sort-by"],
      help: "Sort list results. Default is 'best'. Valid options are 'grouped', 'best', 'prize', 'earliestDeadline', 'latestDeadline', 'numberOfTeams', 'relevance', 'recentlyCreated'",
    },
    { flags: ["-p", "--page"], type: "int", help: "Page number for results paging. Page size is 20 by default" },
    { flags: ["-s", "--search"], help: "Term(s) to search for" },
    PAGE_SIZE,
    PAGE_TOKEN,
    CSV,
    FORMAT,
  ],
  exclusive: LIST_EXCLUSIVE,
});

export const FILES = defineFlags({
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
});
export const DOWNLOAD = defineFlags({
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
});
export const SUBMISSIONS = defineFlags({
  positionals: [COMPETITION],
  options: [COMPETITION_OPT, PAGE_SIZE, PAGE_TOKEN, CSV, FORMAT, QUIET],
  exclusive: LIST_EXCLUSIVE,
});
export const LEADERBOARD = defineFlags({
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
});
