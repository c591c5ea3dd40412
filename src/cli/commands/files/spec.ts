/** `kaggle files …`: files in the caller's Kaggle inbox. */
import type { CommandSpec } from "../../args";
import { UPLOAD } from "./flags";

export const files: CommandSpec = {
  name: "files",
  help: "Commands related files",
  subcommands: [{ name: "upload", aliases: ["u"], help: "Upload files", ...UPLOAD, load: () => import("./upload") }],
};
