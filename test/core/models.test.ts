/** Model refs and framework words, the metadata files' checks, and safe tar.gz extraction. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { KaggleClient } from "../../src/core/client";
import { ConfigurationError } from "../../src/core/errors";
import { frameworkWord, lookupFramework } from "../../src/core/enums";
import { instanceForCreate, instanceTemplate, modelForCreate, modelForUpdate, modelTemplate, readModelMetadata } from "../../src/core/metadata/model";
import { modelInstanceName, parseModelInstanceRef, parseModelRef, parseModelVersionRef } from "../../src/core/refs";
import { extractTar } from "../../src/core/untar";
import { UnsafeArchiveError } from "../../src/core/unzip";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { writeTarGz } from "../../src/emulator/tar";
import { FakeClock } from "../helpers/clock";
import { tempFolders } from "../helpers/tmp";
import { makeTar, type TarMember } from "../helpers/zip";

const tmp = tempFolders("models-core-");

describe("model refs", () => {
  test("framework words are matched as the official CLI matches them", () => {
    for (const w of ["pytorch", "PyTorch", "py_torch", "PY_TORCH", "MODEL_FRAMEWORK_PY_TORCH", "pyTorch"]) {
      assert.equal(lookupFramework(w), "MODEL_FRAMEWORK_PY_TORCH", w);
    }
    assert.equal(lookupFramework("tensorFlow2"), "MODEL_FRAMEWORK_TENSOR_FLOW_2");
    assert.equal(lookupFramework("scikitLearn"), "MODEL_FRAMEWORK_SCIKIT_LEARN");
    assert.equal(frameworkWord("MODEL_FRAMEWORK_TENSOR_FLOW_2"), "tensorFlow2");
    assert.throws(() => lookupFramework("caffe"), /Unknown model framework 'caffe'. Valid frameworks are tensorFlow1, .*pyTorch/);
  });

  test("model, instance and version strings, with the official messages", () => {
    assert.deepEqual(parseModelRef("alice/m"), { owner: "alice", slug: "m" });
    assert.deepEqual(parseModelRef("m", "bob"), { owner: "bob", slug: "m" });
    assert.throws(() => parseModelRef("a/b/c"), /^ConfigurationError: Model must be specified in the form of '\{owner\}\/\{model-slug\}'$/);
    assert.deepEqual(parseModelInstanceRef("alice/m/keras/v1"), { owner: "alice", slug: "m", framework: "MODEL_FRAMEWORK_KERAS", instance: "v1" });
    assert.throws(() => parseModelInstanceRef("alice/m/keras"), /Model instance must be specified in the form of/);
    assert.throws(() => parseModelInstanceRef("alice//keras/v1"), /Invalid model instance specification alice\/\/keras\/v1/);
    assert.equal(parseModelVersionRef("alice/m/PyTorch/v1/3").version, 3);
    assert.throws(() => parseModelVersionRef("alice/m/pytorch/v1/x"), /version-number must be an integer/);
    assert.equal(modelInstanceName({ ...parseModelInstanceRef("a/m/py_torch/v"), version: 2 }), "a/m/pyTorch/v/2");
  });
});

function folderWith(name: string, content: unknown): string {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return dir;
}

describe("model metadata files", () => {
  test("the templates are the official ones and fail on their placeholders", () => {
    const t = JSON.parse(modelTemplate());
    assert.deepEqual(Object.keys(t), ["ownerSlug", "title", "slug", "subtitle", "isPrivate", "description", "publishTime", "provenanceSources"]);
    const doc = readModelMetadata(folderWith("model-metadata.json", modelTemplate()), "model-metadata.json");
    assert.throws(() => modelForCreate(doc), /model-metadata.json:2: Default ownerSlug detected, please change values before uploading/);
    const it = JSON.parse(instanceTemplate());
    assert.equal(it.licenseName, "Apache 2.0");
    assert.equal(it.modelInstanceType, "Unspecified");
  });

  test("required keys, booleans, dates, frameworks and licences are checked before any request", () => {
    const base = { ownerSlug: "alice", slug: "m", title: "M", isPrivate: true, description: "d" };
    const read = (o: unknown) => readModelMetadata(folderWith("model-metadata.json", o), "model-metadata.json");
    assert.throws(() => modelForCreate(read({ ...base, title: undefined })), /Key title not found in data/);
    assert.throws(() => modelForCreate(read({ ...base, isPrivate: "yes" })), /model.isPrivate must be a boolean/);
    assert.throws(() => modelForCreate(read({ ...base, publishTime: "2024-02-30" })), /publishTime '2024-02-30' is not a date/);
    assert.equal(modelForCreate(read({ ...base, publishTime: "2024-02-03" })).publishTime, "2024-02-03T00:00:00.000Z");
    assert.deepEqual(modelForUpdate(read({ ownerSlug: "alice", slug: "m", subtitle: "s" })), { ownerSlug: "alice", slug: "m", subtitle: "s" });
    const inst = { ownerSlug: "alice", modelSlug: "m", instanceSlug: "v1", framework: "pytorch", licenseName: "MIT" };
    const readI = (o: unknown) => readModelMetadata(folderWith("model-instance-metadata.json", o), "model-instance-metadata.json");
    assert.equal(instanceForCreate(readI(inst)).framework, "MODEL_FRAMEWORK_PY_TORCH");
    assert.throws(() => instanceForCreate(readI({ ...inst, framework: "caffe" })), /:5: Unknown model framework 'caffe'/);
    assert.throws(() => instanceForCreate(readI({ ...inst, licenseName: "" })), /Please specify a license/);
    assert.throws(() => instanceForCreate(readI({ ...inst, trainingData: "x" })), /modelInstance.trainingData must be a list/);
    assert.throws(
      () => readI("{ bad"),
      (e: unknown) => e instanceof ConfigurationError && /:1:3: invalid JSON/.test(e.message),
    );
    assert.throws(() => readModelMetadata(tmp(), "model-metadata.json"), /Metadata file not found: model-metadata.json in .*kaggle models init -p/);
  });
});

describe("extractTar", () => {
  const archive = (members: TarMember[]) => {
    const dir = tmp();
    const file = path.join(dir, "m.tar.gz");
    fs.writeFileSync(file, gzipSync(makeTar(members)));
    const dest = path.join(dir, "out");
    fs.mkdirSync(dest);
    return { file, dest, dir };
  };

  test("the emulator's archive round-trips, folders and long names included", async () => {
    const dir = tmp();
    const src = path.join(dir, "w.bin");
    fs.writeFileSync(src, Buffer.alloc(700_000, 3));
    const long = `${"d".repeat(90)}/${"f".repeat(40)}.txt`;
    const file = path.join(dir, "m.tar.gz");
    await writeTarGz(file, [
      { name: "w.bin", path: src, mtime: new Date() },
      { name: long, data: Buffer.from("long"), mtime: new Date() },
    ]);
    const dest = path.join(dir, "out");
    const r = await extractTar(file, dest);
    assert.deepEqual(r, { files: 2, bytes: 700_004, skipped: 0 });
    assert.ok(fs.readFileSync(path.join(dest, "w.bin")).equals(fs.readFileSync(src)));
    assert.equal(fs.readFileSync(path.join(dest, long), "utf8"), "long");
  });

  for (const [what, members] of [
    [
      "a '..' entry",
      [
        { name: "ok.txt", data: "1" },
        { name: "../evil.txt", data: "x" },
      ],
    ],
    [
      "an absolute entry",
      [
        { name: "ok.txt", data: "1" },
        { name: "/tmp/evil.txt", data: "x" },
      ],
    ],
  ] as [string, TarMember[]][]) {
    test(`${what} is refused before anything is written`, async () => {
      const { file, dest, dir } = archive(members);
      await assert.rejects(extractTar(file, dest), UnsafeArchiveError);
      assert.deepEqual(fs.readdirSync(dest), []);
      assert.equal(fs.existsSync(path.join(dir, "evil.txt")), false);
    });
  }

  test("links are never created, and a link planted in the folder is not written through", async () => {
    const { file, dest } = archive([
      { name: "link", type: "2", linkName: "/etc/passwd" },
      { name: "hard", type: "1", linkName: "/etc/passwd" },
      { name: "a.txt", data: "a" },
    ]);
    const warnings: string[] = [];
    const r = await extractTar(file, dest, { onWarning: (w) => warnings.push(w) });
    assert.equal(r.skipped, 2);
    assert.deepEqual(fs.readdirSync(dest), ["a.txt"]);
    assert.match(warnings[0]!, /Skipped "link": links and special files in archives are not extracted \(it points to "\/etc\/passwd"\)/);

    const outside = tmp();
    const planted = archive([{ name: "sub/x.txt", data: "x" }]);
    fs.symlinkSync(outside, path.join(planted.dest, "sub"));
    await assert.rejects(extractTar(planted.file, planted.dest), /entry "sub\/x.txt" goes through "sub", a link that leads outside/);
    assert.deepEqual(fs.readdirSync(outside), []);
  });

  test("a truncated archive fails and leaves no temporary file", async () => {
    const dir = tmp();
    const file = path.join(dir, "t.tar");
    fs.writeFileSync(file, makeTar([{ name: "a.bin", data: Buffer.alloc(5000, 1) }]).subarray(0, 2048));
    const dest = path.join(dir, "out");
    await assert.rejects(extractTar(file, dest), /ends in the middle of an entry/);
    assert.deepEqual(fs.readdirSync(dest), []);
  });
});

describe("client.models over HTTP", () => {
  let emu: Emulator;
  const bodies: { url: string; body: string }[] = [];
  const client = () =>
    new KaggleClient({
      endpoint: emu.url,
      credentials: { method: "LEGACY_API_KEY", username: emu.credentials.username, key: emu.credentials.key, source: "test" } as never,
      host: { env: { TMPDIR: tmp() }, home: tmp(), platform: "linux" },
      clock: new FakeClock(),
      fetch: (url, init) => {
        bodies.push({ url: String(url), body: String(init?.body ?? "") });
        return globalThis.fetch(url, init);
      },
    });
  before(async () => {
    emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {} });
  });
  after(() => emu.close());
  const sent = (method: string) => JSON.parse(bodies.filter((b) => b.url.endsWith(`/${method}`)).at(-1)!.body) as Record<string, unknown>;

  test("update sends the fields present with their mask, as the SDK serialises a FieldMask", async () => {
    const dir = folderWith("model-metadata.json", { ownerSlug: "alice", slug: "weather-forecaster", subtitle: "Sharper", isPrivate: false });
    const res = await client().models.update(dir);
    assert.equal(res.url, "https://www.kaggle.com/models/alice/weather-forecaster");
    assert.deepEqual(sent("UpdateModel"), {
      ownerSlug: "alice",
      modelSlug: "weather-forecaster",
      subtitle: "Sharper",
      isPrivate: false,
      updateMask: "subtitle,isPrivate",
    });
    const idir = folderWith("model-instance-metadata.json", {
      ownerSlug: "alice",
      modelSlug: "weather-forecaster",
      instanceSlug: "default",
      framework: "pytorch",
      licenseName: "MIT",
    });
    await client().models.updateInstance(idir);
    assert.equal(sent("UpdateModelInstance").updateMask, "overview,usage,licenseName");
    assert.equal(emu.state.models.models[0]!.instances[0]!.licenseName, "MIT");
  });

  test("a version's files go up as MODEL blobs, then CreateModelInstanceVersion carries their tokens", async () => {
    const dir = folderWith("w.bin", "weights");
    const ref = parseModelInstanceRef("alice/weather-forecaster/pytorch/default");
    const { response, uploaded } = await client().models.createVersion(ref, dir, "from the client", { stateDir: tmp() });
    assert.equal(sent("StartBlobUpload").type, "MODEL");
    assert.deepEqual(sent("CreateModelInstanceVersion").body, { versionNotes: "from the client", files: [{ token: uploaded[0]!.token }] });
    assert.match(response.url!, /\/models\/alice\/weather-forecaster\/pyTorch\/default\/3$/);
  });
});
