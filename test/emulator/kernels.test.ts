/**
 * The kernels service over real HTTP: real Python runs (inputs mounted, output files, the log
 * in Kaggle's format, errors with tracebacks, timeouts), the GPU session limit, cancel, list
 * filters and paging, strict requests, and a kernel's output flowing into a scored submission.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { findPython } from "../../src/emulator/kernels/runner";
import { rpc, saveKernel, userAuth } from "./helpers";
import { useEmulator } from "../helpers/emulator";

const K = "kernels.KernelsApiService";

const emu = useEmulator({ scenarioYaml: undefined }, async () => {
  emu.state.kernels.queueDelayMs = 50;
});

const k = (method: string, body: unknown = {}, auth?: Parameters<typeof rpc>[4]) => rpc(emu, K, method, body, auth);

async function push(slug: string, text: string, extra: Record<string, unknown> = {}, auth?: Parameters<typeof rpc>[4]) {
  const res = await saveKernel(emu, slug, text, extra, auth);
  assert.equal(res.status, 200, res.text);
  return res.json;
}

/** Polls until the run ends; the deadline is only a backstop against a hung run (it asserts nothing about speed). */
async function waitFinal(slug: string, owner = "alice", timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = await k("GetKernelSessionStatus", { userName: owner, kernelSlug: slug });
    const st = (s.json.status as string) ?? "QUEUED";
    if (["COMPLETE", "ERROR", "CANCEL_ACKNOWLEDGED"].includes(st)) return s.json;
    if (Date.now() > until) throw new Error(`still ${st}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const hasPython = findPython() !== undefined;

/** Whether a process runs (a zombie waiting to be reaped has already died). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

test(
  "a pushed script really runs: inputs under ../input/<slug> read-only, outputs and a Kaggle-format log",
  { skip: !hasPython && "no python3" },
  async () => {
    const code = [
      "import os, sys",
      "print(sorted(os.listdir('../input/spaceship-survival')))",
      "try:",
      "    open('../input/spaceship-survival/train.csv', 'a').write('x')",
      "    print('writable', os.geteuid() == 0)",
      "except OSError as e:",
      "    print('read-only')",
      "os.makedirs('sub', exist_ok=True)",
      "open('sub/a.txt', 'w').write('A')",
      "open('out.csv', 'w').write('id,v\\n1,2\\n')",
      "print('to stderr', file=sys.stderr)",
    ].join("\n");
    // A session queued for an hour is QUEUED however slowly the status call comes.
    emu.state.kernels.queueDelayMs = 3_600_000;
    await push("queued-check", "print(1)\n");
    emu.state.kernels.queueDelayMs = 50;
    const first = await k("GetKernelSessionStatus", { userName: "alice", kernelSlug: "queued-check" });
    assert.deepEqual(first.json, {}, "QUEUED is the zero member and left out");
    const saved = await push("real-run-check", code, { competitionDataSources: ["spaceship-survival"] });
    assert.equal(saved.versionNumber, 1);
    assert.equal(saved.url, "https://www.kaggle.com/code/alice/real-run-check");
    const fin = await waitFinal("real-run-check");
    assert.equal(fin.status, "COMPLETE");
    const out = await k("ListKernelSessionOutput", { userName: "alice", kernelSlug: "real-run-check" });
    const files = out.json.files as { url: string; fileName: string }[];
    assert.deepEqual(
      files.map((f) => f.fileName),
      ["out.csv", "sub/a.txt"],
    );
    const body = await fetch(files[0]!.url);
    assert.equal(await body.text(), "id,v\n1,2\n");
    assert.ok(body.headers.get("last-modified"));
    const log = out.json.log as string;
    const lines = log.split("\n");
    assert.ok(lines[0]!.startsWith('[{"stream_name":"stdout","time":'), log);
    assert.ok(
      lines.slice(1).every((l) => l.startsWith(',{"stream_name":')),
      log,
    );
    assert.ok(log.endsWith("}]"));
    const records = JSON.parse(log) as { stream_name: string; data: string }[];
    const text = records.map((r) => r.data).join("");
    assert.match(text, /\['sample_submission.csv', 'test.csv', 'train.csv'\]/);
    assert.match(text, /read-only|writable True/);
    assert.ok(records.some((r) => r.stream_name === "stderr" && r.data.includes("to stderr")));
    // The competition's own data is untouched whatever the kernel did to its copy.
    const comp = emu.state.competitions.competitions.find((c) => c.slug === "spaceship-survival")!;
    assert.ok(!readFileSync(comp.files.find((f) => f.name === "train.csv")!.path, "utf8").endsWith("x"));
  },
);

test("a kernel that raises ends in ERROR with its traceback in the log", { skip: !hasPython && "no python3" }, async () => {
  await push("raises-error", "print('before')\nraise ValueError('boom in kernel')\n");
  const fin = await waitFinal("raises-error");
  assert.equal(fin.status, "ERROR");
  assert.equal(fin.failureMessage, "Kernel run failed: ValueError: boom in kernel");
  const out = await k("ListKernelSessionOutput", { userName: "alice", kernelSlug: "raises-error" });
  const text = (JSON.parse(out.json.log as string) as { data: string }[]).map((r) => r.data).join("");
  assert.match(text, /Traceback \(most recent call last\):/);
  assert.match(text, /ValueError: boom in kernel/);
});

test("a kernel that outlives its session timeout is stopped (process group killed)", { skip: !hasPython && "no python3" }, async () => {
  // The grandchild would hold the log pipe open for ten minutes if only python3 were killed.
  await push(
    "sleeps-forever",
    "import subprocess, time\np = subprocess.Popen(['sleep', '600'])\nprint('child', p.pid, flush=True)\nwhile True: time.sleep(0.1)\n",
    { sessionTimeoutSeconds: 1 },
  );
  const fin = await waitFinal("sleeps-forever");
  assert.equal(fin.status, "ERROR");
  assert.match(fin.failureMessage as string, /longer than its session timeout of 1 seconds/);
  const out = await k("ListKernelSessionOutput", { userName: "alice", kernelSlug: "sleeps-forever" });
  const log = (JSON.parse(out.json.log as string) as { data: string }[]).map((r) => r.data).join("");
  const pid = Number(/child (\d+)/.exec(log)?.[1]);
  assert.ok(pid > 0, log);
  assert.equal(alive(pid), false, `the kernel's child ${pid} was killed with its group`);
});

test("at most two GPU sessions per user, with Kaggle's error", async () => {
  // Simulated runs of a minute: the sessions hold their GPU for the whole test.
  emu.state.kernels.simulatedRunMs = 60_000;
  emu.state.kernels.python = "off";
  try {
    const nb = '{"cells": []}';
    const a = await push("gpu-one-xx", nb, { kernelType: "notebook", enableGpu: true });
    const b = await push("gpu-two-xx", nb, { kernelType: "notebook", machineShape: "NvidiaTeslaT4" });
    assert.equal(a.error, undefined);
    assert.equal(b.error, undefined);
    const c = await push("gpu-three", nb, { kernelType: "notebook", enableGpu: true });
    assert.equal(c.error, "Maximum batch GPU session count reached");
    const cpu = await push("cpu-fine-x", nb, { kernelType: "notebook" });
    assert.equal(cpu.error, undefined);
    // Another user is not limited by alice's sessions.
    const bob = await k(
      "SaveKernel",
      {
        slug: "bob/bob-gpu-xx",
        newTitle: "bob gpu",
        text: nb,
        language: "python",
        kernelType: "notebook",
        isPrivate: true,
        enableGpu: true,
        enableInternet: true,
        enableTpu: false,
      },
      { auth: userAuth(emu, "bob") },
    );
    assert.equal(bob.json.error, undefined);
    // Cancel frees a slot.
    const rec = emu.state.kernels.kernels.find((x) => x.slug === "gpu-one-xx")!;
    const cancel = await k("CancelKernelSession", { kernelSessionId: rec.versions[0]!.session.id });
    assert.equal(cancel.status, 200);
    assert.equal((await waitFinal("gpu-one-xx")).status, "CANCEL_ACKNOWLEDGED");
    const d = await push("gpu-three", nb, { kernelType: "notebook", enableGpu: true });
    assert.equal(d.error, undefined);
  } finally {
    emu.state.kernels.simulatedRunMs = 300;
    emu.state.kernels.python = "auto";
  }
});

test("SaveKernel: new versions are numbered; others' kernels, missing titles and unknown sources", async () => {
  const v1 = await push("versioned-k", "print(1)\n");
  const v2 = await push("versioned-k", "print(2)\n");
  assert.equal(v1.versionNumber, 1);
  assert.equal(v2.versionNumber, 2);
  assert.equal(v1.kernelId, v2.kernelId);
  const byId = await k("SaveKernel", {
    id: v1.kernelId,
    text: "print(3)\n",
    language: "python",
    kernelType: "script",
    isPrivate: true,
    enableGpu: false,
    enableInternet: true,
    enableTpu: false,
  });
  assert.equal(byId.json.versionNumber, 3);
  const got = await k("GetKernel", { userName: "alice", kernelSlug: "versioned-k/2" });
  assert.equal((got.json.blob as { source: string }).source, "print(2)\n");
  assert.equal((got.json.metadata as { currentVersionNumber: number }).currentVersionNumber, 3);
  const other = await push("x", "y", { slug: "bob/spaceship-random-forest" });
  assert.match(other.error as string, /^Notebook not found/);
  const noTitle = await push("brand-new-k", "x", { newTitle: undefined });
  assert.equal(noTitle.error, "A title is required to create a new notebook");
  const sources = await push("with-sources", "x", {
    competitionDataSources: ["competitions/spaceship-survival", "no-such-comp"],
    kernelDataSources: ["bob/spaceship-random-forest", "carol/private-experiments"],
  });
  assert.deepEqual(sources.invalidCompetitionSources, ["no-such-comp"]);
  assert.deepEqual(sources.invalidKernelSources, ["carol/private-experiments"]);
});

test("requests are checked strictly", async () => {
  const unknown = await k("GetKernelSessionStatus", { userName: "alice", kernelSlug: "spaceship-baseline", bogus: 1 });
  assert.equal(unknown.status, 400);
  assert.match(unknown.json.message as string, /Unknown name "bogus"/);
  const badEnum = await k("ListKernels", { group: "WEIRD" });
  assert.equal(badEnum.status, 400);
  const badLang = await k("ListKernels", { language: "cobol" });
  assert.equal(badLang.status, 400);
  const missing = await k("GetKernel", { userName: "alice", kernelSlug: "no-such-kernel" });
  assert.equal(missing.status, 404);
  const privateOther = await k("GetKernel", { userName: "carol", kernelSlug: "private-experiments" });
  assert.equal(privateOther.status, 403);
});

test("ListKernels: groups, filters, sorting and paging", async () => {
  const refs = async (body: Record<string, unknown>, auth?: Parameters<typeof rpc>[4]) =>
    (((await k("ListKernels", { group: "EVERYONE", page: 1, pageSize: 20, ...body }, auth)).json.kernels ?? []) as { ref: string }[]).map(
      (x) => x.ref,
    );
  const everyone = await refs({});
  assert.ok(everyone.includes("bob/spaceship-random-forest"));
  assert.ok(!everyone.includes("carol/private-experiments"));
  const mine = await refs({ group: "PROFILE" });
  assert.ok(mine.every((r) => r.startsWith("alice/")));
  assert.ok(mine.includes("alice/spaceship-eda"));
  assert.deepEqual(await refs({ user: "carol" }), ["carol/home-values-eda-in-r"]);
  assert.deepEqual(await refs({ language: "r" }), ["carol/home-values-eda-in-r"]);
  assert.ok((await refs({ kernelType: "notebook" })).includes("bob/spaceship-random-forest"));
  assert.deepEqual(await refs({ parentKernel: "alice/spaceship-baseline" }), ["bob/spaceship-random-forest"]);
  assert.ok((await refs({ competition: "spaceship-survival" })).includes("alice/spaceship-baseline"));
  assert.deepEqual(await refs({ search: "random forest" }), ["bob/spaceship-random-forest"]);
  const votes = await refs({ sortBy: "VOTE_COUNT", user: "" });
  assert.equal(votes[0], "bob/spaceship-random-forest");
  const p1 = await refs({ pageSize: 2, page: 1, sortBy: "VOTE_COUNT" });
  const p2 = await refs({ pageSize: 2, page: 2, sortBy: "VOTE_COUNT" });
  assert.equal(p1.length, 2);
  assert.notDeepEqual(p1, p2);
  assert.deepEqual([...p1, ...p2], votes.slice(0, 4));
});
