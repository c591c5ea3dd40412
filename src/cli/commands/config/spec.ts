/** `kaggle config …`: view, set and unset values of kaggle.json; `path` sets the download folder. */
import type { CommandSpec } from "../../args";

export const config: CommandSpec = {
  name: "config",
  help: "Configuration settings",
  subcommands: [
    { name: "view", help: "View current config values", load: () => import("./view") },
    {
      name: "set",
      help: "Set a configuration value",
      options: [
        { flags: ["-n", "--name"], required: true, help: "Name of the configuration parameter (one of competition, path, proxy)" },
        {
          flags: ["-v", "--value"],
          required: true,
          help: 'Value of the configuration parameter, valid values depending on name - competition: Competition URL suffix (use "kaggle competitions list" to show options) - path: Folder where file(s) will be downloaded, defaults to current working directory - proxy: Proxy for HTTP requests',
        },
      ],
      load: () => import("./set"),
    },
    {
      name: "unset",
      help: "Clear a configuration value",
      options: [{ flags: ["-n", "--name"], required: true, help: "Name of the configuration parameter (one of competition, path, proxy)" }],
      load: () => import("./unset"),
    },
    {
      name: "path",
      help: "Show or set the folder where file(s) will be downloaded",
      options: [{ flags: ["-p", "--path"], help: "folder where file(s) will be downloaded, defaults to current working directory" }],
      load: () => import("./path"),
    },
  ],
};
