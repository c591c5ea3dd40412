import assert from "node:assert/strict";
import { request } from "node:http";
import { describe, test } from "node:test";
import { FaultSet, parseFaultSpec } from "../../src/emulator/faults";
import { comp, rpc } from "./helpers";
import { useEmulator } from "../helpers/emulator";

test("fault SPEC grammar", () => {
  assert.deepEqual(parseFaultSpec("ListCompetitions:503x3"), [{ target: "ListCompetitions", status: 503, count: 3 }]);
  assert.deepEqual(parseFaultSpec("DownloadDataFile:429x1:retry-after=1"), [{ target: "DownloadDataFile", status: 429, count: 1, retryAfter: 1 }]);
  assert.deepEqual(parseFaultSpec(" *:500@0.1 ; *:latency=200ms, download:drop-after=1048576x1"), [
    { target: "*", status: 500, fraction: 0.1 },
    { target: "*", latencyMs: 200 },
    { target: "download", dropAfter: 1048576, count: 1 },
  ]);
  assert.deepEqual(parseFaultSpec("upload:latency=1.5s"), [{ target: "upload", latencyMs: 1500 }]);
  for (const bad of ["ListCompetitions", "x:200", "x:503x0", "x:teapot", "x:503:foo=1", "x:500@2"]) {
    assert.throws(() => parseFaultSpec(bad), Error, bad);
  }
});

test("FaultSet counts, fractions and kinds", () => {
  let n = 0;
  const set = new FaultSet(() => [0.05, 0.5][n++ % 2]!);
  set.add(parseFaultSpec("A:503x2,*:500@0.1,download:drop-after=10"));
  assert.equal(set.decide("rpc", ["A"]).status?.status, 503);
  assert.equal(set.decide("rpc", ["A"]).status?.status, 503); // second A: 503 wins over the fraction rule
  assert.equal(set.decide("rpc", ["A"]).status?.status, 500); // random 0.05 < 0.1
  assert.equal(set.decide("rpc", ["A"]).status, undefined); // random 0.5
  assert.equal(set.decide("rpc", ["B"]).dropAfter, undefined);
  assert.equal(set.list().length, 2);
});

describe("faults over HTTP", () => {
  const emu = useEmulator({ faults: "ListCompetitions:503x3" });

  test("--faults: 503 three times, then OK", async () => {
    for (let i = 0; i < 3; i++) {
      const r = await comp(emu, "ListCompetitions", {});
      assert.equal(r.status, 503);
      assert.deepEqual(r.json, { code: 503, message: "Service Unavailable" });
    }
    assert.equal((await comp(emu, "ListCompetitions", {})).status, 200);
  });

  test("admin: 429 with Retry-After, list and clear", async () => {
    const add = await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec: "ListDataFiles:429x1:retry-after=2" }) });
    assert.equal(add.status, 200);
    assert.equal(((await add.json()) as { rules: unknown[] }).rules.length, 1);
    const r = await comp(emu, "ListDataFiles", { competitionName: "spaceship-survival" });
    assert.equal(r.status, 429);
    assert.equal(r.headers.get("retry-after"), "2");
    assert.deepEqual(r.json, { code: 429, message: "TooManyRequests" });
    assert.equal((await comp(emu, "ListDataFiles", { competitionName: "spaceship-survival" })).status, 200);
    await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ rules: [{ target: "*", status: 500 }] }) });
    assert.equal((await comp(emu, "ListCompetitions", {})).status, 500);
    const del = await fetch(`${emu.url}/_emulator/faults`, { method: "DELETE" });
    assert.deepEqual(await del.json(), { rules: [] });
    assert.equal((await comp(emu, "ListCompetitions", {})).status, 200);
    const bad = await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec: "x:nonsense" }) });
    assert.equal(bad.status, 400);
  });

  test("latency is added", async () => {
    emu.runtime.faults.add(parseFaultSpec("GetLeaderboard:latency=150msx1"));
    const t0 = Date.now();
    assert.equal((await comp(emu, "GetLeaderboard", { competitionName: "spaceship-survival" })).status, 200);
    assert.ok(Date.now() - t0 >= 140);
  });

  test("download dropped after K bytes, then a Range request resumes", async () => {
    emu.runtime.faults.add(parseFaultSpec("download:drop-after=1000x1"));
    const r = await comp(emu, "DownloadDataFile", { competitionName: "spaceship-survival", fileName: "train.csv" });
    const loc = r.headers.get("location")!;
    const res = await fetch(loc);
    assert.equal(res.status, 200);
    const total = Number(res.headers.get("content-length"));
    assert.ok(total > 1000);
    const reader = res.body!.getReader();
    let got = 0;
    await assert.rejects(async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        got += value.length;
      }
    });
    assert.equal(got, 1000);
    const rest = await fetch(loc, { headers: { Range: `bytes=${got}-` } });
    assert.equal(rest.status, 206);
    assert.equal((await rest.arrayBuffer()).byteLength, total - 1000);
  });

  test("upload dropped after K bytes; probe reports what was stored", async () => {
    emu.runtime.faults.add(parseFaultSpec("upload:drop-after=4096x1"));
    const s = await rpc(emu, "blobs.BlobApiService", "StartBlobUpload", { type: "DATASET", name: "big.bin", contentLength: 65536 });
    const url = s.json.createUrl as string;
    await assert.rejects(
      () =>
        new Promise((resolve, reject) => {
          const req = request(url, { method: "PUT", headers: { "Content-Length": 65536 } }, resolve);
          req.on("error", reject);
          req.end(Buffer.alloc(65536, 1));
        }),
    );
    const probe = await new Promise<{ status: number; range?: string }>((resolve, reject) => {
      const req = request(url, { method: "PUT", headers: { "Content-Length": 0, "Content-Range": "bytes */65536" } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode!, range: res.headers.range as string | undefined });
      });
      req.on("error", reject);
      req.end();
    });
    assert.equal(probe.status, 308);
    const last = probe.range ? Number(/bytes=0-(\d+)/.exec(probe.range)![1]) : -1;
    assert.ok(last < 4096, `stored up to ${last}`);
  });
});
