/** `kaggle competitions …` (alias `c`): flags as in the official CLI, plus kaggle 2.x additions. */
import type { CommandSpec } from "../../args";
import { LIST_EXCLUSIVE } from "../shared";
import { topicShowSpec } from "../forums/topic-flags";
import { COMPETITION_TOPICS, COMPETITION_TOPICS_LIST, DOWNLOAD, FILES, LEADERBOARD, LIST, SUBMISSIONS, SUBMIT, TOPIC_MESSAGES } from "./flags";
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
    { name: "submit", help: "Make a new competition submission", ...SUBMIT, load: () => import("./submit") },
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
