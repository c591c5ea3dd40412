/**
 * The newer `kaggle competitions …` commands: one submission, its file and the limits, team
 * submissions, the simulation commands (episodes, replay, logs) and pages. Spread into spec.ts.
 */
import type { CommandSpec, OptionSpec, PositionalSpec } from "../../args";
import { CSV, FORCE, FORMAT, LIST_EXCLUSIVE, QUIET } from "../shared";

const DOWNLOAD_PATH: OptionSpec = { flags: ["-p", "--path"], help: "Folder where file(s) will be downloaded, defaults to current working directory" };
const EPISODE_ID: PositionalSpec = {
  name: "episode_id",
  type: "int",
  help: 'Episode ID (find these with "kaggle competitions episodes <submission_id>")',
};

export const moreCommands: CommandSpec[] = [
  {
    name: "submission",
    help: "Show the status and scores of one submission",
    positionals: [
      {
        name: "ref",
        type: "int",
        help: 'Submission ref (printed by "kaggle competitions submit"; "kaggle competitions submissions <competition>" lists them)',
      },
    ],
    options: [CSV, FORMAT],
    exclusive: LIST_EXCLUSIVE,
    load: () => import("./submission"),
  },
  {
    name: "submission-download",
    help: "Download the file of one of your submissions",
    positionals: [{ name: "submission_id", type: "int", help: 'Submission ID (find yours with "kaggle competitions submissions <competition>")' }],
    options: [DOWNLOAD_PATH, FORCE, QUIET],
    load: () => import("./submission-download"),
  },
  {
    name: "submission-limits",
    help: "Show your team's submission counts and what is left today",
    positionals: [{ name: "competition", help: 'Competition URL suffix (use "kaggle competitions list" to show options)' }],
    options: [{ flags: ["--json"], type: "bool", help: "Print the counts as JSON" }],
    load: () => import("./submission-limits"),
  },
  {
    name: "team-submissions",
    help: "List a team's public submissions (every active submission for simulation competitions, or the public leaderboard submission for regular competitions)",
    positionals: [{ name: "team_id", type: "int", help: 'Team ID (find these with "kaggle competitions leaderboard <competition> --show")' }],
    options: [CSV, FORMAT, QUIET],
    exclusive: LIST_EXCLUSIVE,
    load: () => import("./team-submissions"),
  },
  {
    name: "episodes",
    help: "List episodes for a submission in a simulation competition",
    positionals: [{ name: "submission_id", type: "int", help: 'Submission ID (find yours with "kaggle competitions submissions <competition>")' }],
    options: [CSV, FORMAT, QUIET],
    exclusive: LIST_EXCLUSIVE,
    load: () => import("./episodes"),
  },
  {
    name: "replay",
    help: "Download the replay for a simulation episode",
    positionals: [EPISODE_ID],
    options: [DOWNLOAD_PATH, QUIET],
    load: () => import("./replay"),
  },
  {
    name: "logs",
    help: "Download agent logs for a simulation episode",
    positionals: [EPISODE_ID, { name: "agent_index", type: "int", help: "Agent index (0-based position of the agent in the episode)" }],
    options: [DOWNLOAD_PATH, QUIET],
    load: () => import("./logs"),
  },
  {
    name: "pages",
    help: "List pages for a competition",
    description: "List pages for a competition (also as `pages list [competition]`)",
    verbs: ["list"],
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
    load: () => import("./pages"),
  },
];
