/**
 * `GET /api/v1/kernels/logs/stream/<owner>/<slug>`: Server-Sent Events of a running kernel's
 * log as it is produced (the run is still going when the first line arrives), `END_OF_LOG` at
 * the end, and the whole log as JSON once the run has ended; visibility as for `GetKernel`.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Emulator } from "../../src/emulator/server";
import { findPython } from "../../src/emulator/kernels/runner";
import { authHeader, rpc, saveKernel, start } from "./helpers";

const K = "kernels.KernelsApiService";
const hasPython = findPython() !== undefined;
let emu: Emulator;

before(async () => {
  emu = await start();
  emu.state.kernels.queueDelayMs = 0;
});
after(() => emu.close());

/** A script that prints `first`, then waits for `gate` to exist, then prints `second`. */
export function gatedScript(gate: string): string {
  return `import os, time\nprint("first", flush=True)\nwhile not os.path.exists(${JSON.stringify(gate)}):\n    time.sleep(0.02)\nprint("second")\n`;
}

async function pushScript(slug: string, text: string) {
  const res = await saveKernel(emu, slug, text);
  assert.equal(res.json.error, undefined, res.text);
}

test("a running kernel's log streams as events while it runs, then END_OF_LOG", { skip: !hasPython && "no python3", timeout: 60_000 }, async () => {
  const gate = path.join(emu.dataDir, "log-stream-gate");
  await pushScript("streams-log", gatedScript(gate));
  const res = await fetch(`${emu.url}/api/v1/kernels/logs/stream/alice/streams-log`, {
    headers: { Accept: "text/event-stream", ...authHeader(emu) },
  });
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type")!, /^text\/event-stream/);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes('"first\\n"')) {
    const { value, done } = await reader.read();
    assert.ok(!done, text);
    text += value;
  }
  const status = await rpc(emu, K, "GetKernelSessionStatus", { userName: "alice", kernelSlug: "streams-log" });
  assert.equal(status.json.status, "RUNNING", "the first line came while the run was going");
  fs.writeFileSync(gate, "");
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  const events = text.split("\n\n").filter(Boolean);
  assert.equal(events.at(-1), "data: END_OF_LOG");
  const records = events.slice(0, -1).map((e) => JSON.parse(e.replace(/^data: /, "")) as { stream_name: string; data: string });
  assert.deepEqual(records.map((r) => r.data).join(""), "first\nsecond\n");
  assert.ok(records.every((r) => r.stream_name === "stdout" && typeof (r as { time?: number }).time === "number"));
  const ended = await fetch(`${emu.url}/api/v1/kernels/logs/stream/alice/streams-log`, { headers: authHeader(emu) });
  assert.match(ended.headers.get("content-type")!, /^application\/json/);
  const log = (await ended.json()) as { data: string }[];
  assert.equal(log.map((r) => r.data).join(""), "first\nsecond\n");
});

test("the stream's errors: unknown kernel 404, someone else's private kernel 403, version N", async () => {
  const missing = await fetch(`${emu.url}/api/v1/kernels/logs/stream/alice/no-such-kernel`, { headers: authHeader(emu) });
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /no-such-kernel/);
  const priv = await fetch(`${emu.url}/v1/kernels/logs/stream/alice/spaceship-eda`, { headers: authHeader(emu, "none") });
  assert.equal(priv.status, 403);
  const v1 = await fetch(`${emu.url}/api/v1/kernels/logs/stream/alice/spaceship-baseline/1`, { headers: authHeader(emu) });
  assert.equal(v1.status, 200);
  const log = (await v1.json()) as { data: string }[];
  assert.match(log.map((r) => r.data).join(""), /Traceback|Error/);
});
