/** Flags of the typed `kaggle kernels` commands, as data (`spec.ts` shows them, each command reads them typed). */
import { defineFlags } from "../../command";

const KERNEL = {
  name: "kernel",
  optional: true,
  help: 'Kernel URL suffix in format <owner>/<kernel-name> (use "kaggle kernels list" to show options)',
} as const;
const KERNEL_OPT = { flags: ["-k", "--kernel"], hidden: true, dest: "kernel_opt" } as const;

export const LOGS = defineFlags({
  positionals: [KERNEL],
  options: [
    KERNEL_OPT,
    { flags: ["-f", "--follow"], type: "bool", help: "Stream live execution logs from the running session (like tail -f)" },
    // Accepted and ignored, as kaggle 2.2.3 does (live streaming is push-based).
    { flags: ["--interval"], type: "int", hidden: true },
  ],
});
