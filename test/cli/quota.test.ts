/**
 * `kaggle quota` (the bundle against the emulator) as kaggle 2.2.3 prints it: a table, CSV
 * with `-v`, JSON with `--format json` and projections; hours with two decimals; the refresh
 * time as Python's isoformat; and `kernels push --no-run`, which saves a version without a run.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { pythonFixed2 } from "../../src/cli/output/quota-columns";
import { runCli } from "../helpers/cli";

let emu: Emulator;
let env: Record<string, string>;
const cli = (...argv: string[]) => runCli(argv, { env });

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {} });
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
  // Fixed times: a Wednesday, and used hours that do not move while the test runs.
  await fetch(`${emu.url}/_emulator/time`, { method: "POST", body: JSON.stringify({ now: "2030-01-02T12:00:00Z" }) });
  emu.state.kernels.quotaUsedHours = { alice: { gpu: 12.5, tpu: 19.996 } };
});
after(() => emu.close());

test("quota: table, CSV and JSON as kaggle 2.2.3 prints them", async () => {
  const t = await cli("quota");
  assert.equal(t.code, 0, t.stderr);
  assert.equal(
    t.stdout,
    [
      "resource  used    remaining  total   refreshAt            ",
      "--------  ------  ---------  ------  -------------------  ",
      "GPU       12.50h  17.50h     30.00h  2030-01-05T00:00:00  ",
      "TPU       20.00h  0.00h      20.00h  2030-01-05T00:00:00  ",
      "",
    ].join("\n"),
  );
  const csv = await cli("quota", "-v");
  assert.equal(
    csv.stdout,
    "resource,used,remaining,total,refreshAt\r\nGPU,12.50h,17.50h,30.00h,2030-01-05T00:00:00\r\nTPU,20.00h,0.00h,20.00h,2030-01-05T00:00:00\r\n",
  );
  const json = await cli("quota", "--format", "json(resource,remaining)");
  assert.deepEqual(JSON.parse(json.stdout), [
    { resource: "GPU", remaining: "17.50h" },
    { resource: "TPU", remaining: "0.00h" },
  ]);
  const both = await cli("quota", "-v", "--format", "json");
  assert.equal(both.code, 2);
});

test("hours round as Python's format does", () => {
  assert.equal(pythonFixed2(0.125), "0.12");
  assert.equal(pythonFixed2(0.375), "0.38");
  assert.equal(pythonFixed2(2.675), "2.67"); // 2.67499999… in binary
  assert.equal(pythonFixed2(17.5), "17.50");
  assert.equal(pythonFixed2(1.125), "1.12");
  assert.equal(pythonFixed2(0.625), "0.62");
});

test("kernels push --no-run sends QUICK_SAVE and saves a version that does not run", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "knorun-"));
  fs.writeFileSync(
    path.join(dir, "kernel-metadata.json"),
    JSON.stringify({ id: "alice/saved-not-run", title: "Saved not run", code_file: "run.py", language: "python", kernel_type: "script" }),
  );
  fs.writeFileSync(path.join(dir, "run.py"), "open('never.txt', 'w').write('ran')\n");
  const r = await cli("kernels", "push", "-p", dir, "--no-run");
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `Kernel version 1 successfully saved without running.  View it at ${emu.url}/code/alice/saved-not-run\n`);
  const v = emu.state.kernels.kernels.find((k) => k.slug === "saved-not-run")!.versions[0]!;
  assert.equal(v.session.status, "COMPLETE");
  assert.deepEqual(v.session.outputs, []);
  assert.equal(v.session.log.length, 0);
  const both = await cli("kernels", "push", "-p", dir, "--no-run", "--wait");
  assert.equal(both.code, 1);
  assert.match(both.stderr, /^--wait cannot be used with --no-run/);
});
