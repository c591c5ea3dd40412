/** `competitions leaderboard -d` goes through the client's credential rules like every other call. */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { runCli } from "../helpers/cli";

const emu = useEmulator();

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-lb-"));

test("without credentials: exit 4 with one line, nothing written", async () => {
  const d = dir();
  const r = await runCli(["competitions", "leaderboard", "spaceship-survival", "-d", "-p", d], { env: { KAGGLE_API_ENDPOINT: emu.url } });
  assert.equal(r.code, 4, r.stderr);
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  assert.match(r.stderr, /credentials/i);
  assert.deepEqual(fs.readdirSync(d), []);
});

test("a rejected access token falls back to the API key", async () => {
  const d = dir();
  const env = {
    KAGGLE_API_ENDPOINT: emu.url,
    KAGGLE_API_TOKEN: "KGAT_not_a_real_token",
    KAGGLE_USERNAME: emu.credentials.username,
    KAGGLE_KEY: emu.credentials.key,
  };
  const r = await runCli(["competitions", "leaderboard", "spaceship-survival", "-d", "-p", d, "-q"], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(fs.readdirSync(d), ["spaceship-survival.zip"]);
});
