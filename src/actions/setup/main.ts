/**
 * setup: checks the credentials, saves them where the kaggle CLI and the other actions look
 * (kaggle.json, mode 0600, in a fresh folder under RUNNER_TEMP, exported as KAGGLE_CONFIG_DIR),
 * and installs the kaggle CLI on PATH. Its post step (setup-post) deletes the folder.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { CONFIG_FILE_NAME, writeConfigFile } from "../../core/config";
import type { Credentials } from "../../core/credentials";
import { createClient, mask } from "../common/credentials";
import { runAction } from "../common/run";
import type { InputValues } from "../common/spec";
import { cell } from "../common/summary";
import { installCli, tempRoot } from "./cli-install";
import { spec } from "./spec";

export const STATE_CONFIG_DIR = "config-dir";
export const TOKEN_FILE_NAME = "access_token";

type Inputs = InputValues<typeof spec.inputs>;

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const { client, credentials, endpoint } = createClient(inputs);
    const username = inputs.validate ? await validate(client, credentials, endpoint) : credentials.username;
    outputs.set("username", username ?? "");
    const dir = saveCredentials(credentials, username, endpoint, inputs);
    outputs.set("config-dir", dir);
    const cli = await core.group("Installing the kaggle CLI", async () => {
      const installed = await installCli(tempRoot());
      core.info(`kaggle ${installed.version} is on PATH from ${installed.dir}`);
      return installed;
    });
    outputs.set("cli-version", cli.version);
    summary.heading("Kaggle setup").facts([
      ["User", username ? cell(username) : "_(not checked)_"],
      ["Credentials", cell(credentials.method === "LEGACY_API_KEY" ? "API key" : "API token")],
      ["Checked", inputs.validate ? ":white_check_mark: accepted by Kaggle" : "no (validate: false)"],
      ["Endpoint", cell(endpoint)],
      ["KAGGLE_CONFIG_DIR", `\`${cell(dir)}\``],
      ["kaggle CLI", cell(cli.version)],
    ]);
  });
}

/** One cheap call that Kaggle answers only for good credentials; the user name they belong to. */
async function validate(client: KaggleClient, credentials: Credentials, endpoint: string): Promise<string | undefined> {
  return core.group("Checking the Kaggle credentials", async () => {
    let username = credentials.username;
    if (credentials.method === "LEGACY_API_KEY") await client.competitions.list({ pageSize: 1 });
    else username = await client.username();
    core.info(`Kaggle accepted the credentials of ${username} (from ${credentials.source}) at ${endpoint}`);
    return username;
  });
}

/** kaggle.json (and a token file) in a fresh private folder, exported for the later steps; the folder. */
function saveCredentials(credentials: Credentials, username: string | undefined, endpoint: string, inputs: Inputs): string {
  const dir = fs.mkdtempSync(path.join(tempRoot(), "kaggle-config-"));
  fs.chmodSync(dir, 0o700);
  core.saveState(STATE_CONFIG_DIR, dir);
  const values: Record<string, string> = {};
  if (username) values.username = username;
  if (credentials.method === "LEGACY_API_KEY") {
    values.key = credentials.key;
  } else {
    const tokenFile = path.join(dir, TOKEN_FILE_NAME);
    fs.writeFileSync(tokenFile, `${credentials.token}\n`, { mode: 0o600 });
    core.exportVariable("KAGGLE_API_TOKEN", tokenFile);
  }
  mask(`${JSON.stringify(values, null, 2)}\n`);
  writeConfigFile(path.join(dir, CONFIG_FILE_NAME), values);
  core.exportVariable("KAGGLE_CONFIG_DIR", dir);
  if (inputs.endpoint) core.exportVariable("KAGGLE_API_ENDPOINT", endpoint);
  core.info(`Saved the credentials in ${path.join(dir, CONFIG_FILE_NAME)} (mode 0600); KAGGLE_CONFIG_DIR points there`);
  return dir;
}
