/** The flags of `kaggle competitions` commands, as data: `spec.ts` shows them, each command's code reads them typed. */
import type { OptionSpec, PositionalSpec } from "../../args";
import { COMMENT_SORT_WORDS } from "../../../core/types/discussions";
import { defineFlags } from "../../command";
import { CSV, FORCE, FORMAT, LIST_EXCLUSIVE, PAGE_SIZE, PAGE_TOKEN, QUIET, WP } from "../shared";
import { TOPIC_SORT_HELP } from "../forums/flags";

export const COMPETITION = {
  name: "competition",
  optional: true,
  help: 'Competition URL suffix (use "kaggle competitions list" to show options). If empty, the default competition will be used (use "kaggle config set competition")',
} as const satisfies PositionalSpec;
export const COMPETITION_OPT = { flags: ["-c", "--competition"], hidden: true, dest: "competition_opt" } as const satisfies OptionSpec;

const DOWNLOAD_PATH = { flags: ["-p", "--path"], help: "Folder where file(s) will be downloaded, defaults to current working directory" } as const;

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
    DOWNLOAD_PATH,
    WP,
    FORCE,
    QUIET,
    { flags: ["--unzip"], type: "bool", help: "Unzip the downloaded file. Will delete the zip file when completed." },
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
    DOWNLOAD_PATH,
    CSV,
    FORMAT,
    QUIET,
    PAGE_SIZE,
    PAGE_TOKEN,
  ],
  exclusive: LIST_EXCLUSIVE,
});

const EPISODE_ID = { name: "episode_id", type: "int", help: 'Episode ID (find these with "kaggle competitions episodes <submission_id>")' } as const;
const SUBMISSION_ID = {
  name: "submission_id",
  type: "int",
  help: 'Submission ID (find yours with "kaggle competitions submissions <competition>")',
} as const;

export const SUBMISSION = defineFlags({
  positionals: [
    {
      name: "ref",
      type: "int",
      help: 'Submission ref (printed by "kaggle competitions submit"; "kaggle competitions submissions <competition>" lists them)',
    },
  ],
  options: [CSV, FORMAT],
  exclusive: LIST_EXCLUSIVE,
});

export const SUBMISSION_DOWNLOAD = defineFlags({ positionals: [SUBMISSION_ID], options: [DOWNLOAD_PATH, FORCE, QUIET] });

export const SUBMISSION_LIMITS = defineFlags({
  positionals: [{ name: "competition", help: 'Competition URL suffix (use "kaggle competitions list" to show options)' }],
  options: [{ flags: ["--json"], type: "bool", help: "Print the counts as JSON" }],
});

export const TEAM_SUBMISSIONS = defineFlags({
  positionals: [{ name: "team_id", type: "int", help: 'Team ID (find these with "kaggle competitions leaderboard <competition> --show")' }],
  options: [CSV, FORMAT, QUIET],
  exclusive: LIST_EXCLUSIVE,
});

export const EPISODES = defineFlags({ positionals: [SUBMISSION_ID], options: [CSV, FORMAT, QUIET], exclusive: LIST_EXCLUSIVE });

export const REPLAY = defineFlags({ positionals: [EPISODE_ID], options: [DOWNLOAD_PATH, QUIET] });

export const LOGS = defineFlags({
  positionals: [EPISODE_ID, { name: "agent_index", type: "int", help: "Agent index (0-based position of the agent in the episode)" }],
  options: [DOWNLOAD_PATH, QUIET],
});

export const PAGES = defineFlags({
  positionals: [
    {
      name: "competition",
      optional: true,
      help: 'Competition URL suffix (use "kaggle competitions list" to show options) If empty, the default competition will be used (use "kaggle config set competition")"',
    },
  ],
  options: [
    { flags: ["-c", "--competition"], hidden: true, dest: "competition_opt" },
    CSV,
    FORMAT,
    QUIET,
    { flags: ["--content"], type: "bool", help: "Show full page content" },
    { flags: ["--page-name"], help: 'Filter to a specific page (e.g. "description", "rules", "evaluation")' },
  ],
  exclusive: LIST_EXCLUSIVE,
});

/** `competitions topics`: a 1-based page instead of page tokens (kaggle 2.2.3 `_get_shared_competition_topics_parser`). */
export const COMPETITION_TOPICS = defineFlags({
  options: [{ flags: ["-p", "--page"], type: "int", help: "Page number for results paging. Page size is 20 by default" }, CSV, FORMAT, QUIET],
  exclusive: LIST_EXCLUSIVE,
});

export const COMPETITION_TOPICS_LIST = defineFlags({
  positionals: [COMPETITION],
  options: [...COMPETITION_TOPICS.options, COMPETITION_OPT, { flags: ["-s", "--sort-by"], help: TOPIC_SORT_HELP }],
  exclusive: LIST_EXCLUSIVE,
});

const COMMENT_SORT_HELP: string = `Sort order. One of: ${COMMENT_SORT_WORDS.join(", ")}`;

export const TOPIC_MESSAGES = defineFlags({
  positionals: [COMPETITION, { name: "topic_id", optional: true, type: "int", help: "The discussion topic id" }],
  options: [
    COMPETITION_OPT,
    { flags: ["-s", "--sort-by"], help: COMMENT_SORT_HELP },
    { flags: ["-n", "--page-size"], type: "int", help: "Max top-level messages to return; -1 for all" },
    CSV,
    FORMAT,
    QUIET,
  ],
  exclusive: LIST_EXCLUSIVE,
});

export const SUBMIT = defineFlags({
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
    {
      flags: ["--wait"],
      type: "int",
      optionalValue: "0",
      help: "Wait until the submission is scored and print its status and scores; exit 1 if it errors. Optionally a time limit in seconds (0 or no value: the --timeout limit, default 1800)",
    },
    {
      flags: ["--poll-interval"],
      type: "int",
      help: "Maximum seconds between status polls while waiting (default: 60). Polling starts at 5s and increases automatically",
    },
    { flags: ["--timeout"], type: "int", metavar: "SECONDS", help: "With --wait: give up after this many seconds (default 1800)" },
    FORMAT,
  ],
});
