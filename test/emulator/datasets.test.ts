/** The emulator's datasets service at the RPC level: strictness, real error answers, status, downloads. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { put, rpc, uploadedBlob, userAuth, type Auth } from "./helpers";
import { useEmulator } from "../helpers/emulator";

const DS = "datasets.DatasetApiService";
const ds = (method: string, body: unknown = {}, auth?: Auth) => rpc(emu, DS, method, body, auth ? { auth } : {});

const emu = useEmulator({}, async () => {
  emu.state.datasets.processingDelayMs = 0;
});

const uploaded = (name: string, content: string, auth?: Auth) => uploadedBlob(emu, name, content, auth);

describe("datasets service", () => {
  test("strict requests: unknown fields and enum values are 400 naming the field", async () => {
    const r = await ds("ListDatasets", { sortBy: "DATASET_SORT_BY_BEST" });
    assert.equal(r.status, 400);
    assert.match(r.json.message as string, /sortBy/);
    const u = await ds("ListDatasets", { pageSz: 3 });
    assert.equal(u.status, 400);
    assert.match(u.json.message as string, /Unknown name "pageSz"/);
  });

  test("list: paging with nextPageToken; the official default body works", async () => {
    const p1 = await ds("ListDatasets", { tagIds: "", search: "", user: "", page: 1, pageSize: 2 });
    assert.equal((p1.json.datasets as unknown[]).length, 2);
    const p2 = await ds("ListDatasets", { pageToken: p1.json.nextPageToken, pageSize: 2 });
    assert.equal((p2.json.datasets as unknown[]).length, 1);
    assert.equal(p2.json.nextPageToken, undefined);
  });

  test("the real error answers", async () => {
    const missing = await ds("GetDatasetStatus", { ownerSlug: "alice", datasetSlug: "no-such-dataset" });
    assert.deepEqual([missing.status, missing.json.code], [404, 404]);
    const tok = await uploaded("a.csv", "a\n1\n");
    const base = { ownerSlug: "alice", slug: "error-answers", title: "Error answers", licenseName: "CC0-1.0", files: [{ token: tok }] };
    const taken = await ds("CreateDataset", { ...base, slug: "city-weather-daily" });
    assert.deepEqual(taken.json, {
      status: "error",
      error: 'The requested title "Error answers" is already in use by a dataset. Please choose another title.',
    });
    const short = await ds("CreateDataset", { ...base, title: "Tiny" });
    assert.match(short.json.error as string, /title must be between 6 and 50 characters/);
    const lic = await ds("CreateDataset", { ...base, licenseName: "WTFPL" });
    assert.match(lic.json.error as string, /Invalid license name "WTFPL"/);
    const slug = await ds("CreateDataset", { ...base, slug: "bad slug" });
    assert.equal(slug.json.error, 'Slug can only contain alphanumeric or "-" characters');
    const notOwner = await ds("CreateDataset", { ...base, ownerSlug: "bob" });
    assert.equal(notOwner.status, 403);
    const badToken = await ds("CreateDataset", { ...base, files: [{ token: "nope" }] });
    assert.match(badToken.json.error as string, /Invalid file token/);
    const ok = await ds("CreateDataset", base);
    assert.deepEqual(ok.json, { ref: "alice/error-answers", url: "https://www.kaggle.com/datasets/alice/error-answers", status: "ok" });
    const reused = await ds("CreateDataset", { ...base, slug: "error-answers-two" });
    assert.match(reused.json.error as string, /already used by dataset:/);
    const foreign = await ds(
      "CreateDatasetVersion",
      {
        ownerSlug: "alice",
        datasetSlug: "error-answers",
        body: { versionNotes: "x", files: [{ token: await uploaded("b.csv", "b", userAuth(emu, "bob")) }] },
      },
      userAuth(emu, "bob"),
    );
    assert.equal(foreign.status, 403, "not the owner");
    const noSuch = await ds("CreateDatasetVersion", { ownerSlug: "alice", datasetSlug: "never-was", body: { versionNotes: "x" } });
    assert.equal(noSuch.json.error, "Failed to resolve the necessary information from the request.");
  });

  test("status moves through processing to ready; versions are numbered", async () => {
    // Processing takes an hour of the emulator's clock, so no state moves while the machine is
    // busy; the test then moves the clock past it instead of sleeping.
    emu.state.datasets.processingDelayMs = 3_600_000;
    try {
      const created = await ds("CreateDataset", {
        ownerSlug: "alice",
        slug: "slow-processing",
        title: "Slow processing",
        licenseName: "CC0-1.0",
        files: [{ token: await uploaded("s.csv", "s") }],
      });
      assert.equal(created.json.status, "ok");
      const first = await ds("GetDatasetStatus", { ownerSlug: "alice", datasetSlug: "slow-processing" });
      assert.equal(first.json.status, "BLOBS_RECEIVED");
      const early = await ds("CreateDatasetVersion", {
        ownerSlug: "alice",
        datasetSlug: "slow-processing",
        body: { versionNotes: "too soon", files: [{ token: await uploaded("s.csv", "s2") }] },
      });
      assert.equal(early.status, 403, "no new version while the first is processing");
      emu.runtime.clock.advance(3_600_000);
      assert.equal((await ds("GetDatasetStatus", { ownerSlug: "alice", datasetSlug: "slow-processing" })).json.status, "READY");
      const v2 = await ds("CreateDatasetVersion", {
        ownerSlug: "alice",
        datasetSlug: "slow-processing",
        body: { versionNotes: "second", files: [{ token: await uploaded("s.csv", "s2") }] },
      });
      assert.equal(v2.json.status, "ok");
      const got = await ds("GetDataset", { ownerSlug: "alice", datasetSlug: "slow-processing" });
      assert.equal(got.json.currentVersionNumber, 2);
    } finally {
      emu.state.datasets.processingDelayMs = 0;
      emu.runtime.clock.reset();
    }
  });

  test("download: 302 to a signed URL named after the file; Range answers 206; Last-Modified; the zip", async () => {
    const r = await ds("DownloadDataset", { ownerSlug: "alice", datasetSlug: "city-weather-daily", fileName: "weather.csv" });
    assert.equal(r.status, 302);
    const loc = r.headers.get("location")!;
    assert.match(loc, /\/storage\/kagglesdsdata\/datasets\/\d+\/\d+\/weather\.csv\?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=/);
    const full = await fetch(loc);
    const text = await full.text();
    assert.equal(full.headers.get("last-modified"), "Sun, 15 Jun 2025 12:30:00 GMT");
    assert.equal(full.headers.get("accept-ranges"), "bytes");
    const part = await fetch(loc, { headers: { Range: "bytes=10-" } });
    assert.equal(part.status, 206);
    assert.equal(await part.text(), text.slice(10));
    const zip = await ds("DownloadDataset", { ownerSlug: "alice", datasetSlug: "city-weather-daily" });
    assert.match(zip.headers.get("location")!, /\/storage\/kaggle-data-sets\/\d+\/\d+\/bundle\/archive\.zip\?/);
    const anonPrivate = await ds("DownloadDataset", { ownerSlug: "alice", datasetSlug: "private-sales-notes" }, "none");
    assert.equal(anonPrivate.status, 404);
  });

  test("metadata: get for anyone on a public dataset; update checks frequency and licence", async () => {
    const m = await ds("GetDatasetMetadata", { ownerSlug: "bob", datasetSlug: "global-coffee-prices" }, "none");
    assert.equal((m.json.info as { licenses: { name: string }[] }).licenses[0]!.name, "CC-BY-SA-4.0");
    const bad = await ds("UpdateDatasetMetadata", {
      ownerSlug: "alice",
      datasetSlug: "city-weather-daily",
      settings: { expectedUpdateFrequency: "Annually" },
    });
    assert.equal(bad.status, 400);
    assert.match(bad.json.message as string, /lower case/);
    const ok = await ds("UpdateDatasetMetadata", {
      ownerSlug: "alice",
      datasetSlug: "city-weather-daily",
      settings: { title: "City Weather Daily", expectedUpdateFrequency: "weekly", licenses: [{ name: "ODbL-1.0" }] },
    });
    assert.deepEqual([ok.status, ok.json], [200, { errors: [] }]);
  });

  test("uploads: the byte count must match contentLength", async () => {
    const r = await rpc(emu, "blobs.BlobApiService", "StartBlobUpload", { type: "DATASET", name: "n.bin", contentLength: 10 });
    const up = await put(r.json.createUrl as string, "12345");
    assert.equal(up.status, 400);
  });
});
