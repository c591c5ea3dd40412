/** The flags of `kaggle datasets` commands, as data: `spec.ts` shows them, each command's code reads them typed. */
import { defineFlags } from "../../command";

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
