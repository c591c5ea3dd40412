/** KernelsResource against the emulator: request bodies as the official CLI sends them, polling, names. */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { DeadlineExceededError } from "../../src/core/errors";
import { acceleratorOf, compileFilePattern, parseDuration, parseKernelStatus, safeOutputPath } from "../../src/core/resources/kernels";
import { useEmulator } from "../helpers/emulator";
import { FakeClock } from "../helpers/clock";

const sent: { url: string; body: string }[] = [];
let client: KaggleClient;

const emu = useEmulator({}, async () => {
  emu.state.kernels.queueDelayMs = 50;
  emu.state.kernels.simulatedRunMs = 400;
  client = new KaggleClient({
    endpoint: emu.url,
    credentials: { method: "LEGACY_API_KEY", username: emu.credentials.username, key: emu.credentials.key, source: "test" } as never,
    host: { env: {}, home: "/nonexistent", platform: "linux" },
    fetch: async (url, init) => {
      sent.push({ url: String(url), body: String(init?.body ?? "") });
      return fetch(url, init);
    },
  });
});

const last = () => sent[sent.length - 1]!;

test("ListKernels bodies are the official CLI's, byte for byte", async () => {
  await client.kernels.list();
  assert.ok(last().url.endsWith("/api/v1/kernels.KernelsApiService/ListKernels"));
  assert.equal(
    last().body,
    '{"competition": "", "dataset": "", "parentKernel": "", "group": "EVERYONE", "kernelType": "all", "language": "all", "outputType": "all", "search": "", "user": "", "page": 1, "pageSize": 20}',
  );
  await client.kernels.list({
    page: 2,
    pageSize: 500,
    search: "titanic",
    parentKernel: "alice/parent-k",
    competition: "titanic",
    dataset: "alice/my-data",
    user: "bob",
    language: "python",
    kernelType: "notebook",
    outputType: "data",
    sortBy: "VOTE_COUNT",
  });
  assert.equal(
    last().body,
    '{"competition": "titanic", "dataset": "alice/my-data", "parentKernel": "alice/parent-k", "group": "EVERYONE", "kernelType": "notebook", "language": "python", "outputType": "data", "search": "titanic", "sortBy": "VOTE_COUNT", "user": "bob", "page": 2, "pageSize": 100}',
  );
  const all = [];
  for await (const k of client.kernels.listAll({ pageSize: 2 })) all.push(k.ref);
  assert.ok(all.length >= 5);
  assert.equal(new Set(all).size, all.length);
});

test("status, pull and output bodies; a version rides in the slug for GetKernel", async () => {
  await client.kernels.status({ owner: "alice", slug: "spaceship-baseline" });
  assert.equal(last().body, '{"userName": "alice", "kernelSlug": "spaceship-baseline"}');
  await client.kernels.get({ owner: "alice", slug: "spaceship-baseline", version: 1 });
  assert.equal(last().body, '{"userName": "alice", "kernelSlug": "spaceship-baseline/1"}');
  await client.kernels.outputPage({ owner: "alice", slug: "spaceship-baseline" });
  assert.equal(last().body, '{"userName": "alice", "kernelSlug": "spaceship-baseline", "pageSize": 20}');
});

test("waitForRun polls short first then backs off, and has a deadline", async () => {
  const dir = path.join(emu.dataDir, "nb");
  const fs = await import("node:fs");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, "kernel-metadata.json"),
    JSON.stringify({ id: "alice/poll-notebook", title: "Poll Notebook", code_file: "nb.ipynb", language: "python", kernel_type: "notebook" }),
  );
  fs.writeFileSync(path.join(dir, "nb.ipynb"), '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}');
  // The run lasts an hour of real time, so it is still running whatever the machine's load; the
  // client's clock is fake, and the test ends the run itself after the sixth pause.
  emu.state.kernels.simulatedRunMs = 3_600_000;
  emu.state.kernels.python = "off";
  const { response } = await client.kernels.push(dir);
  const session = () => emu.state.kernels.kernels.find((k) => k.slug === "poll-notebook")!.versions.at(-1)!.session;
  const clock = new FakeClock();
  const timed = new KaggleClient({
    endpoint: emu.url,
    credentials: { method: "LEGACY_API_KEY", username: emu.credentials.username, key: emu.credentials.key, source: "test" } as never,
    host: { env: {}, home: "/nonexistent", platform: "linux" },
    clock: {
      now: () => clock.now(),
      sleep: async (ms) => {
        await clock.sleep(ms);
        if (clock.sleeps.length === 6) session().status = "COMPLETE";
      },
    },
  });
  const s = await timed.kernels.waitForRun(
    { owner: "alice", slug: "poll-notebook", version: response.versionNumber! },
    {
      timeoutMs: 10_000,
      initialIntervalMs: 100,
      maxIntervalMs: 400,
    },
  );
  assert.equal(s.status, "COMPLETE");
  assert.deepEqual(clock.sleeps, [100, 150, 225, 338, 400, 400], "short first, then backing off to the ceiling");
  await client.kernels.push(dir);
  const deadline = new FakeClock();
  const late = new KaggleClient({
    endpoint: emu.url,
    credentials: { method: "LEGACY_API_KEY", username: emu.credentials.username, key: emu.credentials.key, source: "test" } as never,
    host: { env: {}, home: "/nonexistent", platform: "linux" },
    clock: deadline,
  });
  await assert.rejects(
    late.kernels.waitForRun({ owner: "alice", slug: "poll-notebook" }, { timeoutMs: 300, initialIntervalMs: 100 }),
    (e: unknown) => e instanceof DeadlineExceededError && /still running after 0 s/.test(e.message),
  );
  assert.deepEqual(deadline.sleeps, [100, 150, 50], "the last pause ends at the deadline");
  emu.state.kernels.simulatedRunMs = 400;
  emu.state.kernels.python = "auto";
});

test("status words from the server are parsed leniently and never crash", () => {
  assert.equal(parseKernelStatus("COMPLETE"), "COMPLETE");
  assert.equal(parseKernelStatus("complete"), "COMPLETE");
  assert.equal(parseKernelStatus("KERNEL_WORKER_STATUS_COMPLETE"), "COMPLETE");
  assert.equal(parseKernelStatus("cancelAcknowledged"), "CANCEL_ACKNOWLEDGED");
  assert.equal(parseKernelStatus(undefined), "QUEUED");
  assert.equal(parseKernelStatus("SOMETHING_NEW"), undefined);
});

test("output names that leave the folder are refused; regexes follow Python's re.search", () => {
  assert.equal(safeOutputPath("./out", "sub/model.pkl"), "./out/sub/model.pkl");
  for (const bad of ["../x", "a/../../x", "/etc/passwd", "C:\\x", "a\\b", "", "a//b", "x\0y"]) {
    assert.throws(() => safeOutputPath("out", bad), /Refusing output file/, JSON.stringify(bad));
  }
  assert.ok(compileFilePattern("\\.csv$").test("sub/a.csv"));
  assert.ok(compileFilePattern("(?i)SUBMISSION").test("submission.csv"));
  assert.ok(compileFilePattern("(?P<n>sub)").test("submission.csv"));
  assert.throws(() => compileFilePattern("("), /^ConfigurationError: Invalid regex pattern '\(': /);
});

test("quota: an empty GetAcceleratorQuotaStatistics request, durations read into seconds", async () => {
  emu.state.kernels.quotaUsedHours = { alice: { gpu: 12.25 } };
  try {
    const q = await client.kernels.quota();
    assert.ok(last().url.endsWith("/api/v1/kernels.KernelsApiService/GetAcceleratorQuotaStatistics"));
    assert.equal(last().body, "{}");
    assert.match(q.refreshAt, /^\d{4}-\d\d-\d\dT00:00:00Z$/);
    assert.equal(new Date(q.refreshAt).getUTCDay(), 6, "Saturday");
    const gpu = q.quotas.find((x) => x.resource === "GPU")!;
    assert.ok(gpu.usedSeconds >= 12.25 * 3600, String(gpu.usedSeconds));
    assert.equal(gpu.totalSeconds, 30 * 3600);
    assert.equal(gpu.remainingSeconds, gpu.totalSeconds - gpu.usedSeconds);
    assert.deepEqual(
      q.quotas.map((x) => x.resource),
      ["GPU", "TPU"],
    );
  } finally {
    emu.state.kernels.quotaUsedHours = {};
  }
  assert.equal(parseDuration("151.500s"), 151.5);
  assert.equal(parseDuration("0s"), 0);
  assert.equal(parseDuration("12"), undefined);
  assert.equal(acceleratorOf("TpuV38", false, false), "TPU");
  assert.equal(acceleratorOf("NvidiaTeslaT4", false, false), "GPU");
  assert.equal(acceleratorOf(undefined, true, false), "GPU");
  assert.equal(acceleratorOf(undefined, false, false), undefined);
});
