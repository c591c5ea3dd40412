/**
 * The `topics` sub-tree every group has (`competitions`, `datasets`, `kernels`, `forums`), with
 * the official CLI's flags (kaggle 2.2.3 `_get_shared_topics_parser`): `topics` alone lists, as
 * does `topics list`; `topics show <ref> [id]` prints one topic with its comments.
 */
import type { CommandSpec, OptionSpec, PositionalSpec } from "../../args";
import { TOPIC_SORT_WORDS } from "../../../core/types/discussions";
import { CSV, FORMAT, LIST_EXCLUSIVE, PAGE_SIZE, PAGE_TOKEN, QUIET } from "../shared";

/** `--page-size`, `--page-token`, `-v`, `--format`, `-q` of every `topics` command but competitions'. */
export const TOPIC_PAGING: OptionSpec[] = [PAGE_SIZE, PAGE_TOKEN, CSV, FORMAT, QUIET];

export const TOPIC_SORT_HELP = `Sort order. One of: ${TOPIC_SORT_WORDS.join(", ")}`;

export const TOPIC_REF: PositionalSpec = {
  name: "topic_ref",
  help: "Topic reference in format <forum-name>/<topic-id> or just <topic-id>. You can also pass <forum-name> and <topic-id> as two separate arguments.",
};

/** `topics show`; `what` names the first of the two-argument form (`<dataset> <topic-id>`). */
export function topicShowSpec(what: string): CommandSpec {
  return {
    name: "show",
    help: "Display a topic with all its comments in tree form",
    positionals: [TOPIC_REF, { name: "topic_id_arg", optional: true, type: "int", help: `Topic ID (when using two-arg form: <${what}> <topic-id>)` }],
    options: TOPIC_PAGING,
    exclusive: LIST_EXCLUSIVE,
    load: () => import("./topic-show"),
  };
}

/**
 * `<group> topics [list|show]`: `list` takes the entity (`entity`) and `listOptions`; the bare
 * `topics` runs the same listing with only the shared flags, as upstream's parser does.
 */
export function topicsSpec(opts: {
  help: string;
  entity: PositionalSpec;
  listOptions: OptionSpec[];
  what: string;
  load: CommandSpec["load"];
}): CommandSpec {
  return {
    name: "topics",
    help: opts.help,
    options: TOPIC_PAGING,
    exclusive: LIST_EXCLUSIVE,
    load: opts.load,
    subcommands: [
      {
        name: "list",
        help: opts.help,
        positionals: [opts.entity],
        options: [...TOPIC_PAGING, ...opts.listOptions],
        exclusive: LIST_EXCLUSIVE,
        load: opts.load,
      },
      topicShowSpec(opts.what),
    ],
  };
}
