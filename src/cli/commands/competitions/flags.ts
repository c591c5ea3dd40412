/** The flags of `kaggle competitions` commands, as data: `spec.ts` shows them, each command's code reads them typed. */
import { defineFlags } from "../../command";
import { CSV, FORMAT, LIST_EXCLUSIVE, PAGE_SIZE, PAGE_TOKEN } from "../shared";

export const LIST = defineFlags({
  options: [
    {
      flags: ["--group"],
      help: "Search for competitions in a specific group. Default is 'everything'. Valid options are 'general', 'entered', 'community', 'hosted', 'unlaunched', 'unlaunched_community'",
    },
    {
      flags: ["--category"],
      help: "Search for competitions of a specific category. Default is 'all'. Valid options are 'all', 'featured', 'research', 'recruitment', 'gettingStarted', 'masters', 'playground'",
    },
    {
      flags: ["--sort-by"],
      help: "Sort list results. Default is 'best'. Valid options are 'grouped', 'best', 'prize', 'earliestDeadline', 'latestDeadline', 'numberOfTeams', 'relevance', 'recentlyCreated'",
    },
    { flags: ["-p", "--page"], type: "int", help: "Page number for results paging. Page size is 20 by default" },
    { flags: ["-s", "--search"], help: "Term(s) to search for" },
    PAGE_SIZE,
    PAGE_TOKEN,
    CSV,
    FORMAT,
  ],
  exclusive: LIST_EXCLUSIVE,
});
