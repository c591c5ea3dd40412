/** `kaggle search <query>`: one search across competitions, datasets, notebooks, models, users and discussions. */
import type { CommandSpec } from "../../args";
import { SEARCH_SORT_WORDS, SEARCH_TYPE_WORDS } from "../../../core/types/search";
import { CSV, FORMAT, LIST_EXCLUSIVE, PAGE_TOKEN } from "../shared";

export const search: CommandSpec = {
  name: "search",
  help: "Search across Kaggle competitions, datasets, notebooks, models, users, and discussions",
  positionals: [{ name: "query", help: "Term(s) to search for across Kaggle content" }],
  options: [
    {
      flags: ["-t", "--type"],
      dest: "document_type",
      help: `Restrict results to a comma-separated list of content types. Valid types: ${Object.keys(SEARCH_TYPE_WORDS).join(", ")}. Example: --type dataset,model. If omitted, all of them are searched.`,
    },
    { flags: ["-m", "--mine"], type: "bool", help: "Restrict the search to your own content" },
    { flags: ["--sort-by"], help: `Sort order. One of: ${Object.keys(SEARCH_SORT_WORDS).join(", ")} (default relevance)` },
    { flags: ["--page-size"], type: "int", help: "Number of items to show on a page. Default size is 20, max is 100" },
    PAGE_TOKEN,
    CSV,
    FORMAT,
  ],
  exclusive: LIST_EXCLUSIVE,
  load: () => import("./search"),
};
