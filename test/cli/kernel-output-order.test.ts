/** `kernels output` fetches several files at once and still reports them in the listing's order. */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runCli } from "../helpers/cli";

const COUNT = 30;
const names = Array.from({ length: COUNT }, (_, i) => `o${String(i).padStart(2, "0")}.bin`);
let emu: Emulator;
let work: string;
before(async () => {
  emu = await startEmulator({
    port: 0,
    log: () => {},
    scenarioYaml: `users:
  - username: alice
kernelSettings: { python: "off" }
kernels:
  - owner: alice
    slug: many-outputs
    versions:
      - status: complete
        outputs:
${names.map((n, i) => `          - { name: ${n}, size: ${1000 + i} }`).join("\n")}
`,
  });
  work = fs.mkdtempSync(path.join(os.tmpdir(), "kernel-output-order-"));
});
after(async () => {
  await emu.close();
  fs.rmSync(work, { recursive: true, force: true });
});

test("a slow first file does not reorder the lines; every file arrives whole", async () => {
  // The first file's GET waits while the others (fetched meanwhile) are done.
  const r = await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec: "download:latency=500msx1" }) });
  assert.equal(r.status, 200);
  const env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: "alice", KAGGLE_KEY: emu.credentials.key };
  const out = await runCli(["kernels", "output", "alice/many-outputs", "-p", work], { env });
  assert.equal(out.code, 0, out.stderr);
  const lines = out.stdout.split("\n").filter((l) => l.startsWith("Output file downloaded to "));
  assert.deepEqual(
    lines,
    names.map((n) => `Output file downloaded to ${work}/${n}`),
  );
  names.forEach((n, i) => assert.equal(fs.statSync(path.join(work, n)).size, 1000 + i));
});
