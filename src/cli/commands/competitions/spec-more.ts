/**
 * The newer `kaggle competitions …` commands: one submission, its file and the limits, team
 * submissions, the simulation commands (episodes, replay, logs) and pages. Spread into spec.ts.
 */
import type { CommandSpec } from "../../args";
import { EPISODES, LOGS, PAGES, REPLAY, SUBMISSION, SUBMISSION_DOWNLOAD, SUBMISSION_LIMITS, TEAM_SUBMISSIONS } from "./flags";

export const moreCommands: CommandSpec[] = [
  { name: "submission", help: "Show the status and scores of one submission", ...SUBMISSION, load: () => import("./submission") },
  {
    name: "submission-download",
    help: "Download the file of one of your submissions",
    ...SUBMISSION_DOWNLOAD,
    load: () => import("./submission-download"),
  },
  {
    name: "submission-limits",
    help: "Show your team's submission counts and what is left today",
    ...SUBMISSION_LIMITS,
    load: () => import("./submission-limits"),
  },
  {
    name: "team-submissions",
    help: "List a team's public submissions (every active submission for simulation competitions, or the public leaderboard submission for regular competitions)",
    ...TEAM_SUBMISSIONS,
    load: () => import("./team-submissions"),
  },
  { name: "episodes", help: "List episodes for a submission in a simulation competition", ...EPISODES, load: () => import("./episodes") },
  { name: "replay", help: "Download the replay for a simulation episode", ...REPLAY, load: () => import("./replay") },
  { name: "logs", help: "Download agent logs for a simulation episode", ...LOGS, load: () => import("./logs") },
  {
    name: "pages",
    help: "List pages for a competition",
    description: "List pages for a competition (also as `pages list [competition]`)",
    verbs: ["list"],
    ...PAGES,
    load: () => import("./pages"),
  },
];
