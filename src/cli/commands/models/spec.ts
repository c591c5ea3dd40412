/** `kaggle models …` (alias `m`), `models instances …` (aliases `i`, `variations`, `v`), `models instances versions …` (alias `v`) and `models topics …`, as kaggle 2.2.3. */
import type { CommandSpec } from "../../args";
import { MODEL_TOPICS_LIST } from "../forums/flags";
import { topicsSpec } from "../forums/topic-flags";
import * as F from "./flags";

const versions: CommandSpec = {
  name: "versions",
  aliases: ["v"],
  help: "Commands related to Kaggle model variations versions",
  subcommands: [
    { name: "create", help: "Create a new model variation version", ...F.VERSION_CREATE, load: () => import("./versions/create") },
    { name: "download", help: "Download model variation version files", ...F.VERSION_DOWNLOAD, load: () => import("./versions/download") },
    { name: "delete", help: "Delete a model variation version", ...F.VERSION_DELETE, load: () => import("./versions/delete") },
    { name: "files", help: "List model variation version files", ...F.VERSION_FILES, load: () => import("./versions/files") },
    { name: "list", help: "List model variation versions", ...F.VERSION_LIST, load: () => import("./versions/list") },
  ],
};

const instances: CommandSpec = {
  name: "instances",
  aliases: ["i", "variations", "v"],
  help: "Commands related to Kaggle model variations",
  subcommands: [
    versions,
    { name: "get", help: "Get a model variation", ...F.INSTANCE_GET, load: () => import("./instances/get") },
    { name: "files", help: "List files for the current version of a model variation", ...F.INSTANCE_FILES, load: () => import("./instances/files") },
    { name: "list", help: "List variations of a model", ...F.INSTANCE_LIST, load: () => import("./instances/list") },
    { name: "init", help: "Initialize metadata file for model variation creation", ...F.INSTANCE_INIT, load: () => import("./instances/init") },
    { name: "create", help: "Create a new model variation", ...F.INSTANCE_CREATE, load: () => import("./instances/create") },
    { name: "delete", help: "Delete a model variation", ...F.INSTANCE_DELETE, load: () => import("./instances/delete") },
    { name: "update", help: "Update a model variation", ...F.INSTANCE_UPDATE, load: () => import("./instances/update") },
  ],
};

export const models: CommandSpec = {
  name: "models",
  aliases: ["m"],
  help: "Commands related to Kaggle models",
  subcommands: [
    instances,
    { name: "get", help: "Get a model", ...F.GET, load: () => import("./get") },
    { name: "list", help: "List models", ...F.LIST, load: () => import("./list") },
    { name: "init", help: "Initialize metadata file for model creation", ...F.INIT, load: () => import("./init") },
    { name: "create", help: "Create a new model", ...F.CREATE, load: () => import("./create") },
    { name: "delete", help: "Delete a model", ...F.DELETE, load: () => import("./delete") },
    { name: "update", help: "Update a model", ...F.UPDATE, load: () => import("./update") },
    topicsSpec({ help: "List discussion topics for a model", list: MODEL_TOPICS_LIST, what: "model", load: () => import("./topics") }),
  ],
};
