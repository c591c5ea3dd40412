/** The flags of `kaggle search`, as data (kaggle-cli `parse_search`, after 2.2.4). */
import { defineFlags } from "../../command";
import { SEARCH_SORT_WORDS, SEARCH_TYPE_WORDS } from "../../../core/types/search";
import { CSV, FORMAT, LIST_EXCLUSIVE, PAGE_TOKEN } from "../shared";

const TYPE_HELP: string = `Restrict results to a comma-separated list of content types. Valid types: ${Object.keys(SEARCH_TYPE_WORDS).join(", ")}. Example: --type dataset,model. If omitted, all of them are searched.`;
const SORT_HELP: string = `Sort order. One of: ${Object.keys(SEARCH_SORT_WORDS).join(", ")} (default relevance)`;

export const SEARCH = defineFlags({
  positionals: [{ name: "query", help: "Term(s) to search for across Kaggle content" }],
  options: [
    { flags: ["-t", "--type"], dest: "document_type", help: TYPE_HELP },
    { flags: ["-m", "--mine"], type: "bool", help: "Restrict the search to your own content" },
    { flags: ["--sort-by"], help: SORT_HELP },
    { flags: ["--page-size"], type: "int", help: "Number of items to show on a page. Default size is 20, max is 100" },
    PAGE_TOKEN,
    CSV,
    FORMAT,
  ],
  exclusive: LIST_EXCLUSIVE,
});
