/** The emulator's models service over HTTP: visibility, owners, strict requests, the in-body errors, versions from uploads, downloads. */
import assert from "node:assert/strict";
import { gunzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import type { Emulator } from "../../src/emulator/server";
import { rpc, start, uploadedBlob, userAuth, type Auth } from "./helpers";

const MS = "models.ModelApiService";
let emu: Emulator;
const call = (method: string, body: unknown = {}, auth?: Auth) => rpc(emu, MS, method, body, auth ? { auth } : {});
const modelBlob = (name: string, content: string, auth?: Auth) => uploadedBlob(emu, name, content, auth, "MODEL");
const inst = { ownerSlug: "alice", modelSlug: "weather-forecaster", framework: "MODEL_FRAMEWORK_PY_TORCH", instanceSlug: "default" };

before(async () => {
  emu = await start({ scenario: "demo" });
});
after(() => emu.close());

describe("models service", () => {
  test("list: public models of every user plus the caller's private ones; sort orders and paging", async () => {
    const mine = await call("ListModels", {});
    const refs = (mine.json.models as { ref: string }[]).map((m) => m.ref);
    assert.ok(refs.includes("alice/secret-sales-model") && refs.includes("bob/coffee-price-lstm") && refs.includes("carol/digit-classifier"));
    const bobs = await call("ListModels", {}, userAuth(emu, "bob"));
    assert.ok(!(bobs.json.models as { ref: string }[]).some((m) => m.ref === "alice/secret-sales-model"));
    const byDownloads = await call("ListModels", { sortBy: "LIST_MODELS_ORDER_BY_DOWNLOAD_COUNT", pageSize: 2 });
    assert.deepEqual(
      (byDownloads.json.models as { ref: string }[]).map((m) => m.ref),
      ["carol/digit-classifier", "bob/coffee-price-lstm"],
    );
    const p2 = await call("ListModels", { sortBy: "LIST_MODELS_ORDER_BY_DOWNLOAD_COUNT", pageSize: 2, pageToken: byDownloads.json.nextPageToken });
    assert.equal((p2.json.models as unknown[]).length, 2);
    const search = await call("ListModels", { search: "coffee", owner: "bob" });
    assert.deepEqual(
      (search.json.models as { ref: string }[]).map((m) => m.ref),
      ["bob/coffee-price-lstm"],
    );
  });

  test("strict: unknown fields and frameworks are HTTP 400 naming the field", async () => {
    const f = await call("GetModelInstance", { ...inst, framework: "MODEL_FRAMEWORK_CAFFE" });
    assert.equal(f.status, 400);
    assert.match(f.json.message as string, /framework/);
    const u = await call("GetModel", { ownerSlug: "alice", modelSlug: "weather-forecaster", colour: "red" });
    assert.equal(u.status, 400);
    assert.match(u.json.message as string, /colour/);
  });

  test("another user's private model is 404; a public one may be read but not changed (403)", async () => {
    const hidden = await call("GetModel", { ownerSlug: "alice", modelSlug: "secret-sales-model" }, userAuth(emu, "bob"));
    assert.equal(hidden.status, 404);
    const seen = await call("GetModel", { ownerSlug: "alice", modelSlug: "weather-forecaster" }, userAuth(emu, "bob"));
    assert.equal(seen.status, 200);
    assert.equal((seen.json.instances as unknown[]).length, 2);
    const del = await call("DeleteModel", { ownerSlug: "alice", modelSlug: "weather-forecaster" }, userAuth(emu, "bob"));
    assert.equal(del.status, 403);
    const other = await call("CreateModel", { ownerSlug: "bob", slug: "not-mine", title: "Not mine" });
    assert.equal(other.status, 403);
    assert.ok(emu.state.models.models.some((m) => m.slug === "weather-forecaster"));
  });

  test("create: slug rules and duplicates are answered in the body, as kagglehub reads them", async () => {
    const bad = await call("CreateModel", { ownerSlug: "alice", slug: "Bad_Slug", title: "T" });
    assert.deepEqual([bad.status, bad.json.errorCode], [200, 400]);
    assert.match(bad.json.error as string, /Invalid model slug 'Bad_Slug'/);
    const dup = await call("CreateModel", { ownerSlug: "alice", slug: "weather-forecaster", title: "Again" });
    assert.deepEqual([dup.json.errorCode, dup.json.error], [409, "Model alice/weather-forecaster already exists."]);
    const ok = await call("CreateModel", { ownerSlug: "alice", slug: "new-model", title: "New model", isPrivate: false });
    assert.equal(ok.json.url, "https://www.kaggle.com/models/alice/new-model");
    const m = emu.state.models.models.find((x) => x.slug === "new-model")!;
    assert.equal(m.isPrivate, false);
  });

  test("update: with a mask only the masked fields change; without one, the fields sent", async () => {
    await call("CreateModel", { ownerSlug: "alice", slug: "masked", title: "Masked", subtitle: "old sub" });
    await call("UpdateModel", { ownerSlug: "alice", modelSlug: "masked", title: "New title", subtitle: "ignored", updateMask: "title" });
    const m = emu.state.models.models.find((x) => x.slug === "masked")!;
    assert.deepEqual([m.title, m.subtitle], ["New title", "old sub"]);
    await call("UpdateModel", { ownerSlug: "alice", modelSlug: "masked", subtitle: "new sub", isPrivate: false });
    assert.deepEqual([m.title, m.subtitle, m.isPrivate], ["New title", "new sub", false]);
    const badPath = await call("UpdateModel", { ownerSlug: "alice", modelSlug: "masked", updateMask: "colour" });
    assert.equal(badPath.status, 400);
  });

  test("instances and versions from MODEL uploads; dataset tokens, bad licences and duplicates are refused", async () => {
    await call("CreateModel", { ownerSlug: "alice", slug: "uploaded", title: "Uploaded", isPrivate: false });
    const dsTok = await uploadedBlob(emu, "w.bin", "x");
    const wrongKind = await call("CreateModelInstance", {
      ownerSlug: "alice",
      modelSlug: "uploaded",
      body: { instanceSlug: "v1", framework: "MODEL_FRAMEWORK_JAX", files: [{ token: dsTok }] },
    });
    assert.match(wrongKind.json.error as string, /is not a model upload/);
    const t1 = await modelBlob("weights.bin", "weights-1");
    const lic = await call("CreateModelInstance", {
      ownerSlug: "alice",
      modelSlug: "uploaded",
      body: { instanceSlug: "v1", framework: "MODEL_FRAMEWORK_JAX", licenseName: "WTFPL", files: [{ token: t1 }] },
    });
    assert.deepEqual([lic.json.errorCode, /Unknown license 'WTFPL'/.test(lic.json.error as string)], [400, true]);
    const ok = await call("CreateModelInstance", {
      ownerSlug: "alice",
      modelSlug: "uploaded",
      body: {
        instanceSlug: "v1",
        framework: "MODEL_FRAMEWORK_JAX",
        files: [{ token: t1 }],
        directories: [{ name: "cfg", files: [{ token: await modelBlob("a.json", "{}") }] }],
        sigstore: false,
      },
    });
    assert.equal(ok.json.url, "https://www.kaggle.com/models/alice/uploaded/jax/v1");
    const again = await call("CreateModelInstance", {
      ownerSlug: "alice",
      modelSlug: "uploaded",
      body: { instanceSlug: "v1", framework: "MODEL_FRAMEWORK_JAX", files: [{ token: await modelBlob("w", "w") }] },
    });
    assert.equal(again.json.errorCode, 409);
    const ref = { ownerSlug: "alice", modelSlug: "uploaded", framework: "MODEL_FRAMEWORK_JAX", instanceSlug: "v1" };
    const v2 = await call("CreateModelInstanceVersion", {
      ...ref,
      body: { versionNotes: "second", files: [{ token: await modelBlob("weights.bin", "weights-2") }] },
    });
    assert.equal(v2.json.url, "https://www.kaggle.com/models/alice/uploaded/jax/v1/2");
    const files = await call("ListModelInstanceVersionFiles", { ...ref, versionNumber: 1 });
    assert.deepEqual(
      (files.json.files as { name: string }[]).map((f) => f.name),
      ["cfg/a.json", "weights.bin"],
    );
    const versions = await call("ListModelInstanceVersions", ref);
    assert.deepEqual(
      (versions.json.versionList as { versions: { versionNumber: number }[] }).versions.map((v) => v.versionNumber),
      [2, 1],
    );
    const got = await call("GetModelInstance", ref);
    assert.deepEqual([got.json.versionNumber, got.json.licenseName], [2, "Apache 2.0"]);
    const notOwner = await call(
      "CreateModelInstanceVersion",
      { ...ref, body: { files: [{ token: await modelBlob("b", "b", userAuth(emu, "bob")) }] } },
      userAuth(emu, "bob"),
    );
    assert.equal(notOwner.status, 403);
  });

  test("download: the whole version as a tar.gz, one file by path, 404 while processing", async () => {
    const whole = await call("DownloadModelInstanceVersion", { ...inst, versionNumber: 2 });
    assert.equal(whole.status, 302);
    const tgz = Buffer.from(await (await fetch(whole.headers.get("location")!)).arrayBuffer());
    const tar = gunzipSync(tgz);
    assert.match(tar.subarray(0, 100).toString(), /^model\.pt\0/);
    const one = await call("DownloadModelInstanceVersion", { ...inst, versionNumber: 2, path: "config.json" });
    const body = await (await fetch(one.headers.get("location")!)).text();
    assert.equal(body, '{"hidden": 64, "days": 7, "rain": true}');
    const missing = await call("DownloadModelInstanceVersion", { ...inst, versionNumber: 9 });
    assert.equal(missing.status, 404);
    emu.state.models.processingDelayMs = 3600_000;
    await call("CreateModelInstanceVersion", { ...inst, body: { files: [{ token: await modelBlob("model.pt", "new") }] } });
    const busy = await call("DownloadModelInstanceVersion", { ...inst, versionNumber: 3 });
    assert.equal(busy.status, 404);
    assert.match(busy.json.message as string, /still being processed/);
    const list = await call("ListModelInstances", { ownerSlug: "alice", modelSlug: "weather-forecaster" });
    assert.equal((list.json.instances as { status?: string }[])[0]!.status, "BLOBS_RECEIVED");
    emu.state.models.processingDelayMs = 1000;
  });

  test("deletes: a version (not the only one), an instance, a model", async () => {
    const only = await call(
      "DeleteModelInstanceVersion",
      { ownerSlug: "bob", modelSlug: "coffee-price-lstm", framework: "MODEL_FRAMEWORK_KERAS", instanceSlug: "small", versionNumber: 1 },
      userAuth(emu, "bob"),
    );
    assert.match(only.json.error as string, /only version/);
    const v = await call("DeleteModelInstanceVersion", { ...inst, versionNumber: 1 });
    assert.equal(v.status, 200);
    const gone = await call("ListModelInstanceVersionFiles", { ...inst, versionNumber: 1 });
    assert.equal(gone.status, 404);
    assert.equal((await call("DeleteModelInstance", { ...inst, framework: "MODEL_FRAMEWORK_ONNX" })).status, 200);
    assert.equal((await call("DeleteModel", { ownerSlug: "alice", modelSlug: "secret-sales-model" })).status, 200);
    assert.equal((await call("GetModel", { ownerSlug: "alice", modelSlug: "secret-sales-model" })).status, 404);
  });
});
