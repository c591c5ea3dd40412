/** `kaggle search <query>`: one search across competitions, datasets, notebooks, models, users and discussions. */
import type { CommandSpec } from "../../args";
import { SEARCH } from "./flags";

export const search: CommandSpec = {
  name: "search",
  help: "Search across Kaggle competitions, datasets, notebooks, models, users, and discussions",
  positionals: [...SEARCH.positionals],
  options: [...SEARCH.options],
  exclusive: [...SEARCH.exclusive],
  load: () => import("./search"),
};
