/** The command tree. Each group declares its flags in its own `spec.ts`. */
import type { CommandSpec } from "./args";
import { auth } from "./commands/auth/spec";
import { competitions } from "./commands/competitions/spec";
import { config } from "./commands/config/spec";
import { datasets } from "./commands/datasets/spec";
import { forums } from "./commands/forums/spec";
import { files } from "./commands/files/spec";
import { kernels } from "./commands/kernels/spec";
import { models } from "./commands/models/spec";
import { quota } from "./commands/quota/spec";
import { search } from "./commands/search/spec";

export { VERSION } from "./version";

export const program: CommandSpec = {
  name: "kaggle",
  help: "The Kaggle API command line, compatible with the official kaggle CLI",
  options: [
    { flags: ["-v", "--version"], type: "bool", help: "Print the version of the Kaggle CLI" },
    { flags: ["-W", "--no-warn"], dest: "no_warn", type: "bool", help: "Disable out-of-date API version warning" },
    {
      flags: ["--debug"],
      type: "bool",
      help: "Print each request on stderr: method, URL, status and time (credentials and tokens redacted)",
    },
  ],
  subcommands: [competitions, datasets, kernels, models, files, forums, config, auth, quota, search],
};
