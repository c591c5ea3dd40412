/** The flags of `kaggle kernels` commands, as data: `spec.ts` shows them, each command's code reads them typed. */
import type { OptionSpec, PositionalSpec } from "../../args";
import { defineFlags } from "../../command";
import { CSV, FORCE, FORMAT, LIST_EXCLUSIVE, QUIET, WP } from "../shared";

export const KERNEL = {
  name: "kernel",
  optional: true,
  help: 'Kernel URL suffix in format <owner>/<kernel-name> (use "kaggle kernels list" to show options)',
} as const satisfies PositionalSpec;
export const KERNEL_OPT = { flags: ["-k", "--kernel"], hidden: true, dest: "kernel_opt" } as const satisfies OptionSpec;

export const LIST = defineFlags({
  options: [
    { flags: ["-m", "--mine"], type: "bool", help: "Display only my items" },
    { flags: ["-p", "--page"], type: "int", help: "Page number for results paging. Page size is 20 by default" },
    { flags: ["--page-size"], type: "int", help: "Number of items to show on a page. Default size is 20, max is 100" },
    { flags: ["-s", "--search"], help: "Term(s) to search for" },
    { flags: ["--parent"], help: "Find children of the specified parent kernel" },
    { flags: ["--competition"], help: "Find kernels for a given competition slug" },
    { flags: ["--dataset"], help: "Find kernels for a given dataset slug. Format is {username/dataset-slug}" },
    { flags: ["--user"], help: "Find kernels created by a given username" },
    {
      flags: ["--language"],
      help: "Specify the language the kernel is written in. Default is 'all'. Valid options are 'all', 'python', 'r', 'sqlite', and 'julia'",
    },
    { flags: ["--kernel-type"], help: "Specify the type of kernel. Default is 'all'. Valid options are 'all', 'script', and 'notebook'" },
    {
      flags: ["--output-type"],
      help: "Search for specific kernel output types. Default is 'all'. Valid options are 'all', 'visualization', and 'data'",
    },
    {
      flags: ["--sort-by"],
      help: "Sort list results. Default is 'hotness'. Valid options are 'hotness', 'commentCount', 'dateCreated', 'dateRun', 'relevance', 'scoreAscending', 'scoreDescending', 'viewCount', and 'voteCount'. 'relevance' is only applicable if a search term is specified.",
    },
    CSV,
    FORMAT,
  ],
  exclusive: LIST_EXCLUSIVE,
});
export const INIT = defineFlags({
  options: [
    {
      flags: ["-p", "--path"],
      help: "Folder for upload, containing data files and a special kernel-metadata.json file (https://github.com/Kaggle/kaggle-cli/blob/main/docs/kernels_metadata.md). Defaults to current working directory",
    },
  ],
});
export const PULL = defineFlags({
  positionals: [KERNEL],
  options: [
    KERNEL_OPT,
    { flags: ["-p", "--path"], help: "Folder for downloading files. Defaults to current working directory" },
    { ...WP, help: "Download files to current working path" },
    { flags: ["-m", "--metadata"], type: "bool", help: "Generate metadata when pulling kernel" },
  ],
  exclusive: [["path", "wp"]],
});
export const OUTPUT = defineFlags({
  positionals: [KERNEL],
  options: [
    KERNEL_OPT,
    { flags: ["-p", "--path"], help: "Folder for downloading files. Defaults to current working directory" },
    { ...WP, help: "Download files to current working path" },
    FORCE,
    QUIET,
    { flags: ["--file-pattern"], help: "Regex pattern to match against filenames. Only files matching the pattern will be downloaded." },
    { flags: ["--page-size"], type: "int", help: "Number of items to show on a page. Default size is 20, max is 200" },
    { flags: ["--page-token"], help: "Page token for results paging (fetches only that page; the log is not written)" },
    { flags: ["--max-size"], metavar: "SIZE", help: "Skip output files larger than this, in bytes or with a unit (e.g. 500MB, 2GB)" },
  ],
  exclusive: [["path", "wp"]],
});
export const FILES = defineFlags({
  positionals: [KERNEL],
  options: [
    KERNEL_OPT,
    CSV,
    FORMAT,
    { flags: ["--page-token"], help: "Page token for results paging." },
    { flags: ["--page-size"], type: "int", help: "Number of items to show on a page. Default size is 20, max is 200" },
  ],
  exclusive: LIST_EXCLUSIVE,
});
export const DELETE = defineFlags({
  positionals: [{ ...KERNEL, optional: false }],
  options: [
    {
      flags: ["-y", "--yes"],
      dest: "no_confirm",
      type: "bool",
      help: 'Sets any confirmation values to "yes" automatically. Users will not be asked to confirm.',
    },
  ],
});

export const LOGS = defineFlags({
  positionals: [KERNEL],
  options: [
    KERNEL_OPT,
    { flags: ["-f", "--follow"], type: "bool", help: "Stream live execution logs from the running session (like tail -f)" },
    // Accepted and ignored, as kaggle 2.2.3 does (live streaming is push-based).
    { flags: ["--interval"], type: "int", hidden: true },
  ],
});

export const PUSH = defineFlags({
  options: [
    {
      flags: ["-p", "--path"],
      help: "Folder for upload, containing data files and a special kernel-metadata.json file (https://github.com/Kaggle/kaggle-cli/blob/main/docs/kernels_metadata.md). Defaults to current working directory",
    },
    {
      flags: ["-t", "--timeout"],
      type: "int",
      help: "Limit the run time of a kernel to the given number of seconds. The global maximum time will be enforced if it is less than this value.",
    },
    {
      flags: ["--accelerator"],
      help: "Specify the type of accelerator to use for the kernel run, e.g. NvidiaTeslaP100, NvidiaTeslaT4, TpuV38. Overrides machine_shape in kernel-metadata.json",
    },
    { flags: ["--no-run"], dest: "no_run", type: "bool", help: "Save a new version without running it (Quick Save)" },
    { flags: ["--wait"], type: "bool", help: "Wait until the pushed version finishes running and print its status; exit 1 unless it completes" },
    { flags: ["--wait-timeout"], type: "int", metavar: "SECONDS", help: "With --wait: give up after this many seconds (default 3600)" },
    QUIET,
    FORMAT,
  ],
});

export const STATUS = defineFlags({
  positionals: [KERNEL],
  options: [
    KERNEL_OPT,
    FORMAT,
    { flags: ["--wait"], type: "bool", help: "Wait until the run ends and print its final status; exit 1 unless it completes" },
    { flags: ["--timeout"], type: "int", metavar: "SECONDS", help: "With --wait: give up after this many seconds (default 3600)" },
    { flags: ["--poll-interval"], type: "int", metavar: "SECONDS", help: "With --wait: longest pause between two status checks (default 30)" },
  ],
});
