/** `kaggle quota`: the caller's weekly GPU and TPU quota (kaggle 2.2.1). */
import type { CommandSpec } from "../../args";
import { QUOTA } from "./flags";

export const quota: CommandSpec = {
  name: "quota",
  help: "Show the current user's weekly GPU and TPU accelerator quota",
  ...QUOTA,
  load: () => import("./view"),
};
