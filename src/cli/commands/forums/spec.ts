/** `kaggle forums …` (alias `f`): browse Kaggle's discussion forums (kaggle 2.2.0+). */
import type { CommandSpec } from "../../args";
import { FORUM_TOPICS_LIST, FORUMS_LIST } from "./flags";
import { topicsSpec } from "./topic-flags";

const list = () => import("./list");

export const forums: CommandSpec = {
  name: "forums",
  aliases: ["f"],
  help: "Commands related to Kaggle discussion forums",
  load: list,
  subcommands: [
    { name: "list", help: "List all discussion forums", options: [...FORUMS_LIST.options], exclusive: [...FORUMS_LIST.exclusive], load: list },
    topicsSpec({ help: "List topics in a forum", list: FORUM_TOPICS_LIST, what: "forum-name", load: () => import("./topics-list") }),
  ],
};
