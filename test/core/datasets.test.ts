/**
 * The datasets resource over real HTTP against the emulator: request shapes, paging as an async
 * iterable, byte-identical round trips (1 byte, empty, 200 MiB, 1,000 files), an upload dropped
 * mid-file, resume across runs, and nothing created when a file cannot be uploaded.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { collect } from "../../src/core/paginate";
import { parseDatasetRef } from "../../src/core/refs";
import { extractZip } from "../../src/core/unzip";
import { planUploads, resumeStateFile, uploadAll } from "../../src/core/uploads";
import { useEmulator } from "../helpers/emulator";
import { FakeClock } from "../helpers/clock";

let work: string;
let bodies: { url: string; body: string }[] = [];

function client(): KaggleClient {
  return new KaggleClient({
    endpoint: emu.url,
    credentials: { method: "LEGACY_API_KEY", username: emu.credentials.username, key: emu.credentials.key, source: "test" } as never,
    host: { env: { TMPDIR: work }, home: work, platform: "linux" },
    clock: new FakeClock(),
    fetch: (url, init) => {
      bodies.push({ url: String(url), body: String(init?.body ?? "") });
      return globalThis.fetch(url, init);
    },
  });
}

const emu = useEmulator({}, async () => {
  emu.state.datasets.processingDelayMs = 0;
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ds-core-"));
});
after(async () => {
  fs.rmSync(work, { recursive: true, force: true });
});

interface UploadRequest {
  probe: boolean;
  /** First byte of a data PUT. */
  start: number;
  /** Status answered; undefined when the connection was cut. */
  status?: number;
  /** Bytes the server said it holds (a 308's Range). */
  held?: number;
}

/** Records each upload request the emulator handles, per upload session, with what it answered. */
function spyOnUploads() {
  const storage = emu.runtime.storage;
  const original = storage.handleUpload;
  const byId = new Map<string, UploadRequest[]>();
  storage.handleUpload = (req, res, url, dropAfter) => {
    const cr = req.headers["content-range"];
    const r: UploadRequest = { probe: cr?.startsWith("bytes */") ?? false, start: Number(/^bytes (\d+)-/.exec(cr ?? "")?.[1] ?? 0) };
    const id = url.searchParams.get("upload_id") ?? "";
    byId.set(id, [...(byId.get(id) ?? []), r]);
    const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, unknown>) => typeof res;
    res.writeHead = ((status: number, headers?: Record<string, unknown>) => {
      r.status = status;
      const range = headers?.Range;
      r.held = typeof range === "string" ? Number(/^bytes=0-(\d+)$/.exec(range)?.[1]) + 1 : 0;
      return writeHead(status, headers);
    }) as typeof res.writeHead;
    return original.call(storage, req, res, url, dropAfter);
  };
  return { of: (id: string) => byId.get(id) ?? [], stop: () => void (storage.handleUpload = original) };
}

function dataset(name: string, files: Record<string, Buffer | string>, slug = name): string {
  const dir = path.join(work, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [n, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, n), data);
  fs.writeFileSync(
    path.join(dir, "dataset-metadata.json"),
    JSON.stringify({ title: `Dataset ${slug}`.slice(0, 50), id: `alice/${slug}`, licenses: [{ name: "CC0-1.0" }] }),
  );
  return dir;
}

async function sha256(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const c of fs.createReadStream(file, { highWaterMark: 1 << 20 })) h.update(c as Buffer);
  return h.digest("hex");
}

/** Creates the dataset, downloads it whole, unzips it and compares every file byte for byte. */
async function roundTrip(name: string, files: Record<string, Buffer | string>): Promise<void> {
  const c = client();
  const dir = dataset(name, files);
  const res = await c.datasets.create(dir, { concurrency: 16 });
  assert.equal(res.ok, true, JSON.stringify(res.response));
  const ref = parseDatasetRef(`alice/${name}`);
  assert.equal(await c.datasets.waitUntilReady(ref, { timeoutMs: 10_000 }), "READY");
  const out = path.join(work, `${name}-out`);
  const dl = await c.datasets.downloadAll(ref, { path: out });
  await extractZip(dl.path, out);
  for (const [n, data] of Object.entries(files)) {
    const got = fs.readFileSync(path.join(out, n));
    assert.ok(got.equals(Buffer.isBuffer(data) ? data : Buffer.from(data)), `${n} differs`);
  }
  fs.rmSync(out, { recursive: true, force: true });
}

describe("request shapes", () => {
  test("ListDatasets is sent exactly as the official CLI sends it", async () => {
    const c = client();
    bodies = [];
    await c.datasets.list();
    await c.datasets.list({
      group: "DATASET_SELECTION_GROUP_USER",
      sortBy: "DATASET_SORT_BY_VOTES",
      fileType: "DATASET_FILE_TYPE_GROUP_BIG_QUERY",
      license: "DATASET_LICENSE_GROUP_CC",
      tagIds: "1,2",
      search: "foo bar",
      user: "bob",
      minSize: 5,
      maxSize: 100,
      page: 2,
    });
    await c.datasets.files({ owner: "alice", slug: "city-weather-daily", version: 1 }, { pageSize: 5, pageToken: "abc" }).catch(() => undefined);
    await c.datasets.downloadFile({ owner: "alice", slug: "city-weather-daily" }, "weather.csv", { path: path.join(work, "shape") });
    const sent = bodies.filter((b) => b.url.includes("/api/v1/")).map((b) => b.body);
    assert.deepEqual(sent, [
      '{"tagIds": "", "search": "", "user": "", "page": 1}',
      '{"group": "DATASET_SELECTION_GROUP_USER", "sortBy": "DATASET_SORT_BY_VOTES", "fileType": "DATASET_FILE_TYPE_GROUP_BIG_QUERY", "license": "DATASET_LICENSE_GROUP_CC", "tagIds": "1,2", "search": "foo bar", "user": "bob", "minSize": 5, "maxSize": 100, "page": 2}',
      '{"ownerSlug": "alice", "datasetSlug": "city-weather-daily", "datasetVersionNumber": 1, "pageToken": "abc", "pageSize": 5}',
      '{"ownerSlug": "alice", "datasetSlug": "city-weather-daily", "fileName": "weather.csv"}',
    ]);
  });

  test("listAll and filesAll are async iterables over page tokens", async () => {
    const c = client();
    const all = await collect(c.datasets.listAll({ pageSize: 1 }));
    assert.deepEqual(
      all.map((d) => d.ref),
      ["bob/global-coffee-prices", "carol/tiny-mnist-sample", "alice/city-weather-daily"],
    );
    const first = await collect(c.datasets.listAll({ pageSize: 1 }), 1);
    assert.equal(first.length, 1);
    const files = await collect(c.datasets.filesAll({ owner: "alice", slug: "city-weather-daily" }, 1));
    assert.deepEqual(
      files.map((f) => f.name),
      ["README.md", "stations/stations.json", "weather.csv"],
    );
  });

  test("parseDatasetRef: the official forms and messages", () => {
    assert.deepEqual(parseDatasetRef("a/b/3"), { owner: "a", slug: "b", version: 3 });
    assert.deepEqual(parseDatasetRef("b", "me"), { owner: "me", slug: "b" });
    assert.throws(() => parseDatasetRef("b"), /Dataset must be specified in the form of '\{username\}\/\{dataset-slug\}'/);
    assert.throws(() => parseDatasetRef("a/b/c/d"), /Invalid dataset specification a\/b\/c\/d/);
    assert.throws(() => parseDatasetRef("/b"), /Invalid dataset specification/);
    assert.throws(() => parseDatasetRef("a/b/x"), /invalid literal for int\(\) with base 10: 'x'/);
  });
});

describe("round trips, byte-identical", () => {
  test("a 1-byte file", () => roundTrip("one-byte-data", { "one.bin": Buffer.from([0x2a]) }));
  test("an empty file", () => roundTrip("empty-file-data", { "empty.csv": Buffer.alloc(0), "also.txt": "x" }));
  test("1,000 small files", async () => {
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 1000; i++) files[`f${String(i).padStart(4, "0")}.txt`] = Buffer.from(`file ${i} `.repeat(1 + (i % 50)));
    await roundTrip("thousand-small-files", files);
    const ds = emu.state.datasets.datasets.find((d) => d.slug === "thousand-small-files")!;
    assert.equal(ds.versions[0]!.files.length, 1000);
  });
  test("a 200 MiB file (generated, streamed both ways)", async () => {
    const dir = path.join(work, "big-file-data");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "big.bin");
    const block = Buffer.alloc(1 << 20);
    for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i);
    const fd = fs.openSync(file, "w");
    for (let i = 0; i < 200; i++) {
      block.writeUInt32LE(i, 0);
      fs.writeSync(fd, block);
    }
    fs.closeSync(fd);
    fs.writeFileSync(
      path.join(dir, "dataset-metadata.json"),
      JSON.stringify({ title: "Big file data", id: "alice/big-file-data", licenses: [{ name: "CC0-1.0" }] }),
    );
    const c = client();
    const res = await c.datasets.create(dir);
    assert.equal(res.ok, true);
    const out = path.join(work, "big-out");
    const dl = await c.datasets.downloadFile({ owner: "alice", slug: "big-file-data" }, "big.bin", { path: out });
    assert.equal(dl.bytes, 200 << 20);
    assert.equal(await sha256(dl.path), await sha256(file));
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("resilience", () => {
  test("an upload dropped mid-file resumes (Content-Range probe, 308) and the version is correct", async () => {
    const data = Buffer.alloc((6 << 20) + 12_344);
    for (let i = 0; i < data.length; i += 4) data.writeUInt32LE((i * 7919) >>> 0, i);
    const dir = dataset("dropped-upload", { "d.bin": data, "small.txt": "s" });
    // Every upload PUT is cut after 2 MiB of body (the 1-byte file is not): d.bin needs resumes.
    emu.runtime.faults.add([{ target: "upload", dropAfter: 2 << 20 }]);
    const requests = spyOnUploads();
    const c = client();
    const res = await c.datasets.create(dir).finally(() => {
      emu.runtime.faults.clear();
      requests.stop();
    });
    assert.equal(res.ok, true);
    const sessions = Object.values(emu.state.uploads).filter((u) => u.name === "d.bin" && u.size === data.length);
    assert.equal(sessions.length, 1, "one upload session: the dropped PUT was continued, not restarted");
    const seen = requests.of(sessions[0]!.id);
    const puts = seen.filter((r) => !r.probe);
    assert.ok(puts.length >= 2 && puts.some((r) => r.status === undefined), `PUTs were cut: ${JSON.stringify(seen)}`);
    assert.equal(seen.at(-1)!.status, 200, "the upload completed");
    assert.equal(puts[0]!.start, 0);
    for (let i = 1; i < seen.length; i++) {
      if (!seen[i]!.probe) {
        const probe = seen[i - 1]!;
        assert.ok(probe.probe && probe.status === 308, `a probe came before PUT ${i}: ${JSON.stringify(seen)}`);
        assert.equal(seen[i]!.start, probe.held, `PUT ${i} starts at the byte the probe reported`);
      }
    }
    const out = path.join(work, "dropped-out");
    const dl = await c.datasets.downloadFile({ owner: "alice", slug: "dropped-upload" }, "d.bin", { path: out });
    assert.ok(fs.readFileSync(dl.path).equals(data));
  });

  test("an interrupted run leaves resume state; the next run continues from the byte the server holds", async () => {
    const data = Buffer.alloc(8 << 20, 3);
    const dir = dataset("resumed-across-runs", { "r.bin": data });
    const plan = await planUploads(dir);
    const abort = new AbortController();
    let sent = 0;
    const progress = {
      start() {},
      advance(n: number) {
        sent += n;
        if (sent > 3 << 20) abort.abort();
      },
      finish() {},
    };
    emu.runtime.faults.add([{ target: "upload", latencyMs: 0, count: 1 }]);
    await assert.rejects(uploadAll(client(), plan.items, { stateDir: path.join(work, "state"), progress: () => progress, signal: abort.signal }));
    emu.runtime.faults.clear();
    const stateFile = resumeStateFile(path.join(work, "state"), plan.items[0]!.sourceKey);
    const state = JSON.parse(fs.readFileSync(stateFile, "utf8"));
    assert.equal(state.upload_complete, false);
    assert.equal(state.start_blob_upload_request.name, "r.bin");
    const session = Object.values(emu.state.uploads).find((u) => u.token === state.start_blob_upload_response.token)!;
    // A status probe is answered only once the server has finished with the aborted PUT.
    const probe = await fetch(state.start_blob_upload_response.createUrl, {
      method: "PUT",
      headers: { "content-range": `bytes */${data.length}` },
      body: "",
    });
    assert.equal(probe.status, 308);
    assert.equal(probe.headers.get("range"), `bytes=0-${session.size - 1}`);
    assert.ok(session.size > 0 && session.size < data.length, `server holds ${session.size} bytes`);
    const again = await uploadAll(client(), plan.items, { stateDir: path.join(work, "state") });
    assert.equal(again[0]!.how, "resumed");
    assert.equal(again[0]!.token, state.start_blob_upload_response.token);
    assert.equal(session.complete, true);
    assert.equal(session.size, data.length);
  });

  test("after a failed CreateDataset the next run reuses the completed uploads instead of sending them again", async () => {
    const dir = dataset("reused-uploads", { "a.txt": "aaa", "b.txt": "bbb" });
    emu.runtime.faults.add([{ target: "CreateDataset", status: 500, count: 1 }]);
    const c = client();
    await assert.rejects(c.datasets.create(dir), /Internal server error/);
    const uploadsBefore = Object.keys(emu.state.uploads).length;
    const res = await client().datasets.create(dir);
    assert.equal(res.ok, true);
    assert.deepEqual(
      res.uploaded.map((u) => u.how),
      ["reused", "reused"],
    );
    assert.equal(Object.keys(emu.state.uploads).length, uploadsBefore, "no new upload sessions");
    const stateDir = path.join(work, ".kaggle", "uploads");
    assert.deepEqual(fs.existsSync(stateDir) ? fs.readdirSync(stateDir) : [], [], "state removed after success");
  });

  test("a file that cannot be uploaded: nothing is created, the error names the file", async () => {
    const dir = dataset("upload-refused", { "only.txt": "x" });
    emu.runtime.faults.add([{ target: "upload", status: 400, count: 1 }]);
    await assert.rejects(client().datasets.create(dir), /Upload of only\.txt failed: .*400.*nothing was created/);
    emu.runtime.faults.clear();
    assert.equal(
      emu.state.datasets.datasets.some((d) => d.slug === "upload-refused"),
      false,
    );
  });
});
