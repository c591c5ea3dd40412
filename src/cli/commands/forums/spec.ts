/** `kaggle forums …` (alias `f`): browse Kaggle's discussion forums (kaggle 2.2.0+). */
import type { CommandSpec } from "../../args";
import { TOPIC_CATEGORY_WORDS, TOPIC_GROUP_WORDS } from "../../../core/types/discussions";
import { CSV, FORMAT, LIST_EXCLUSIVE, QUIET } from "../shared";
import { TOPIC_SORT_HELP, topicsSpec } from "./topic-flags";

const list = () => import("./list");

export const forums: CommandSpec = {
  name: "forums",
  aliases: ["f"],
  help: "Commands related to Kaggle discussion forums",
  load: list,
  subcommands: [
    { name: "list", help: "List all discussion forums", options: [CSV, FORMAT, QUIET], exclusive: LIST_EXCLUSIVE, load: list },
    {
      ...topicsSpec({
        help: "List topics in a forum",
        entity: {
          name: "forum",
          optional: true,
          help: "Forum slug (e.g. 'getting-started', 'product-feedback'). Use \"kaggle forums\" to list available forums.",
        },
        listOptions: [
          { flags: ["--sort-by"], help: TOPIC_SORT_HELP },
          { flags: ["-s", "--search"], help: "Term(s) to search for" },
          { flags: ["--category"], help: `Filter by category. One of: ${TOPIC_CATEGORY_WORDS.join(", ")}` },
          { flags: ["--group"], help: `Filter by group. One of: ${TOPIC_GROUP_WORDS.join(", ")}` },
        ],
        what: "forum-name",
        load: () => import("./topics-list"),
      }),
    },
  ],
};
