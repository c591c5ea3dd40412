/**
 * `kaggle kernels …` (alias `k`): the official CLI's flags (kaggle 2.2.3, `push --no-run` from
 * kaggle-cli after 2.2.3), plus `push --wait`, `status --wait` and `output --max-size`.
 */
import type { CommandSpec } from "../../args";
import { FORMAT, QUIET } from "../shared";
import { DELETE, FILES, INIT, KERNEL, KERNEL_OPT, LIST, LOGS, OUTPUT, PULL } from "./flags";
import { KERNEL_TOPICS_LIST } from "../forums/flags";
import { topicsSpec } from "../forums/topic-flags";

export const kernels: CommandSpec = {
  name: "kernels",
  aliases: ["k"],
  help: "Commands related to Kaggle kernels",
  subcommands: [
    { name: "list", help: "List available kernels. By default, shows 20 results sorted by hotness", ...LIST, load: () => import("./list") },
    { name: "init", help: "Initialize metadata file for a kernel", ...INIT, load: () => import("./init") },
    {
      name: "push",
      aliases: ["update"],
      help: "Push new code to a kernel and run the kernel",
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
      load: () => import("./push"),
    },
    { name: "pull", aliases: ["get"], help: "Pull down code from a kernel", ...PULL, load: () => import("./pull") },
    { name: "output", help: "Get data output from the latest kernel run", ...OUTPUT, load: () => import("./output") },
    {
      name: "status",
      help: "Display the status of the latest kernel run",
      positionals: [KERNEL],
      options: [
        KERNEL_OPT,
        FORMAT,
        { flags: ["--wait"], type: "bool", help: "Wait until the run ends and print its final status; exit 1 unless it completes" },
        { flags: ["--timeout"], type: "int", metavar: "SECONDS", help: "With --wait: give up after this many seconds (default 3600)" },
        { flags: ["--poll-interval"], type: "int", metavar: "SECONDS", help: "With --wait: longest pause between two status checks (default 30)" },
      ],
      load: () => import("./status"),
    },
    {
      name: "logs",
      help: "Print the execution logs from the latest kernel run",
      ...LOGS,
      load: () => import("./logs"),
    },
    { name: "files", help: "List kernel output files", ...FILES, load: () => import("./files") },
    { name: "delete", help: "Delete a kernel", ...DELETE, load: () => import("./delete") },
    topicsSpec({ help: "List discussion topics for a kernel", list: KERNEL_TOPICS_LIST, what: "kernel", load: () => import("./topics") }),
  ],
};
