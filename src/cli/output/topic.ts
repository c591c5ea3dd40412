/**
 * `topics show`: a topic and its comment tree as the official CLI prints them (`forums_topic_show_cli`):
 * a header and the tree for tables, the topic row then the flattened comments for CSV, and
 * `{"topic": …, "comments": […]}` for JSON; `--format json(a,b)` picks fields of either.
 */
import type { ApiDiscussionComment, ApiDiscussionTopic } from "../../core/types/discussions";
import { pythonDateTime } from "./cells";
import { commentColumns, flattenReplies, topicColumns } from "./discussion-columns";
import { formatCsv, FormatError, type Column, type FormatChoice } from "./format";

/** Block-level tags, which upstream's cleaner turns into a line break (bleach `HTML_TAGS_BLOCK_LEVEL`). */
const BLOCK = new Set(
  "address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section table ul".split(
    " ",
  ),
);
/** Named entities kept as they are (the common ones; any other `&name;` is escaped). */
const NAMED = new Set(
  "amp lt gt quot apos nbsp copy reg trade hellip mdash ndash lsquo rsquo ldquo rdquo bull middot times divide deg plusmn euro pound yen cent sect para laquo raquo iexcl iquest shy micro larr rarr uarr darr hearts".split(
    " ",
  ),
);
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>/g;
const ENTITY = /^&(?:#\d+|#[xX][0-9A-Fa-f]+|([A-Za-z][A-Za-z0-9]*));/;

function escapeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "&") {
      const m = ENTITY.exec(text.slice(i, i + 40));
      out += m && (m[1] === undefined || NAMED.has(m[1])) ? "&" : "&amp;";
    } else out += ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch;
  }
  return out;
}

/**
 * HTML as text the way upstream cleans it (`bleach.clean(html, tags=[], strip=True)`): comments
 * and tags dropped with their text kept, a block-level start tag after other content becoming a
 * line break, and `&`, `<`, `>` in the text escaped (entities left alone).
 */
export function htmlToText(html: string): string {
  let out = "";
  let last = 0;
  for (const m of html.matchAll(MARKUP)) {
    out += escapeText(html.slice(last, m.index));
    if (m[2] && !m[1] && BLOCK.has(m[2].toLowerCase()) && m.index > 0) out += "\n";
    last = m.index + m[0].length;
  }
  return out + escapeText(html.slice(last));
}

/** The tree: `├─ author (date) [+votes]`, then each line of the text, two spaces deeper per level. */
function commentTree(comments: readonly ApiDiscussionComment[], depth = 0): string[] {
  const indent = "  ".repeat(depth);
  return comments.flatMap((c) => {
    let content = c.content ? htmlToText(c.content).trim() : "";
    if (content.length > 200) content = `${content.slice(0, 197)}...`;
    return [
      `${indent}├─ ${c.authorName ?? ""} (${pythonDateTime(c.postDate)}) [+${c.votes ?? 0}]`,
      ...(content ? content.split("\n").map((l) => `${indent}│  ${l}`) : []),
      ...commentTree(c.replies ?? [], depth + 1),
    ];
  });
}

function header(t: ApiDiscussionTopic): string[] {
  const lines = [
    `Topic #${t.id ?? 0}: ${t.title ?? ""}`,
    `  Author: ${t.authorName ?? ""}`,
    `  Posted: ${pythonDateTime(t.postDate)}`,
    `  Votes: ${t.votes ?? 0}  Comments: ${t.commentCount ?? 0}`,
  ];
  if (t.content) lines.push("", htmlToText(t.content).trim());
  return lines;
}

/**
 * The columns of each part, as upstream picks them: from the projection, or from the topic's
 * fields followed by the comments' (so, like upstream, a name both have appears in both parts twice).
 */
function projected(fields: string[] | undefined): { topic: Column<ApiDiscussionTopic>[]; comments: Column<ApiDiscussionComment>[] } {
  const all = fields ?? [...topicColumns, ...commentColumns].map((c) => c.field);
  const known = new Set([...topicColumns, ...commentColumns].map((c) => c.field));
  const unknown = all.find((f) => !known.has(f));
  if (unknown) throw new FormatError(`unknown field '${unknown}' in --format; allowed fields: ${[...known].sort().join(", ")}`);
  return {
    topic: all.flatMap((f) => topicColumns.filter((c) => c.field === f)),
    comments: all.flatMap((f) => commentColumns.filter((c) => c.field === f)),
  };
}

const asJson = <T>(row: T, cols: Column<T>[]) => Object.fromEntries(cols.map((c) => [c.label, (c.json ?? c.value)(row) ?? null]));

/** The whole text `topics show` prints for `choice` (without the next-page line). */
export function renderTopic(topic: ApiDiscussionTopic, comments: ApiDiscussionComment[], choice: FormatChoice, quiet: boolean): string {
  if (choice.format === "table") {
    const lines = [...header(topic), ""];
    if (comments.length) lines.push("Comments:", ...commentTree(comments));
    else if (!quiet) lines.push("No comments");
    return `${lines.join("\n")}\n`;
  }
  const cols = projected(choice.fields);
  const flat = flattenReplies(comments);
  if (choice.format === "csv") {
    return (cols.topic.length ? formatCsv([topic], cols.topic) : "") + (flat.length && cols.comments.length ? formatCsv(flat, cols.comments) : "");
  }
  const out: Record<string, unknown> = {};
  if (cols.topic.length) out.topic = asJson(topic, cols.topic);
  if (cols.comments.length) out.comments = flat.map((c) => asJson(c, cols.comments));
  return `${JSON.stringify(out, null, 2)}\n`;
}
