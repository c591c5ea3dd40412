import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, test } from "node:test";
import { comp, start, submit } from "./helpers";
import { useEmulator } from "../helpers/emulator";

type Json = Record<string, unknown>;

describe("admin endpoints", () => {
  const emu = useEmulator();

  test("GET /_emulator/state dumps the state; POST /_emulator/reset restores the scenario", async () => {
    const r = await submit(emu, "spaceship-survival", "PassengerId,Transported\n");
    assert.equal(r.status, 200);
    const dump = (await (await fetch(`${emu.url}/_emulator/state`)).json()) as Json;
    assert.match(String(dump.warning), /credentials/);
    const state = dump.state as Json;
    assert.equal((state.users as Json[])[0]!.username, "alice");
    const subs = (state.competitions as Json).submissions as Json[];
    assert.ok(subs.some((s) => s.id === r.json.ref && s.status === "ERROR"));
    assert.equal(Object.keys(state.uploads as Json).length, 1);
    const reset = await fetch(`${emu.url}/_emulator/reset`, { method: "POST" });
    assert.equal(reset.status, 200);
    assert.ok(!emu.state.competitions.submissions.some((s) => s.id === r.json.ref));
    assert.deepEqual(emu.state.uploads, {});
    assert.equal((await comp(emu, "ListCompetitions", {})).status, 200);
    const unknown = await fetch(`${emu.url}/_emulator/nope`);
    assert.equal(unknown.status, 404);
  });

  test("POST /_emulator/time moves the clock", async () => {
    const r = await fetch(`${emu.url}/_emulator/time`, { method: "POST", body: JSON.stringify({ now: "2031-01-01T00:00:00Z" }) });
    // The clock keeps running from the time set: the answer is that time or a moment later.
    const now = Date.parse(((await r.json()) as { now: string }).now) - Date.parse("2031-01-01T00:00:00Z");
    assert.ok(now >= 0 && now < 5000, `clock ${now} ms after the time set`);
    // spaceship-survival's deadline (2030) has now passed: its leaderboard is private
    const lb = await comp(emu, "GetLeaderboard", { competitionName: "spaceship-survival" });
    const pub = await comp(emu, "GetLeaderboard", { competitionName: "spaceship-survival", overridePublic: true });
    assert.notDeepEqual(lb.json, pub.json);
    await fetch(`${emu.url}/_emulator/time`, { method: "POST", body: JSON.stringify({ reset: true }) });
  });
});

test("--data keeps state and uploads across restarts", async () => {
  const dir = mkdtempSync(join(tmpdir(), "emu-data-test-"));
  try {
    let emu = await start({ dataDir: dir });
    const r = await submit(emu, "spaceship-survival", "PassengerId,Transported\n0001_01,True\n", { fileName: "kept.csv" });
    assert.equal(r.status, 200);
    const dl = await comp(emu, "DownloadDataFile", { competitionName: "spaceship-survival", fileName: "test.csv" });
    const loc = dl.headers.get("location")!;
    await emu.close();
    emu = await start({ dataDir: dir });
    try {
      const subs = (await comp(emu, "ListSubmissions", { competitionName: "spaceship-survival" })).json.submissions as Json[];
      assert.ok(subs.some((s) => s.ref === r.json.ref && s.fileName === "kept.csv"));
      const blob = Object.values(emu.state.uploads)[0]!;
      assert.equal(blob.complete, true);
      // the signing key persists too: a URL signed before the restart still verifies (404 until republished, not 403)
      const res = await fetch(loc.replace(/^http:\/\/[^/]+/, emu.url));
      assert.notEqual(res.status, 403);
      await res.arrayBuffer();
      // ids keep counting
      const r2 = await submit(emu, "spaceship-survival", "PassengerId,Transported\n", { fileName: "next.csv" });
      assert.ok((r2.json.ref as number) > (r.json.ref as number));
    } finally {
      await emu.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("bin: prints the four KAGGLE_* lines first, exits 0 on SIGTERM", async () => {
  const child = spawn(process.execPath, ["dist/emulator/index.js", "--port", "0", "--scenario", "empty"], {
    cwd: join(import.meta.dirname, "../.."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const rl = createInterface({ input: child.stdout });
  await new Promise<void>((resolve, reject) => {
    rl.on("line", (l) => {
      lines.push(l);
      if (lines.length === 4) resolve();
    });
    child.on("exit", (code) => reject(new Error(`exited early with ${code}`)));
  });
  assert.match(lines[0]!, /^KAGGLE_API_ENDPOINT=http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(lines[1], "KAGGLE_USERNAME=alice");
  assert.equal(lines[2], "KAGGLE_KEY=0a1ce5f3b2c94d7e8f6a5b4c3d2e1f00");
  assert.equal(lines[3], "KAGGLE_API_TOKEN=KGAT_a11ce0d3m0t0k3n5f3b2c94d7e8f6a5b");
  const endpoint = lines[0]!.split("=")[1]!;
  const health = await fetch(`${endpoint}/_emulator/health`);
  assert.deepEqual(await health.json(), { ok: true });
  const code = await new Promise<number | null>((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", (c) => resolve(c));
    child.kill("SIGTERM");
  });
  assert.equal(code, 0);
});

test("bin: bad arguments exit 2", async () => {
  const child = spawn(process.execPath, ["dist/emulator/index.js", "--port", "nope"], {
    cwd: join(import.meta.dirname, "../.."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  assert.equal(code, 2);
  assert.match(err, /invalid --port/);
});
