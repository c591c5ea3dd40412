/** The flags of `kaggle models …`, `models instances …` and `models instances versions …`, as kaggle 2.2.3 declares them. */
import type { OptionSpec, PositionalSpec } from "../../args";
import { defineFlags } from "../../command";
import { CSV, FORMAT, LIST_EXCLUSIVE, PAGE_TOKEN, QUIET } from "../shared";

const METADATA_DOC = "https://github.com/Kaggle/kaggle-cli/blob/main/docs/models_metadata.md";
const MODEL: PositionalSpec = { name: "model", help: "Model URL suffix in format <owner>/<model-name>" };
const INSTANCE: PositionalSpec = {
  name: "model_instance",
  help: "Model variation URL suffix in format <owner>/<model-name>/<framework>/<instance-slug>",
};
const VERSION: PositionalSpec = {
  name: "model_instance_version",
  help: "Model variation version URL suffix in format <owner>/<model-name>/<framework>/<variation-slug>/<version-number>",
};
const MODEL_UPFILE = {
  flags: ["-p", "--path"],
  dest: "folder",
  help: `Folder containing the special model-metadata.json file (${METADATA_DOC}). Defaults to current working directory`,
} as const;
const INSTANCE_UPFILE = {
  flags: ["-p", "--path"],
  dest: "folder",
  help: `Folder for upload, containing data files and a special model-instance-metadata.json file (${METADATA_DOC}#model-instance). Defaults to current working directory`,
} as const;
const YES = {
  flags: ["-y", "--yes"],
  dest: "no_confirm",
  type: "bool",
  help: 'Sets any confirmation values to "yes" automatically. Users will not be asked to confirm.',
} as const;
const PAGE_SIZE_20 = {
  flags: ["--page-size"],
  type: "int",
  help: "Number of items to show on a page. Default size is 20, max is 200",
} as const;
const DIR_MODE = {
  flags: ["-r", "--dir-mode"],
  choices: ["skip", "zip", "tar"],
  help: 'What to do with directories: "skip" - ignore; "zip" - compressed upload; "tar" - uncompressed upload',
} as const;
const IGNORE_PATTERNS = {
  flags: ["--ignore-patterns"],
  metavar: "PATTERNS",
  repeat: true,
  help: "Files to leave out, on top of the defaults (.git/, .cache/, .huggingface/, .svn/, .hg/): wildcards on paths relative to the folder, a trailing / for a whole folder; repeat the flag or separate with commas",
} as const;
const CONCURRENCY = { flags: ["--concurrency"], type: "int", metavar: "N", help: "Files uploaded at once (default 8)" } as const;
const LIST_FORMAT: readonly OptionSpec[] = [CSV, FORMAT];

export const GET = defineFlags({
  positionals: [MODEL],
  options: [{ flags: ["-p", "--path"], dest: "folder", help: `Folder containing the special model-metadata.json file (${METADATA_DOC}).` }],
});
export const LIST = defineFlags({
  options: [
    {
      flags: ["--sort-by"],
      help: "Sort list results. Default is 'hotness'. Valid options are 'hotness', 'downloadCount', 'voteCount', 'notebookCount' and 'createTime'",
    },
    { flags: ["-s", "--search"], help: "Term(s) to search for" },
    { flags: ["--owner"], help: "Find public models owned by a specific user or organization" },
    PAGE_SIZE_20,
    PAGE_TOKEN,
    ...LIST_FORMAT,
  ],
  exclusive: LIST_EXCLUSIVE,
});
export const INIT = defineFlags({ options: [MODEL_UPFILE] });
export const CREATE = defineFlags({ options: [MODEL_UPFILE] });
export const UPDATE = defineFlags({ options: [MODEL_UPFILE] });
export const DELETE = defineFlags({ positionals: [MODEL], options: [YES] });

export const INSTANCE_GET = defineFlags({
  positionals: [INSTANCE],
  options: [
    {
      flags: ["-p", "--path"],
      dest: "folder",
      help: `Folder for downloading the special model-instance-metadata.json file (${METADATA_DOC}#model-instance). `,
    },
  ],
});
export const INSTANCE_INIT = defineFlags({ options: [INSTANCE_UPFILE] });
export const INSTANCE_CREATE = defineFlags({ options: [INSTANCE_UPFILE, QUIET, DIR_MODE, IGNORE_PATTERNS, CONCURRENCY] });
export const INSTANCE_UPDATE = defineFlags({ options: [INSTANCE_UPFILE] });
export const INSTANCE_DELETE = defineFlags({ positionals: [INSTANCE], options: [YES] });
export const INSTANCE_FILES = defineFlags({
  positionals: [INSTANCE],
  options: [...LIST_FORMAT, PAGE_SIZE_20, PAGE_TOKEN],
  exclusive: LIST_EXCLUSIVE,
});
export const INSTANCE_LIST = defineFlags({ positionals: [INSTANCE], options: [...LIST_FORMAT, PAGE_SIZE_20, PAGE_TOKEN], exclusive: LIST_EXCLUSIVE });

export const VERSION_LIST = defineFlags({ positionals: [INSTANCE], options: [...LIST_FORMAT, PAGE_SIZE_20, PAGE_TOKEN], exclusive: LIST_EXCLUSIVE });
export const VERSION_CREATE = defineFlags({
  positionals: [INSTANCE],
  options: [
    { flags: ["-p", "--path"], dest: "folder", help: "Folder for upload. Defaults to current working directory" },
    { flags: ["-n", "--version-notes"], help: "Version notes to record for the new model variation version" },
    QUIET,
    DIR_MODE,
    IGNORE_PATTERNS,
    CONCURRENCY,
  ],
});
export const VERSION_DOWNLOAD = defineFlags({
  positionals: [VERSION],
  options: [
    { flags: ["-p", "--path"], help: "Folder where file(s) will be downloaded, defaults to current working directory" },
    { flags: ["--untar"], type: "bool", help: "Untar the downloaded file. Will delete the tar file when completed." },
    { flags: ["-f", "--force"], type: "bool", help: "Skip check whether local version of file is up to date, force file download" },
    QUIET,
  ],
});
export const VERSION_FILES = defineFlags({ positionals: [VERSION], options: [...LIST_FORMAT, PAGE_SIZE_20, PAGE_TOKEN], exclusive: LIST_EXCLUSIVE });
export const VERSION_DELETE = defineFlags({ positionals: [VERSION], options: [YES] });
