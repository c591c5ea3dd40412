/** `kaggle datasets …` (alias `d`): flags as in the official CLI, plus kaggle 2.x `--format`. */
import type { CommandSpec } from "../../args";
import { CREATE, DELETE, DOWNLOAD, FILES, INIT, LIST, METADATA, STATUS, VERSION } from "./flags";
import { DATASET_TOPICS_LIST } from "../forums/flags";
import { topicsSpec } from "../forums/topic-flags";

export const datasets: CommandSpec = {
  name: "datasets",
  aliases: ["d"],
  help: "Commands related to Kaggle datasets",
  subcommands: [
    { name: "list", help: "List available datasets", ...LIST, load: () => import("./list") },
    { name: "files", help: "List dataset files", ...FILES, load: () => import("./files") },
    { name: "download", help: "Download dataset files", ...DOWNLOAD, load: () => import("./download") },
    { name: "create", help: "Create a new dataset", ...CREATE, load: () => import("./create") },
    { name: "version", help: "Create a new dataset version", ...VERSION, load: () => import("./version") },
    { name: "init", help: "Initialize metadata file for dataset creation", ...INIT, load: () => import("./init") },
    { name: "metadata", help: "Download metadata about a dataset", ...METADATA, load: () => import("./metadata") },
    { name: "status", help: "Get the creation status for a dataset", ...STATUS, load: () => import("./status") },
    {
      name: "delete",
      help: "Delete a dataset",
      ...DELETE,
      load: () => import("./delete"),
    },
    topicsSpec({ help: "List discussion topics for a dataset", list: DATASET_TOPICS_LIST, what: "dataset", load: () => import("./topics") }),
  ],
};
