/**
 * `kaggle models …`, `models instances …` and `models instances versions …` end to end: the
 * bundle against the emulator on port 0, outputs as kaggle 2.2.3 prints them (checked side by
 * side with it against the same emulator), bad inputs failing with one line, and downloads that
 * resume, verify and untar safely.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { listZip } from "../../src/core/unzip";
import { runCli, runCliInProcess } from "../helpers/cli";

let emu: Emulator;
let env: Record<string, string>;
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "mcli-"));
const cli = (...argv: string[]) => runCli(argv, { env });
const WF = "alice/weather-forecaster/pytorch/default";

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {} });
  emu.state.models.processingDelayMs = 0;
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
});
after(() => emu.close());

describe("models: reads", () => {
  test("list: table, CSV, JSON, sort orders, owner and search, the official checks", async () => {
    const t = await cli("models", "list", "--sort-by", "downloadCount", "--page-size", "2");
    assert.equal(t.code, 0, t.stderr);
    const lines = t.stdout.split("\n");
    assert.match(lines[0]!, /^Next Page Token = \S+$/);
    assert.equal(lines[1], "    id  ref                     title              subtitle                         author       ");
    assert.equal(lines[3], "600003  carol/digit-classifier  Digit Classifier   A CNN for the Tiny MNIST Sample  Carol Chen   ");
    const csv = await cli("m", "list", "--owner", "bob", "-v");
    assert.equal(
      csv.stdout,
      "id,ref,title,subtitle,author\r\n600002,bob/coffee-price-lstm,Coffee Price LSTM,Monthly arabica price forecasts,Bob Builder\r\n",
    );
    const json = JSON.parse((await cli("models", "list", "-s", "digit", "--format", "json")).stdout);
    assert.deepEqual(json, [
      { id: 600003, ref: "carol/digit-classifier", title: "Digit Classifier", subtitle: "A CNN for the Tiny MNIST Sample", author: "Carol Chen" },
    ]);
    assert.equal((await cli("models", "list", "-s", "zzz")).stdout, "No models found\n");
    const bad = await cli("models", "list", "--sort-by", "best");
    assert.equal(bad.code, 1);
    assert.match(
      bad.stderr,
      /Invalid sort by specified. Valid options are \['hotness', 'downloadCount', 'voteCount', 'notebookCount', 'createTime'\]/,
    );
    assert.match((await cli("models", "list", "--page-size", "0")).stderr, /Page size must be >= 1/);
  });

  test("get: the answer as the SDK prints it, or model-metadata.json with -p; a bare slug is the user's", async () => {
    const r = await cli("models", "get", "weather-forecaster");
    assert.equal(r.code, 0, r.stderr);
    const obj = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(obj).slice(0, 8), ["id", "ref", "title", "subtitle", "author", "slug", "description", "instances"]);
    assert.equal(obj.publishTime, "2025-06-21T00:00:00.000Z");
    assert.match(r.stdout, /^\{\n {2}"id": 600000,\n/);
    const dir = tmp();
    const p = await cli("models", "get", "alice/weather-forecaster", "-p", dir);
    assert.equal(p.stdout, `Metadata file written to ${path.join(dir, "model-metadata.json")}\n`);
    const meta = JSON.parse(fs.readFileSync(path.join(dir, "model-metadata.json"), "utf8"));
    assert.deepEqual(Object.keys(meta), ["id", "ownerSlug", "slug", "title", "subtitle", "isPrivate", "description", "publishTime"]);
    const ip = await cli("models", "instances", "get", WF, "-p", dir);
    assert.equal(ip.code, 0, ip.stderr);
    const im = JSON.parse(fs.readFileSync(path.join(dir, "model-instance-metadata.json"), "utf8"));
    assert.deepEqual([im.framework, im.versionNumber, im.modelInstanceType], ["py_torch", 2, "unspecified"]);
  });

  test("404s and bad refs fail with one line and exit 1", async () => {
    const hidden = await runCli(["models", "get", "alice/secret-sales-model"], {
      env: { ...env, KAGGLE_USERNAME: "bob", KAGGLE_KEY: emu.state.users.find((u) => u.username === "bob")!.key },
    });
    assert.deepEqual([hidden.code, hidden.stderr.trim()], [1, "Model alice/secret-sales-model was not found."]);
    const form = await cli("models", "instances", "get", "alice/weather-forecaster/pytorch");
    assert.deepEqual(
      [form.code, form.stderr.trim()],
      [1, "Model instance must be specified in the form of '{owner}/{model-slug}/{framework}/{instance-slug}'"],
    );
    const fw = await cli("m", "i", "get", "alice/weather-forecaster/caffe/default");
    assert.equal(fw.code, 1);
    assert.match(fw.stderr, /^Unknown model framework 'caffe'. Valid frameworks are tensorFlow1, /);
    const num = await cli("m", "v", "v", "files", `${WF}/x`);
    assert.equal(num.stderr.trim(), "Model instance version's version-number must be an integer");
  });

  test("instances and versions: lists and files in the official columns", async () => {
    const il = await cli("models", "instances", "list", "alice/weather-forecaster");
    assert.equal(il.stdout.split("\n")[0], "      version  notes                    created                           size  ");
    assert.equal(il.stdout.split("\n")[2], "            2  Retrained with rainfall  None                             12337  ");
    const vl = await cli("models", "variations", "versions", "list", WF);
    assert.equal(
      vl.stdout,
      [
        "      version  variation      title                 private  ",
        "-------------  -------------  ------------------  ---------  ",
        "            2  default        Weather Forecaster      False  ",
        "            1  default        Weather Forecaster      False  ",
        "",
      ].join("\n"),
    );
    const files = await cli("models", "instances", "files", WF);
    assert.match(files.stdout, /^name {17}total_bytes {2}creationDate {9}\n/);
    assert.match(files.stdout, /\nmodel\.pt {13}12KB {9}2025-07-01 09:30:00 {2}\n/);
    const vf = await cli("models", "instances", "versions", "files", `${WF}/1`, "-v");
    assert.equal(vf.stdout, "name,size,creationDate\r\nconfig.json,25,2025-06-20 10:00:00\r\nmodel.pt,8192,2025-06-20 10:00:00\r\n");
  });
});

function folder(files: Record<string, string>): string {
  const dir = tmp();
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("models: writes", () => {
  test("init, create, update (with its mask), instances create/update, versions create, deletes with -y and the prompt", async () => {
    const dir = tmp();
    assert.equal((await cli("models", "init", "-p", dir)).stdout, `Model template written to: ${path.join(dir, "model-metadata.json")}\n`);
    const placeholder = await cli("models", "create", "-p", dir);
    assert.equal(placeholder.code, 1);
    assert.match(placeholder.stderr, /model-metadata.json:2: Default ownerSlug detected, please change values before uploading/);
    const meta = JSON.parse(fs.readFileSync(path.join(dir, "model-metadata.json"), "utf8"));
    fs.writeFileSync(path.join(dir, "model-metadata.json"), JSON.stringify({ ...meta, ownerSlug: "alice", slug: "cli-model", title: "CLI Model" }));
    const created = await cli("models", "create", "-p", dir);
    assert.equal(created.stdout, "Your model was created. Id=600004. Url=https://www.kaggle.com/models/alice/cli-model\n");
    const again = await cli("models", "create", "-p", dir);
    assert.deepEqual([again.code, again.stdout], [1, "Model creation error: Model alice/cli-model already exists.\n"]);
    fs.writeFileSync(
      path.join(dir, "model-metadata.json"),
      JSON.stringify({ ownerSlug: "alice", slug: "cli-model", subtitle: "Now with a subtitle" }),
    );
    assert.equal((await cli("models", "update", "-p", dir)).code, 0);
    const m = emu.state.models.models.find((x) => x.slug === "cli-model")!;
    assert.deepEqual([m.title, m.subtitle], ["CLI Model", "Now with a subtitle"]);

    const inst = folder({ "model.bin": "weights", "sub/c.json": "{}", ".git/HEAD": "x" });
    assert.equal((await cli("models", "instances", "init", "-p", inst)).code, 0);
    const im = JSON.parse(fs.readFileSync(path.join(inst, "model-instance-metadata.json"), "utf8"));
    fs.writeFileSync(
      path.join(inst, "model-instance-metadata.json"),
      JSON.stringify({ ...im, ownerSlug: "alice", modelSlug: "cli-model", instanceSlug: "v1", framework: "jax" }),
    );
    const ic = await cli("models", "instances", "create", "-p", inst);
    assert.equal(ic.code, 0, ic.stderr);
    assert.match(
      ic.stdout,
      /^Skipping folder: sub; use '--dir-mode' to upload folders\nStarting upload for file model.bin\nUpload successful: model.bin \(7B\)\nYour model instance was created. Id=\d+. Url=https:\/\/www.kaggle.com\/models\/alice\/cli-model\/jax\/v1\n$/,
    );
    const vc = await cli("models", "instances", "versions", "create", "alice/cli-model/jax/v1", "-p", inst, "-n", "second", "-r", "tar", "-q");
    assert.equal(vc.stdout, "Your model instance version was created. Url=https://www.kaggle.com/models/alice/cli-model/jax/v1/2\n");
    const v2 = m.instances[0]!.versions[1]!;
    assert.deepEqual([v2.notes, v2.files.map((f) => f.name).sort()], ["second", ["model.bin", "sub.tar"]]);
    fs.writeFileSync(
      path.join(inst, "model-instance-metadata.json"),
      JSON.stringify({ ownerSlug: "alice", modelSlug: "cli-model", instanceSlug: "v1", framework: "jax", licenseName: "MIT" }),
    );
    assert.equal((await cli("models", "instances", "update", "-p", inst)).code, 0);
    assert.equal(m.instances[0]!.licenseName, "MIT");

    const no = await runCliInProcess(["models", "instances", "versions", "delete", "alice/cli-model/jax/v1/1"], { env, stdin: "no\n" });
    assert.equal(no.stdout, "Are you sure you want to delete the version alice/cli-model/jax/v1/1? [yes/no] Deletion cancelled\n");
    assert.equal(m.instances[0]!.versions[0]!.deleted, undefined);
    const yes = await runCliInProcess(["models", "instances", "versions", "delete", "alice/cli-model/jax/v1/1"], { env, stdin: "yes\n" });
    assert.match(yes.stdout, /\[yes\/no\] The model instance version was deleted.\n$/);
    const closed = await runCliInProcess(["models", "instances", "delete", "alice/cli-model/jax/v1"], { env, stdin: "" });
    assert.equal(closed.code, 1);
    assert.equal(m.instances.length, 1, "nothing deleted without an answer");
    assert.equal((await cli("models", "instances", "delete", "alice/cli-model/jax/v1", "-y")).stdout, "The model instance was deleted.\n");
    assert.equal((await cli("models", "delete", "alice/cli-model", "-y")).stdout, "The model was deleted.\n");
  });

  test("not the owner, an unknown licence, a malformed file: one line, exit 1, nothing created", async () => {
    const bob = emu.state.users.find((u) => u.username === "bob")!;
    const asBob = (...argv: string[]) => runCli(argv, { env: { ...env, KAGGLE_USERNAME: "bob", KAGGLE_KEY: bob.key } });
    const del = await asBob("models", "delete", "alice/weather-forecaster", "-y");
    assert.equal(del.code, 1);
    assert.match(del.stderr.trim(), /^You do not have permission to change the model alice\/weather-forecaster; only its owner alice may.$/);
    const bad = folder({
      "model-instance-metadata.json": JSON.stringify({
        ownerSlug: "alice",
        modelSlug: "weather-forecaster",
        instanceSlug: "x1",
        framework: "jax",
        licenseName: "WTFPL",
      }),
      "w.bin": "w",
    });
    const lic = await cli("models", "instances", "create", "-p", bad, "-q");
    assert.deepEqual(
      [lic.code, lic.stdout.split("\n")[0]],
      [1, "Model instance creation error: Unknown license 'WTFPL'. Use a license name Kaggle knows, e.g. Apache 2.0, MIT, CC0-1.0, CC-BY-SA-4.0."],
    );
    fs.writeFileSync(path.join(bad, "model-instance-metadata.json"), '{"ownerSlug": "alice",');
    const broken = await cli("models", "instances", "create", "-p", bad);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /model-instance-metadata.json:1:\d+: invalid JSON/);
    assert.equal(emu.state.models.models.find((x) => x.slug === "weather-forecaster")!.instances.length, 2);
    const missing = await cli("models", "create", "-p", tmp());
    assert.match(missing.stderr, /Metadata file not found: model-metadata.json in .*; create one with 'kaggle models init -p /);
  });
});

describe("models: uploads", () => {
  test("versions create honours --ignore-patterns and the defaults, archives folders with -r zip, and pages the versions", async () => {
    const inst = folder({ "model.bin": "w", "notes.tmp": "t", "ckpt/a.bin": "a", "ckpt/b.tmp": "b", ".git/HEAD": "x" });
    const r = await cli("models", "instances", "versions", "create", WF, "-p", inst, "-r", "zip", "--ignore-patterns", "*.tmp", "-n", "ignored");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /not uploaded \(ignore patterns\): .*notes\.tmp/);
    const wf = emu.state.models.models.find((x) => x.slug === "weather-forecaster")!.instances[0]!;
    const v = wf.versions.at(-1)!;
    assert.deepEqual(v.files.map((f) => f.name).sort(), ["ckpt.zip", "model.bin"]);
    const zip = v.files.find((f) => f.name === "ckpt.zip")!;
    assert.deepEqual(
      (await listZip(zip.path)).map((e) => e.name),
      ["a.bin"],
    );
    const page = await cli("models", "instances", "versions", "list", WF, "--page-size", "1");
    const token = /^Next Page Token = (\S+)$/m.exec(page.stdout)![1]!;
    const next = await cli("models", "instances", "versions", "list", WF, "--page-size", "1", "--page-token", token, "--format", "json");
    assert.equal(JSON.parse(next.stdout).length, 1);
  });
});

describe("models: a lost answer", () => {
  test("versions create whose answer is lost: the rerun finds the version it made and makes no second one", async () => {
    const inst = folder({ "weights.bin": "lost-answer weights" });
    const home = tmp();
    const tmpdir = tmp();
    const run = () =>
      runCli(["models", "instances", "versions", "create", WF, "-p", inst, "-n", "lost answer", "-q"], { env: { ...env, TMPDIR: tmpdir }, home });
    const wf = emu.state.models.models.find((x) => x.slug === "weather-forecaster")!.instances[0]!;
    const before = wf.versions.length;
    emu.runtime.faults.add([{ target: "CreateModelInstanceVersion", dropAnswer: true, count: 1 }]);
    const lost = await run();
    assert.equal(lost.code, 1);
    assert.equal(wf.versions.length, before + 1, "the server made the version");
    const again = await run();
    assert.equal(again.code, 0, again.stderr);
    assert.match(
      again.stdout,
      /^Version \d+ of alice\/weather-forecaster\/pyTorch\/default with these notes already exists: created by an earlier run whose answer was lost; nothing was uploaded again\n$/,
    );
    assert.equal(wf.versions.length, before + 1, "no second version");
    const third = await run();
    assert.match(third.stdout, /^Your model instance version was created/);
    assert.equal(wf.versions.length, before + 2, "a deliberate rerun publishes again");
  });
});

describe("models: downloads", () => {
  test("versions download: the tar.gz, skipped when up to date, --untar extracts and removes it; the path printed last", async () => {
    const dir = tmp();
    const first = await cli("models", "instances", "versions", "download", `${WF}/2`, "-p", dir);
    assert.equal(first.stdout, `Downloading weather-forecaster.tar.gz to ${dir}\n\n${dir}/weather-forecaster.tar.gz`);
    const second = await cli("models", "instances", "versions", "download", `${WF}/2`, "-p", dir);
    assert.match(second.stdout, /^weather-forecaster.tar.gz: Skipping, found more recently modified local copy \(use --force to force download\)\n/);
    const out = path.join(dir, "u");
    const untar = await cli("models", "instances", "versions", "download", `${WF}/2`, "-p", out, "--untar", "-q");
    assert.equal(untar.code, 0, untar.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ["config.json", "model.pt", "tokenizer"]);
    assert.equal(fs.readFileSync(path.join(out, "tokenizer/vocab.txt"), "utf8"), "temp\nrain\n");
  });

  test("--untar refuses an archive with '..' or absolute entries: nothing extracted, the archive kept", async () => {
    const inst = emu.state.models.models.find((x) => x.slug === "coffee-price-lstm")!.instances[0]!;
    // The emulator archives a version's files under their names: a hostile name makes a hostile archive.
    const src = path.join(tmp(), "x.txt");
    fs.writeFileSync(src, "x");
    inst.versions[0]!.files = [{ name: "../escape.txt", path: src, size: 1, creationDate: inst.versions[0]!.creationDate }];
    const dir = tmp();
    const r = await cli("models", "instances", "versions", "download", "bob/coffee-price-lstm/keras/small/1", "-p", dir, "--untar", "-q");
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /Refusing to untar .*coffee-price-lstm.tar.gz: entry "..\/escape.txt" contains '..' and would be written outside the folder; nothing was extracted and the archive was kept/,
    );
    assert.deepEqual(fs.readdirSync(dir), ["coffee-price-lstm.tar.gz"]);
    assert.equal(fs.existsSync(path.join(path.dirname(dir), "escape.txt")), false);
  });

  test("faults: a download cut mid-way resumes to the same bytes; an upload cut mid-way is sent again; a refused upload creates nothing", async () => {
    const whole = tmp();
    assert.equal((await cli("models", "instances", "versions", "download", `${WF}/1`, "-p", whole, "-q")).code, 0);
    emu.runtime.faults.add([{ target: "download", dropAfter: 100, count: 1 }]);
    const cut = tmp();
    const r = await cli("models", "instances", "versions", "download", `${WF}/1`, "-p", cut, "-q");
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.readFileSync(path.join(cut, "weather-forecaster.tar.gz")).equals(fs.readFileSync(path.join(whole, "weather-forecaster.tar.gz"))));

    const inst = folder({ "model.bin": "x".repeat(5000) });
    emu.runtime.faults.add([{ target: "upload", dropAfter: 1000, count: 1 }]);
    const up = await cli("models", "instances", "versions", "create", WF, "-p", inst, "-n", "after a cut", "-q");
    assert.equal(up.code, 0, up.stderr);
    const wf = emu.state.models.models.find((x) => x.slug === "weather-forecaster")!.instances[0]!;
    assert.equal(wf.versions.at(-1)!.notes, "after a cut");
    assert.equal(wf.versions.at(-1)!.files[0]!.size, 5000);
    const count = wf.versions.length;
    emu.runtime.faults.add([{ target: "upload", status: 403, count: 10 }]);
    const refused = await cli("models", "instances", "versions", "create", WF, "-p", inst, "-q");
    emu.runtime.faults.clear();
    assert.equal(refused.code, 1);
    assert.equal(refused.stderr.trim().split("\n").length, 1, refused.stderr);
    assert.match(refused.stderr, /Upload of model.bin failed: .*nothing was created/);
    assert.equal(wf.versions.length, count);
  });
});
