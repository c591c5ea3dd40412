/** What an RPC command loads: neither fetch nor undici (see src/core/wire.ts). */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runCli } from "../helpers/cli";

let emu: Emulator;
let dir: string;
before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {} });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-startup-"));
  // Reports at exit whether undici (behind fetch, Response, Headers and WebSocket) was loaded.
  fs.writeFileSync(
    path.join(dir, "report.cjs"),
    `process.on("exit", () => process.stderr.write("undici loaded: " + process.moduleLoadList.some((m) => m.includes("undici")) + "\\n"));\n`,
  );
});
after(async () => {
  await emu.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

for (const argv of [
  ["competitions", "list"],
  ["datasets", "download", "alice/city-weather-daily", "-f", "weather.csv", "-q"],
]) {
  test(`'kaggle ${argv.slice(0, 2).join(" ")}' never loads undici`, async () => {
    const env = {
      KAGGLE_API_ENDPOINT: emu.url,
      KAGGLE_USERNAME: "alice",
      KAGGLE_KEY: emu.credentials.key,
      NODE_OPTIONS: `--require ${path.join(dir, "report.cjs")}`,
    };
    const r = await runCli([...argv, ...(argv[1] === "download" ? ["-p", dir] : [])], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /undici loaded: false/);
  });
}
