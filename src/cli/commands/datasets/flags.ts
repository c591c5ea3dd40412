/** The flags of `kaggle datasets` commands, as data: `spec.ts` shows them, each command's code reads them typed. */
import type { OptionSpec, PositionalSpec } from "../../args";
import { defineFlags } from "../../command";
import { CSV, FORCE, FORMAT, LIST_EXCLUSIVE, PAGE_SIZE, PAGE_TOKEN, QUIET, WP } from "../shared";

const DATASET = {
  name: "dataset",
  optional: true,
  help: 'Dataset URL suffix in format <owner>/<dataset-name> (use "kaggle datasets list" to show options)',
} as const satisfies PositionalSpec;
const DATASET_OPT = { flags: ["-d", "--dataset"], hidden: true, dest: "dataset_opt" } as const satisfies OptionSpec;
const DIR_MODE = {
  flags: ["-r", "--dir-mode"],
  choices: ["skip", "zip", "tar"],
  help: 'What to do with directories: "skip" - ignore; "zip" - compress and upload; "tar" - archive and upload',
} as const satisfies OptionSpec;
const KEEP_TABULAR = {
  flags: ["-t", "--keep-tabular"],
  type: "bool",
  help: "Do not convert tabular files to CSV (default is to convert)",
} as const satisfies OptionSpec;
const UPLOAD_PATH = {
  flags: ["-p", "--path"],
  dest: "folder",
  metavar: "FOLDER",
  help: "Folder for upload, containing data files and a special dataset-metadata.json file (https://github.com/Kaggle/kaggle-api/wiki/Dataset-Metadata). Defaults to current working directory",
} as const satisfies OptionSpec;
const WAIT = {
  flags: ["--wait"],
  type: "bool",
  help: "Wait until the new version is processed and ready; exit 1 if processing fails",
} as const satisfies OptionSpec;
const TIMEOUT = {
  flags: ["--timeout"],
  type: "int",
  metavar: "SECONDS",
  help: "With --wait: give up after this many seconds (default 3600)",
} as const satisfies OptionSpec;
const IGNORE_PATTERNS = {
  flags: ["--ignore-patterns"],
  metavar: "PATTERNS",
  repeat: true,
  help: "Files to leave out, on top of the defaults (.git/, .cache/, .huggingface/, .svn/, .hg/): wildcards on paths relative to the folder, a trailing / for a whole folder; repeat the flag or separate with commas",
} as const satisfies OptionSpec;
const CONCURRENCY = { flags: ["--concurrency"], type: "int", metavar: "N", help: "Files uploaded at once (default 8)" } as const satisfies OptionSpec;

export const LIST = defineFlags({
  options: [
    {
      flags: ["--sort-by"],
      help: "Sort list results. Default is 'hottest'. Valid options are 'hottest', 'votes', 'updated', 'active' and 'published'",
    },
    { flags: ["--size"], help: "DEPRECATED. Please use --max-size and --min-size to filter dataset sizes." },
    {
      flags: ["--file-type"],
      help: "Search for datasets with a specific file type. Default is 'all'. Valid options are 'all', 'csv', 'sqlite', 'json', 'bigQuery' and 'parquet'. Please note that bigQuery datasets cannot be downloaded",
    },
    {
      flags: ["--license"],
      dest: "license_name",
      help: "Search for datasets with a specific license. Default is 'all'. Valid options are 'all', 'cc', 'gpl', 'odb', and 'other'",
    },
    { flags: ["--tags"], dest: "tag_ids", help: "Search for datasets that have specific tags. Tag list should be comma separated" },
    { flags: ["-s", "--search"], help: "Term(s) to search for" },
    { flags: ["-m", "--mine"], type: "bool", help: "Display only my items" },
    { flags: ["--user"], help: "Find public datasets owned by a specific user or organization" },
    { flags: ["-p", "--page"], type: "int", help: "Page number for results paging. Page size is 20 by default" },
    CSV,
    { flags: ["--max-size"], type: "int", help: "Specify the maximum size of the dataset to return (bytes)" },
    { flags: ["--min-size"], type: "int", help: "Specify the minimum size of the dataset to return (bytes)" },
    FORMAT,
  ],
  exclusive: LIST_EXCLUSIVE,
});
export const FILES = defineFlags({
  positionals: [DATASET],
  options: [DATASET_OPT, CSV, PAGE_TOKEN, { ...PAGE_SIZE, help: "Number of items to show on a page. Default size is 20, max is 200" }, FORMAT],
  exclusive: LIST_EXCLUSIVE,
});
export const DOWNLOAD = defineFlags({
  positionals: [DATASET],
  options: [
    DATASET_OPT,
    {
      flags: ["-f", "--file"],
      dest: "file_name",
      metavar: "FILE_NAME",
      help: 'File name, all files downloaded if not provided (use "kaggle datasets files -d <dataset>" to show options)',
    },
    { flags: ["-p", "--path"], help: "Folder where file(s) will be downloaded, defaults to current working directory" },
    WP,
    { flags: ["--unzip"], type: "bool", help: "Unzip the downloaded file. Will delete the zip file when completed." },
    FORCE,
    QUIET,
  ],
});
export const CREATE = defineFlags({
  options: [
    UPLOAD_PATH,
    { flags: ["-u", "--public"], type: "bool", help: "Create publicly (default is private)" },
    { ...QUIET, help: "Suppress printing information about the upload progress" },
    KEEP_TABULAR,
    DIR_MODE,
    IGNORE_PATTERNS,
    CONCURRENCY,
    WAIT,
    TIMEOUT,
  ],
});
export const VERSION = defineFlags({
  options: [
    { flags: ["-m", "--message"], dest: "version_notes", metavar: "VERSION_NOTES", required: true, help: "Message describing the new version" },
    UPLOAD_PATH,
    { ...QUIET, help: "Suppress printing information about the upload progress" },
    KEEP_TABULAR,
    DIR_MODE,
    { flags: ["-d", "--delete-old-versions"], type: "bool", help: "Delete old versions of this dataset" },
    IGNORE_PATTERNS,
    CONCURRENCY,
    WAIT,
    TIMEOUT,
  ],
});
export const INIT = defineFlags({
  options: [UPLOAD_PATH],
});
export const METADATA = defineFlags({
  positionals: [DATASET],
  options: [
    DATASET_OPT,
    { flags: ["--update"], type: "bool", help: "Update the metadata on Kaggle from the local dataset-metadata.json file" },
    { flags: ["-p", "--path"], help: "Location to download dataset metadata to. Defaults to current working directory" },
  ],
});
export const STATUS = defineFlags({
  positionals: [DATASET],
  options: [DATASET_OPT, FORMAT],
});

export const DELETE = defineFlags({
  positionals: [{ name: "dataset", help: 'Dataset URL suffix in format <owner>/<dataset-name> (use "kaggle datasets list" to show options)' }],
  options: [
    {
      flags: ["-y", "--yes"],
      type: "bool",
      dest: "no_confirm",
      help: 'Sets any confirmation values to "yes" automatically. Users will not be asked to confirm.',
    },
  ],
});
