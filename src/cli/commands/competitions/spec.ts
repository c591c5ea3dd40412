/** `kaggle competitions …` (alias `c`): flags as in the official CLI, plus kaggle 2.x additions. */
import type { CommandSpec } from "../../args";
import { FORMAT, LIST_EXCLUSIVE, QUIET } from "../shared";
import { topicShowSpec } from "../forums/topic-flags";
import {
  COMPETITION,
  COMPETITION_OPT,
  COMPETITION_TOPICS,
  COMPETITION_TOPICS_LIST,
  DOWNLOAD,
  FILES,
  LEADERBOARD,
  LIST,
  SUBMISSIONS,
  TOPIC_MESSAGES,
} from "./flags";
import { moreCommands } from "./spec-more";

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
      load: () => import("./submit"),
    },
    { name: "submissions", help: "Show your competition submissions", ...SUBMISSIONS, load: () => import("./submissions") },
    { name: "leaderboard", help: "Get competition leaderboard information", ...LEADERBOARD, load: () => import("./leaderboard") },
    ...moreCommands,
    competitionTopics(),
    {
      name: "topic-messages",
      help: "List messages within a competition discussion topic",
      positionals: [...TOPIC_MESSAGES.positionals],
      options: [...TOPIC_MESSAGES.options],
      exclusive: LIST_EXCLUSIVE,
      load: () => import("./topic-messages"),
    },
  ],
};

/** `competitions topics [list|show]`: 1-based `-p/--page` instead of page tokens (kaggle 2.2.3). */
function competitionTopics(): CommandSpec {
  const load = () => import("./topics");
  return {
    name: "topics",
    help: "List discussion topics for a competition",
    options: [...COMPETITION_TOPICS.options],
    exclusive: LIST_EXCLUSIVE,
    load,
    subcommands: [
      {
        name: "list",
        help: "List discussion topics for a competition",
        positionals: [...COMPETITION_TOPICS_LIST.positionals],
        options: [...COMPETITION_TOPICS_LIST.options],
        exclusive: LIST_EXCLUSIVE,
        load,
      },
      topicShowSpec("competition"),
    ],
  };
}
