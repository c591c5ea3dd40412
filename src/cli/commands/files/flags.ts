/** The flags of `kaggle files` commands, as data: `spec.ts` shows them, each command's code reads them typed. */
import { defineFlags } from "../../command";

export const UPLOAD = defineFlags({
  options: [
    { flags: ["-i", "--inbox-path"], help: "Virtual path on the server where the uploaded files will be stored" },
    { flags: ["--no-resume"], type: "bool", help: "Whether to skip resumable uploads." },
    { flags: ["--no-compress"], type: "bool", help: "Whether to compress directories (zip) or not (tar)" },
  ],
  positionals: [
    {
      name: "local_paths",
      metavar: "local-path",
      many: true,
      help: 'List of local filesystem paths. Each path creates a separate file on the server. Directories are uploaded as zip archives by default (e.g., a directory called "data" will be uploaded as "data.zip")',
    },
  ],
});
