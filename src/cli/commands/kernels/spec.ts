/**
 * `kaggle kernels …` (alias `k`): the official CLI's flags (kaggle 2.2.3, `push --no-run` from
 * kaggle-cli after 2.2.3), plus `push --wait`, `status --wait` and `output --max-size`.
 */
import type { CommandSpec } from "../../args";
import { DELETE, FILES, INIT, LIST, LOGS, OUTPUT, PULL, PUSH, STATUS } from "./flags";
import { KERNEL_TOPICS_LIST } from "../forums/flags";
import { topicsSpec } from "../forums/topic-flags";

export const kernels: CommandSpec = {
  name: "kernels",
  aliases: ["k"],
  help: "Commands related to Kaggle kernels",
  subcommands: [
    { name: "list", help: "List available kernels. By default, shows 20 results sorted by hotness", ...LIST, load: () => import("./list") },
    { name: "init", help: "Initialize metadata file for a kernel", ...INIT, load: () => import("./init") },
    { name: "push", aliases: ["update"], help: "Push new code to a kernel and run the kernel", ...PUSH, load: () => import("./push") },
    { name: "pull", aliases: ["get"], help: "Pull down code from a kernel", ...PULL, load: () => import("./pull") },
    { name: "output", help: "Get data output from the latest kernel run", ...OUTPUT, load: () => import("./output") },
    { name: "status", help: "Display the status of the latest kernel run", ...STATUS, load: () => import("./status") },
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
