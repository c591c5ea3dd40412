/**
 * The one Logger the actions give the client: its lines go to the step log (debug lines only
 * when step debugging is on).
 */
import * as core from "@actions/core";
import type { Logger } from "../../core/env";

export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
};
