/**
 * The `topics` sub-tree every group has (`competitions`, `datasets`, `kernels`, `forums`): `topics`
 * alone lists, as does `topics list`; `topics show <ref> [id]` prints one topic with its comments.
 */
import type { CommandSpec, OptionSpec, PositionalSpec } from "../../args";
import { LIST_EXCLUSIVE } from "../shared";
import { TOPIC_PAGING, TOPIC_SHOW } from "./flags";

export { TOPIC_SORT_HELP } from "./flags";

/** `topics show`; `what` names the first of the two-argument form (`<dataset> <topic-id>`). */
export function topicShowSpec(what: string): CommandSpec {
  const [ref, id] = TOPIC_SHOW.positionals;
  return {
    name: "show",
    help: "Display a topic with all its comments in tree form",
    positionals: [ref, { ...id, help: `Topic ID (when using two-arg form: <${what}> <topic-id>)` }],
    options: [...TOPIC_SHOW.options],
    exclusive: LIST_EXCLUSIVE,
    load: () => import("./topic-show"),
  };
}

/**
 * `<group> topics [list|show]`: `list` takes the entity and `list` flags; the bare `topics` runs
 * the same code with only the shared flags, as upstream's parser does.
 */
export function topicsSpec(opts: {
  help: string;
  list: { positionals: readonly PositionalSpec[]; options: readonly OptionSpec[] };
  what: string;
  load: CommandSpec["load"];
}): CommandSpec {
  return {
    name: "topics",
    help: opts.help,
    options: [...TOPIC_PAGING],
    exclusive: LIST_EXCLUSIVE,
    load: opts.load,
    subcommands: [
      {
        name: "list",
        help: opts.help,
        positionals: [...opts.list.positionals],
        options: [...opts.list.options],
        exclusive: LIST_EXCLUSIVE,
        load: opts.load,
      },
      topicShowSpec(opts.what),
    ],
  };
}
