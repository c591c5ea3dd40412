/**
 * Dispatch now, collect later: kernel-push with `wait: false` returns at once; kernel-status,
 * a separate invocation started while the run is still going, waits for that version (log live
 * in a group), downloads its output (here a notebook's submission.csv, then submitted and
 * scored), fails on a failing cell with the traceback in the summary, looks once with
 * `wait: false`, and refuses to collect the output of a version that is no longer the latest.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { findPython } from "../../src/emulator/kernels/runner";
import { assertFailedWith, repoRoot, runnerFiles, runBundleStep, visibleLog, writeTemp } from "./harness";

const hasPython = findPython() !== undefined;

describe("kernel-status", { skip: !hasPython && "no python3" }, () => {
  let emu: Emulator;
  let env: Record<string, string>;
  const requests: string[] = [];
  before(async () => {
    emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, verbose: true, log: (l) => requests.push(l) });
    emu.state.kernels.queueDelayMs = 0;
    env = { KAGGLE_API_TOKEN: emu.credentials.token, KAGGLE_API_ENDPOINT: emu.url };
  });
  after(() => emu.close());

  const statusCalls = () => requests.filter((l) => l.includes("/GetKernelSessionStatus ")).length;
  /** The demo notebook, as `slug`, with a first cell that waits until `gate` exists. */
  function gatedNotebook(workspace: string, slug: string, gate: string, extraCell?: string): string {
    const dir = path.join(workspace, slug);
    fs.cpSync(path.join(repoRoot, "demo", "notebook"), dir, { recursive: true });
    const metaFile = path.join(dir, "kernel-metadata.json");
    fs.writeFileSync(metaFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(metaFile, "utf8")), id: `alice/${slug}`, title: slug }));
    const nbFile = path.join(dir, "train.ipynb");
    const nb = JSON.parse(fs.readFileSync(nbFile, "utf8")) as { cells: unknown[] };
    const code = (source: string) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source });
    nb.cells.splice(
      1,
      0,
      code(`import os, time\nprint("waiting for the gate", flush=True)\nwhile not os.path.exists(${JSON.stringify(gate)}):\n    time.sleep(0.02)`),
    );
    if (extraCell) nb.cells.push(code(extraCell));
    fs.writeFileSync(nbFile, JSON.stringify(nb));
    return slug;
  }
  const gatePath = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kstatus-gate-")), "go");

  it("a notebook dispatched with wait: false is collected by a later step that waits, then submitted and scored", async () => {
    const files = runnerFiles();
    const gate = gatePath();
    const slug = gatedNotebook(files.workspace, "dispatch-notebook", gate);
    const push = await runBundleStep("kernel-push", { files, env, inputs: { path: slug, wait: "false" } });
    assert.equal(push.ok, true, visibleLog(push.log));
    assert.equal(push.outputs.kernel, "alice/dispatch-notebook");
    assert.equal(push.outputs.version, "1");
    assert.ok(["QUEUED", "RUNNING"].includes(push.outputs.status!), push.outputs.status);
    assert.match(push.summary, /not waited for/);
    // The collector starts while the run is held at its gate; the gate opens once it is polling.
    const before = statusCalls();
    const released = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (statusCalls() <= before) return;
        clearInterval(check);
        fs.writeFileSync(gate, "");
        resolve();
      }, 10);
    });
    const collect = runBundleStep("kernel-status", {
      env,
      inputs: { kernel: push.outputs.kernel!, version: push.outputs.version!, "download-output": "out", timeout: "120" },
    });
    await released;
    const step = await collect;
    assert.equal(step.ok, true, visibleLog(step.log) + step.summary);
    assert.equal(step.outputs.status, "COMPLETE");
    assert.equal(step.outputs.done, "true");
    assert.match(
      step.log,
      /::group::Run of alice\/dispatch-notebook version 1[^\n]*\n(?:[^\n]*\n)*?waiting for the gate\n(?:[^\n]*\n)*?trained on \d+ rows/,
    );
    const out = path.join(step.files.workspace, "out");
    assert.equal(step.outputs["output-path"], out);
    assert.ok(fs.existsSync(path.join(out, "dispatch-notebook.ipynb")), "the executed notebook is an output");
    const sub = fs.readFileSync(path.join(out, "submission.csv"), "utf8");
    assert.match(sub, /^PassengerId,Transported\r?\n/);
    const submit = await runBundleStep("competition-submit", {
      env,
      files: step.files,
      inputs: { competition: "spaceship-survival", file: "out/submission.csv" },
    });
    assert.equal(submit.ok, true, visibleLog(submit.log));
    assert.equal(submit.outputs.status, "COMPLETE");
    assert.match(submit.outputs["public-score"]!, /^0\.\d+$/);
  });

  it("a failing cell fails the collector with the traceback in the summary", async () => {
    const files = runnerFiles();
    const gate = gatePath();
    fs.writeFileSync(gate, "");
    const slug = gatedNotebook(files.workspace, "failing-notebook", gate, "def check():\n    raise ValueError('accuracy too low')\ncheck()");
    const push = await runBundleStep("kernel-push", { files, env, inputs: { path: slug, wait: "false" } });
    assert.equal(push.ok, true, visibleLog(push.log));
    const step = await runBundleStep("kernel-status", {
      env,
      inputs: { kernel: "alice/failing-notebook", version: push.outputs.version!, timeout: "120" },
    });
    assertFailedWith(step, "The run of alice/failing-notebook version 1 ended with ERROR: Kernel run failed: ValueError: accuracy too low");
    assert.equal(step.outputs.status, "ERROR");
    assert.match(step.summary, /End of the run log/);
    assert.match(step.summary, /Traceback \(most recent call last\):/);
    assert.match(step.summary, /raise ValueError\(&#39;accuracy too low&#39;\)|raise ValueError\('accuracy too low'\)/);
  });

  it("wait: false looks once: a run still going passes with done: false; an older version's output is refused", async () => {
    const files = runnerFiles();
    const gate = gatePath();
    const slug = gatedNotebook(files.workspace, "look-once-notebook", gate);
    const push = await runBundleStep("kernel-push", { files, env, inputs: { path: slug, wait: "false" } });
    assert.equal(push.ok, true, visibleLog(push.log));
    const look = await runBundleStep("kernel-status", { env, inputs: { kernel: "alice/look-once-notebook", wait: "false" } });
    assert.equal(look.ok, true, visibleLog(look.log));
    assert.equal(look.outputs.done, "false");
    assert.ok(["QUEUED", "RUNNING"].includes(look.outputs.status!), look.outputs.status);
    assert.match(look.log, /::notice::alice\/look-once-notebook is still (QUEUED|RUNNING); look again later/);
    // Version 2 is pushed before version 1 is collected: its output is no longer to be had.
    const again = await runBundleStep("kernel-push", { files, env, inputs: { path: slug, wait: "false" } });
    assert.equal(again.outputs.version, "2");
    fs.writeFileSync(gate, "");
    const stale = await runBundleStep("kernel-status", {
      env,
      inputs: { kernel: "alice/look-once-notebook", version: "1", "download-output": "out", timeout: "120" },
    });
    assertFailedWith(stale, "version 1 has ended, but version 2 was pushed since");
    const latest = await runBundleStep("kernel-status", { env, inputs: { kernel: "alice/look-once-notebook/2", timeout: "120" } });
    assert.equal(latest.ok, true, visibleLog(latest.log));
    assert.equal(latest.outputs.version, "2");
  });

  it("bad inputs fail with one line before any request", async () => {
    const files = runnerFiles();
    writeTemp(files.workspace, "taken.txt", "x");
    const n = requests.length;
    for (const [inputs, message] of [
      [{ kernel: "alice" }, "Input 'kernel':"],
      [{ kernel: "alice/some-kernel/3", version: "4" }, "Input 'kernel' names version 3 but input 'version' is 4"],
      [{ kernel: "alice/some-kernel", "output-pattern": "x" }, "Input 'output-pattern' needs 'download-output'"],
      [{ kernel: "alice/some-kernel", "download-output": "taken.txt" }, "Input 'download-output': taken.txt is a file; give a folder"],
    ] as const) {
      assertFailedWith(await runBundleStep("kernel-status", { files, env, inputs: { ...inputs } }), message);
    }
    assert.equal(requests.length, n, "no request was made");
  });
});
