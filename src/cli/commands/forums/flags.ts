/**
 * The flags of `kaggle forums` commands and of the `topics show` every group has, as data
 * (kaggle 2.2.3 `parse_forums`, `_get_shared_topics_parser`).
 */
import { defineFlags } from "../../command";
import { TOPIC_CATEGORY_WORDS, TOPIC_GROUP_WORDS, TOPIC_SORT_WORDS } from "../../../core/types/discussions";
import { CSV, FORMAT, LIST_EXCLUSIVE, PAGE_SIZE, PAGE_TOKEN, QUIET } from "../shared";

export const TOPIC_SORT_HELP: string = `Sort order. One of: ${TOPIC_SORT_WORDS.join(", ")}`;
const CATEGORY_HELP: string = `Filter by category. One of: ${TOPIC_CATEGORY_WORDS.join(", ")}`;
const GROUP_HELP: string = `Filter by group. One of: ${TOPIC_GROUP_WORDS.join(", ")}`;
export const TOPIC_SORT = { flags: ["--sort-by"], help: TOPIC_SORT_HELP } as const;
export const TOPIC_SEARCH = { flags: ["-s", "--search"], help: "Term(s) to search for" } as const;

/** `--page-size`, `--page-token`, `-v`, `--format`, `-q`: what every `topics` command but competitions' takes. */
export const TOPIC_PAGING = [PAGE_SIZE, PAGE_TOKEN, CSV, FORMAT, QUIET] as const;

export const FORUMS_LIST = defineFlags({ options: [CSV, FORMAT, QUIET], exclusive: LIST_EXCLUSIVE });

export const FORUM_TOPICS_LIST = defineFlags({
  positionals: [
    {
      name: "forum",
      optional: true,
      help: "Forum slug (e.g. 'getting-started', 'product-feedback'). Use \"kaggle forums\" to list available forums.",
    },
  ],
  options: [...TOPIC_PAGING, TOPIC_SORT, TOPIC_SEARCH, { flags: ["--category"], help: CATEGORY_HELP }, { flags: ["--group"], help: GROUP_HELP }],
  exclusive: LIST_EXCLUSIVE,
});

/** `topics show <ref> [id]`; the second positional's help names the group's entity in the command's spec. */
export const TOPIC_SHOW = defineFlags({
  positionals: [
    {
      name: "topic_ref",
      help: "Topic reference in format <forum-name>/<topic-id> or just <topic-id>. You can also pass <forum-name> and <topic-id> as two separate arguments.",
    },
    { name: "topic_id_arg", optional: true, type: "int", help: "Topic ID (when using two-arg form: <forum-name> <topic-id>)" },
  ],
  options: TOPIC_PAGING,
  exclusive: LIST_EXCLUSIVE,
});

/** `datasets|kernels|models topics list [entity]`: one entity's topics. */
export const DATASET_TOPICS_LIST = defineFlags({
  positionals: [
    { name: "dataset", optional: true, help: 'Dataset URL suffix in format <owner>/<dataset-name> (use "kaggle datasets list" to show options)' },
  ],
  options: [...TOPIC_PAGING, TOPIC_SORT, TOPIC_SEARCH],
  exclusive: LIST_EXCLUSIVE,
});

export const KERNEL_TOPICS_LIST = defineFlags({
  positionals: [
    { name: "kernel", optional: true, help: 'Kernel URL suffix in format <owner>/<kernel-name> (use "kaggle kernels list" to show options)' },
  ],
  options: [...TOPIC_PAGING, TOPIC_SORT, TOPIC_SEARCH],
  exclusive: LIST_EXCLUSIVE,
});

export const MODEL_TOPICS_LIST = defineFlags({
  positionals: [{ name: "model", optional: true, help: "Model URL suffix in format <owner>/<model-name>" }],
  options: [...TOPIC_PAGING, TOPIC_SORT, TOPIC_SEARCH],
  exclusive: LIST_EXCLUSIVE,
});
