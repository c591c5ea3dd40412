/** setup's post step: deletes the folder holding the credentials the setup step wrote. */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";

export async function run(): Promise<void> {
  try {
    const dir = core.getState("config-dir");
    if (!dir) {
      core.info("No Kaggle credentials were saved by the setup step; nothing to remove");
      return;
    }
    if (!path.basename(dir).startsWith("kaggle-config-")) {
      core.warning(`Not removing ${dir}: it is not a folder the setup step created`);
      return;
    }
    fs.rmSync(dir, { recursive: true, force: true });
    core.info(`Removed the Kaggle credentials in ${dir}`);
  } catch (err) {
    core.warning(`Could not remove the Kaggle credentials: ${(err as Error).message}`);
  }
}
