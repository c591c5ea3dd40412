/** The flags of `kaggle config` commands, as data: `spec.ts` shows them, each command's code reads them typed. */
import { defineFlags } from "../../command";

const NAME_HELP = "Name of the configuration parameter (one of competition, path, proxy)";

export const VIEW = defineFlags({});

export const SET = defineFlags({
  options: [
    { flags: ["-n", "--name"], required: true, help: NAME_HELP },
    {
      flags: ["-v", "--value"],
      required: true,
      help: 'Value of the configuration parameter, valid values depending on name - competition: Competition URL suffix (use "kaggle competitions list" to show options) - path: Folder where file(s) will be downloaded, defaults to current working directory - proxy: Proxy for HTTP requests',
    },
  ],
});

export const UNSET = defineFlags({ options: [{ flags: ["-n", "--name"], required: true, help: NAME_HELP }] });

export const PATH = defineFlags({
  options: [{ flags: ["-p", "--path"], help: "folder where file(s) will be downloaded, defaults to current working directory" }],
});
