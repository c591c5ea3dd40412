/** `kaggle config …`: view, set and unset values of kaggle.json; `path` sets the download folder. */
import type { CommandSpec } from "../../args";
import { PATH, SET, UNSET, VIEW } from "./flags";

export const config: CommandSpec = {
  name: "config",
  help: "Configuration settings",
  subcommands: [
    { name: "view", help: "View current config values", ...VIEW, load: () => import("./view") },
    { name: "set", help: "Set a configuration value", ...SET, load: () => import("./set") },
    { name: "unset", help: "Clear a configuration value", ...UNSET, load: () => import("./unset") },
    { name: "path", help: "Show or set the folder where file(s) will be downloaded", ...PATH, load: () => import("./path") },
  ],
};
