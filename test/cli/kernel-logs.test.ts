/**
 * `kaggle kernels logs` (the bundle against the emulator): the latest run's log as the server
 * keeps it, `-f` printing a running kernel's lines while it is still running and returning when
 * it ends, the official errors; and `kernels status --wait`.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { findPython } from "../../src/emulator/kernels/runner";
import { runBundle, runCli } from "../helpers/cli";

let emu: Emulator;
let env: Record<string, string>;
const hasPython = findPython() !== undefined;
const cli = (...argv: string[]) => runCli(argv, { env });

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {} });
  emu.state.kernels.queueDelayMs = 0;
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key, HOME: os.tmpdir() };
});
after(() => emu.close());

function kernelFolder(slug: string, code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "klogs-"));
  fs.writeFileSync(
    path.join(dir, "kernel-metadata.json"),
    JSON.stringify({ id: `alice/${slug}`, title: slug, code_file: "run.py", language: "python", kernel_type: "script" }),
  );
  fs.writeFileSync(path.join(dir, "run.py"), code);
  return dir;
}

/** Prints `first`, waits for the file `gate`, prints `second` and a last line without a newline. */
const gated = (gate: string) =>
  `import os, sys, time\nprint("first", flush=True)\nprint("to stderr", file=sys.stderr)\nwhile not os.path.exists(${JSON.stringify(gate)}):\n    time.sleep(0.02)\nprint("second")\nprint("last", end="")\n`;

test("logs without -f prints the latest run's log as the server keeps it", async () => {
  const r = await cli("kernels", "logs", "alice/spaceship-baseline");
  assert.equal(r.code, 0, r.stderr);
  const records = JSON.parse(r.stdout) as { stream_name: string; data: string }[];
  assert.ok(records.length > 0);
  assert.ok(r.stdout.endsWith("}]\n"));
  const bare = await cli("kernels", "logs", "spaceship-baseline");
  assert.equal(bare.stdout, r.stdout);
});

test(
  "logs -f prints a running kernel's lines while it runs and returns when it ends",
  { skip: !hasPython && "no python3", timeout: 60_000 },
  async () => {
    const gate = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "klogs-gate-")), "go");
    const pushed = await cli("kernels", "push", "-p", kernelFolder("follow-me-please", gated(gate)));
    assert.equal(pushed.code, 0, pushed.stderr);
    let statusWhenFirst: Promise<string> | undefined;
    const r = await runBundle("cli", ["kernels", "logs", "alice/follow-me-please", "-f"], {
      env,
      onStdout: (soFar) => {
        if (statusWhenFirst || !soFar.includes("first\n")) return;
        statusWhenFirst = cli("kernels", "status", "alice/follow-me-please").then((s) => {
          fs.writeFileSync(gate, "");
          return s.stdout;
        });
      },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      await statusWhenFirst,
      'alice/follow-me-please has status "KernelWorkerStatus.RUNNING"\n',
      "the first line came while the run was going",
    );
    assert.equal(r.stdout, "first\nto stderr\nsecond\nlast\n");
    // Once ended, -f reads the whole log and prints the same lines.
    const again = await cli("kernels", "logs", "alice/follow-me-please", "--follow", "--interval", "3");
    assert.equal(again.stdout, r.stdout);
  },
);

test("logs: the official errors, one line each, exit 1", async () => {
  const none = await cli("kernels", "logs");
  assert.equal(none.code, 1);
  assert.equal(none.stderr, "A kernel must be specified\n");
  const short = await cli("kernels", "logs", "alice/abc", "-f");
  assert.equal(short.code, 1);
  assert.equal(short.stderr, "Kernel slug must be at least five characters\n");
  const missing = await cli("kernels", "logs", "alice/no-such-kernel", "-f");
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr, "Kernel 'alice/no-such-kernel' not found.\n");
  const hint =
    "(Permission 'kernels.get' was denied). The most likely cause is a wrong kernel slug. Use the slug from the notebook URL (kaggle.com/code/owner/KERNEL-SLUG).\n";
  const denied = await cli("kernels", "logs", "carol/private-experiments");
  assert.equal(denied.code, 1);
  assert.equal(denied.stderr, `Cannot access kernel 'carol/private-experiments' ${hint}`);
  const deniedStream = await cli("kernels", "logs", "carol/private-experiments", "-f");
  assert.equal(deniedStream.stderr, `Cannot stream logs for kernel 'carol/private-experiments' ${hint}`);
});

test("status --wait polls until the run ends, then exits 1 unless it completed", { skip: !hasPython && "no python3", timeout: 60_000 }, async () => {
  const ok = await cli("kernels", "push", "-p", kernelFolder("status-wait-ok", "print('done')\n"));
  assert.equal(ok.code, 0, ok.stderr);
  const waited = await cli("kernels", "status", "alice/status-wait-ok", "--wait", "--timeout", "60", "--poll-interval", "1");
  assert.equal(waited.code, 0, waited.stderr);
  assert.equal(waited.stdout, 'alice/status-wait-ok has status "KernelWorkerStatus.COMPLETE"\n');
  const bad = await cli("kernels", "push", "-p", kernelFolder("status-wait-bad", "raise ValueError('nope')\n"));
  assert.equal(bad.code, 0, bad.stderr);
  const failed = await cli("kernels", "status", "alice/status-wait-bad/1", "--wait", "--poll-interval", "1");
  assert.equal(failed.code, 1);
  assert.equal(
    failed.stdout,
    'alice/status-wait-bad/1 has status "KernelWorkerStatus.ERROR"\nFailure message: "Kernel run failed: ValueError: nope"\n',
  );
  const noWait = await cli("kernels", "status", "alice/status-wait-ok", "--timeout", "5");
  assert.equal(noWait.code, 1);
  assert.equal(noWait.stderr, "--timeout needs --wait\n");
});
