/**
 * `GetAcceleratorQuotaStatistics`: each user's GPU/TPU time this week (Saturday 00:00 UTC
 * windows), counted from the runs' own start and end on the emulator's clock, time reserved by
 * running sessions, and a GPU push refused once the week's quota is used up.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Emulator } from "../../src/emulator/server";
import { rpc, saveKernel, start } from "./helpers";

const K = "kernels.KernelsApiService";
let emu: Emulator;

before(async () => {
  emu = await start();
  emu.state.kernels.queueDelayMs = 0;
  emu.state.kernels.python = "off";
  emu.state.kernels.simulatedRunMs = 86_400_000;
});
after(() => emu.close());

const setNow = (now: string) => fetch(`${emu.url}/_emulator/time`, { method: "POST", body: JSON.stringify({ now }) });
const advance = (ms: number) => fetch(`${emu.url}/_emulator/time`, { method: "POST", body: JSON.stringify({ advanceMs: ms }) });
const quota = async () => (await rpc(emu, K, "GetAcceleratorQuotaStatistics", {})).json as Record<string, Record<string, unknown> | string>;
const seconds = (d: unknown) => Number(/^([\d.]+)s$/.exec(String(d))![1]);

const push = (slug: string, extra: Record<string, unknown>) => saveKernel(emu, slug, "print(1)\n", extra);

test("a fresh user: nothing used, 30 GPU and 20 TPU hours, refreshing next Saturday; credentials required", async () => {
  await setNow("2030-01-02T12:00:00Z"); // a Wednesday
  const q = await quota();
  assert.equal(q.quotaRefreshTime, "2030-01-05T00:00:00Z");
  // hasEverRun: the demo scenario gives alice a GPU script that ran a month before the real today.
  assert.deepEqual(q.gpuQuota, { timeUsed: "0s", timeReserved: "0s", totalTimeAllowed: "108000s", minimumTimeAllowed: "108000s", hasEverRun: true });
  assert.equal((q.tpuQuota as Record<string, unknown>).totalTimeAllowed, "72000s");
  const anon = await rpc(emu, K, "GetAcceleratorQuotaStatistics", {}, { auth: "none" });
  assert.equal(anon.status, 401);
  const strict = await rpc(emu, K, "GetAcceleratorQuotaStatistics", { extra: 1 });
  assert.equal(strict.status, 400);
});

test("a GPU run counts its running time as used and the rest of its timeout as reserved", async () => {
  await setNow("2030-01-02T12:00:00Z");
  const res = await push("gpu-quota-run", { enableGpu: true, sessionTimeoutSeconds: 7200 });
  assert.equal(res.json.error, undefined, res.text);
  await advance(3600_000);
  const gpu = (await quota()).gpuQuota as Record<string, unknown>;
  // Real milliseconds pass between the calls too: at least the hour, and not a minute more.
  assert.ok(seconds(gpu.timeUsed) >= 3600 && seconds(gpu.timeUsed) < 3660, String(gpu.timeUsed));
  assert.ok(seconds(gpu.timeReserved) > 3540 && seconds(gpu.timeReserved) <= 3600, String(gpu.timeReserved));
  assert.equal(gpu.hasEverRun, true);
  assert.equal(((await quota()).tpuQuota as Record<string, unknown>).timeUsed, "0s");
  // The next week starts from nothing (the run is still going: only this week's part counts).
  await setNow("2030-01-05T00:30:00Z");
  const next = (await quota()).gpuQuota as Record<string, unknown>;
  assert.ok(seconds(next.timeUsed) >= 1800 && seconds(next.timeUsed) < 1860, String(next.timeUsed));
  const k = emu.state.kernels.kernels.find((x) => x.slug === "gpu-quota-run")!;
  k.versions[0]!.session.status = "COMPLETE";
  k.versions[0]!.session.finishedAt = new Date(Date.parse("2030-01-05T00:30:00Z")).toISOString();
});

test("once the week's GPU quota is used up, a GPU push is refused and a CPU push is not", async () => {
  await setNow("2030-01-16T12:00:00Z");
  emu.state.kernels.quotaUsedHours = { alice: { gpu: 30 } };
  try {
    const gpu = await push("gpu-no-quota", { machineShape: "NvidiaTeslaT4" });
    assert.equal(gpu.status, 200);
    assert.equal(gpu.json.error, "Your weekly GPU quota is used up (30.00 of 30.00 hours); it refreshes at 2030-01-19T00:00:00Z");
    assert.equal(
      emu.state.kernels.kernels.find((x) => x.slug === "gpu-no-quota"),
      undefined,
      "nothing was created",
    );
    const tpu = await push("tpu-has-quota", { enableTpu: true });
    assert.equal(tpu.json.error, undefined, tpu.text);
    const cpu = await push("cpu-no-quota", {});
    assert.equal(cpu.json.error, undefined, cpu.text);
  } finally {
    emu.state.kernels.quotaUsedHours = {};
  }
});
