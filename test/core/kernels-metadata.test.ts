/**
 * kernel-metadata.json: the 41 real files of the shared corpus get the verdict the official
 * CLI gives them, a catalogue of bad files each gets one clear line, and the files we write
 * (init template, pulled metadata, notebook text) are byte-exact.
 */
import assert from "node:assert/strict";
import { corpusDir, NO_CORPUS } from "../helpers/corpus";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ConfigurationError } from "../../src/core/errors";
import {
  kernelMetadataTemplate,
  notebookWireText,
  planKernelPush,
  pulledKernelMetadata,
  readKernelMetadata,
  slugify,
  withOverrides,
} from "../../src/core/metadata/kernel";
import { parseKernelRef } from "../../src/core/refs";

const CORPUS = corpusDir("kernels") ?? "";
const skipCorpus = { skip: CORPUS ? false : NO_CORPUS };
const NOTEBOOK = JSON.stringify({
  cells: [{ cell_type: "code", metadata: {}, outputs: [{ text: "x" }], source: ["print(1)\n", "x=2"] }],
  metadata: {},
  nbformat: 4,
  nbformat_minor: 4,
});
const TITLE_WARNING = "Your kernel title does not resolve to the specified id.";

function folderWith(metadata: string, files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kmeta-"));
  fs.writeFileSync(path.join(dir, "kernel-metadata.json"), metadata);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function plan(dir: string) {
  return planKernelPush(readKernelMetadata(dir));
}

/** Expected verdict per corpus file: "ok", "ok+warn" (pushed after a warning) or the error's start. */
const VERDICTS: Record<string, string> = {
  "001": "ok",
  "002": "ok",
  "003": "ok+warn",
  "004": "ok",
  "005": "ok",
  "006": "ok",
  "007": "ok",
  "008": "ok",
  "009": "ok+warn",
  "010": "ok",
  "011": "ok",
  "012": "ok+warn",
  "013": "ok",
  "014": "ok",
  "015": "ok",
  "016": "ok",
  "017": "ok",
  "018": "ok",
  "019": "ok",
  "020": "ok",
  "021": "ok",
  "022": "ok",
  "023": "ok",
  "024": "ok",
  "025": "ok+warn",
  "026": "Kernel metadata 'id' (slug) cannot contain a version",
  "027": "ok",
  "028": "A source file must be specified in the metadata",
  "029": "ok",
  "030": "ok+warn",
  "031": "ok",
  "032": "ok",
  "033": "ok+warn",
  "034": "Source file not found:",
  "035": "ok",
  "036": "ok",
  "037": "ok",
  "038": "ok",
  "039": "ok",
  "040": "ok+warn",
  "041": "ok",
};

test("every corpus kernel-metadata.json gets the official CLI's verdict", skipCorpus, () => {
  const files = fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith(".json"))
    .sort();
  assert.equal(files.length, 41);
  for (const f of files) {
    const text = fs.readFileSync(path.join(CORPUS, f), "utf8");
    const data = JSON.parse(text) as { code_file?: string; kernel_type?: string };
    const code: Record<string, string> = {};
    // The repository the file came from holds its code file (placeholders excepted).
    if (data.code_file && !data.code_file.startsWith("INSERT_")) {
      code[data.code_file] = data.code_file.endsWith(".ipynb") && data.kernel_type === "notebook" ? NOTEBOOK : "print('hi')\n";
    }
    const dir = folderWith(text, code);
    const expected = VERDICTS[f.slice(0, 3)]!;
    let verdict: string;
    try {
      const p = plan(dir);
      verdict = p.warnings.length ? "ok+warn" : "ok";
    } catch (e) {
      assert.ok(e instanceof ConfigurationError, `${f}: ${String(e)}`);
      assert.ok(!e.message.includes("\n"), `${f}: one line`);
      verdict = e.message;
    }
    if (expected.startsWith("ok")) assert.equal(verdict, expected, `${f}`);
    else assert.ok(verdict.startsWith(expected), `${f}: got ${verdict}`);
  }
});

test("string booleans are accepted and sent as booleans; defaults as upstream", skipCorpus, () => {
  const dir = folderWith(fs.readFileSync(path.join(CORPUS, "006.json"), "utf8"), { "main.py": "print(1)\n" });
  const p = plan(dir);
  assert.deepEqual(
    { isPrivate: p.request.isPrivate, enableGpu: p.request.enableGpu, enableTpu: p.request.enableTpu, enableInternet: p.request.enableInternet },
    { isPrivate: true, enableGpu: true, enableTpu: false, enableInternet: true },
  );
  const bare = folderWith('{"id":"me/abcdef","code_file":"a.py","language":"python","kernel_type":"script"}', { "a.py": "x" });
  const q = plan(bare).request;
  assert.equal(q.isPrivate, true);
  assert.equal(q.enableInternet, true);
  assert.equal(q.enableGpu, false);
  assert.equal(q.newTitle, undefined);
});

test("the SaveKernel request keeps the official field order, -t and --accelerator in place", () => {
  const meta = {
    id: "testuser/my-kernel",
    title: "My Kernel",
    code_file: "k.py",
    language: "python",
    kernel_type: "script",
    is_private: true,
    enable_gpu: false,
    enable_internet: true,
    dataset_sources: ["alice/my-data"],
    kernel_sources: ["alice/other-kernel"],
    competition_sources: ["titanic"],
    keywords: ["beginner"],
    model_sources: ["google/gemma/pytorch/2b/1"],
    docker_image_pinning_type: "original",
    docker_image: "gcr.io/kaggle-images/python:latest",
    machine_shape: "NvidiaTeslaT4",
  };
  const p = plan(folderWith(JSON.stringify(meta), { "k.py": 'print("hi")\n' }));
  assert.deepEqual(Object.keys(withOverrides(p.request, { sessionTimeoutSeconds: 3600, accelerator: "NvidiaTeslaP100" })), [
    "slug",
    "newTitle",
    "text",
    "language",
    "kernelType",
    "datasetDataSources",
    "kernelDataSources",
    "competitionDataSources",
    "categoryIds",
    "isPrivate",
    "enableGpu",
    "enableInternet",
    "dockerImagePinningType",
    "modelDataSources",
    "enableTpu",
    "sessionTimeoutSeconds",
    "dockerImage",
    "machineShape",
  ]);
  assert.equal(withOverrides(p.request, { accelerator: "NvidiaTeslaP100" }).machineShape, "NvidiaTeslaP100");
  const idOnly = plan(folderWith('{"id_no":555,"code_file":"k.py","language":"r","kernel_type":"script"}', { "k.py": 'print("hi")\n' }));
  assert.deepEqual(idOnly.request, {
    id: 555,
    text: 'print("hi")\n',
    language: "r",
    kernelType: "script",
    isPrivate: true,
    enableGpu: false,
    enableInternet: true,
    enableTpu: false,
  });
});

test("notebooks are sent with outputs cleared and sources joined, as Python's json.dumps", () => {
  const nb = {
    cells: [
      { cell_type: "markdown", metadata: {}, source: ["# T\n", "line2"] },
      {
        cell_type: "code",
        execution_count: 3,
        metadata: { trusted: true },
        outputs: [{ output_type: "stream", text: "hi" }],
        source: ["print('hi')\n", "x=1"],
      },
    ],
    metadata: { kernelspec: { name: "python3", display_name: "Python 3", language: "python" } },
    nbformat: 4,
    nbformat_minor: 4,
  };
  assert.equal(
    notebookWireText(JSON.stringify(nb, null, 1)),
    `{"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# T\\nline2"}, {"cell_type": "code", "execution_count": 3, "metadata": {"trusted": true}, "outputs": [], "source": "print('hi')\\nx=1"}], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 4}`,
  );
  assert.equal(
    notebookWireText('{"cells": [{"cell_type": "markdown", "source": "é"}]}'),
    '{"cells": [{"cell_type": "markdown", "source": "\\u00e9"}]}',
  );
});

test("slugify matches python-slugify on the documented examples", () => {
  assert.equal(slugify("My Kernel!"), "my-kernel");
  assert.equal(slugify("Alice's Notebook"), "alice-s-notebook");
  assert.equal(slugify("1,000 rows -- test"), "1000-rows-test");
  assert.equal(slugify("A_B c.d"), "a-b-c-d");
  assert.equal(slugify("Training with Unsloth to Achieve 0.85 no lm_head"), "training-with-unsloth-to-achieve-0-85-no-lm-head");
  assert.equal(slugify("Café Crème"), "cafe-creme");
});

test("the init template is upstream's (kaggle 2.2) byte for byte", () => {
  assert.equal(
    kernelMetadataTemplate("alice"),
    `{\n  "id": "alice/INSERT_KERNEL_SLUG_HERE",\n  "title": "INSERT_TITLE_HERE",\n  "code_file": "INSERT_CODE_FILE_PATH_HERE",\n  "language": "Pick one of: {python,r,rmarkdown}",\n  "kernel_type": "Pick one of: {script,notebook}",\n  "is_private": "true",\n  "enable_gpu": "false",\n  "enable_tpu": "false",\n  "enable_internet": "true",\n  "machine_shape": "",\n  "dataset_sources": [],\n  "competition_sources": [],\n  "kernel_sources": [],\n  "model_sources": []\n}`,
  );
  const dir = folderWith(kernelMetadataTemplate("alice"));
  assert.throws(
    () => plan(dir),
    /^ConfigurationError: Source file not found: .*INSERT_CODE_FILE_PATH_HERE: "code_file" is still the template placeholder/,
  );
});

test("pulled metadata has upstream's keys, order and real booleans", () => {
  const text = pulledKernelMetadata(
    { ref: "a/bcdef", id: 7, title: "Bcdef", language: "python", kernelType: "script", isPrivate: true, categoryIds: ["x"] },
    "bcdef.py",
  );
  assert.deepEqual(Object.keys(JSON.parse(text)), [
    "id",
    "id_no",
    "title",
    "code_file",
    "language",
    "kernel_type",
    "is_private",
    "enable_gpu",
    "enable_tpu",
    "enable_internet",
    "keywords",
    "dataset_sources",
    "kernel_sources",
    "competition_sources",
    "model_sources",
    "docker_image",
    "machine_shape",
  ]);
  assert.ok(!text.endsWith("\n"));
  assert.match(text, /"is_private": true,\n {2}"enable_gpu": false/);
});

test("kernel references follow kaggle 2.2", () => {
  assert.deepEqual(parseKernelRef("alice/my-notebook"), { owner: "alice", slug: "my-notebook" });
  assert.deepEqual(parseKernelRef("alice/my-notebook/7"), { owner: "alice", slug: "my-notebook", version: 7 });
  assert.deepEqual(parseKernelRef("my-notebook", "bob"), { owner: "bob", slug: "my-notebook" });
  assert.throws(() => parseKernelRef("alice/abc"), /Kernel slug must be at least five characters/);
  assert.throws(() => parseKernelRef("alice/my-notebook/"), /Kernel version cannot be empty if specified/);
  assert.throws(() => parseKernelRef("a/b/c/d"), /Kernel must be specified in the form of/);
  assert.throws(() => parseKernelRef("/my-notebook"), /Kernel must be specified in the form of/);
});

const GOOD = { id: "alice/my-kernel", title: "My Kernel", code_file: "k.py", language: "python", kernel_type: "script" };

/** Bad files: [description, metadata (object or raw text), files, expected message start, expected line]. */
const CATALOGUE: [string, unknown, Record<string, string>, string, number | undefined][] = [
  ["title too short", { ...GOOD, title: "Abc" }, { "k.py": "x" }, "Title must be at least five characters", 3],
  ["no code_file", { ...GOOD, code_file: undefined }, {}, "A source file must be specified in the metadata", undefined],
  ["code file missing", GOOD, {}, "Source file not found: ", 4],
  ["no id nor id_no", { ...GOOD, id: undefined }, { "k.py": "x" }, "ID or slug must be specified in the metadata", undefined],
  ["id without owner", { ...GOOD, id: "my-kernel" }, { "k.py": "x" }, "Kernel must be specified in the form of '{username}/{kernel-slug}'", 2],
  ["slug too short", { ...GOOD, id: "alice/abc" }, { "k.py": "x" }, "Kernel slug must be at least five characters", 2],
  ["id with a version", { ...GOOD, id: "alice/my-kernel/3" }, { "k.py": "x" }, "Kernel metadata 'id' (slug) cannot contain a version", 2],
  [
    "placeholder id",
    { ...GOOD, id: "alice/INSERT_KERNEL_SLUG_HERE", title: "INSERT_KERNEL_SLUG_HERE" },
    { "k.py": "x" },
    '"id" is still the template placeholder',
    2,
  ],
  [
    "bad language",
    { ...GOOD, language: "Python3" },
    { "k.py": "x" },
    "A valid language must be specified in the metadata. Valid options are ['python', 'r', 'rmarkdown']",
    5,
  ],
  [
    "bad kernel type",
    { ...GOOD, kernel_type: "Pick one of: {script,notebook}" },
    { "k.py": "x" },
    "A valid kernel type must be specified in the metadata. Valid options are ['script', 'notebook']",
    6,
  ],
  ["notebook that is not JSON", { ...GOOD, kernel_type: "notebook" }, { "k.py": "print(1)" }, "", 4],
  [
    "dataset source without owner",
    { ...GOOD, dataset_sources: ["titanic-data"] },
    { "k.py": "x" },
    "Dataset must be specified in the form of '{username}/{dataset-slug}'",
    8,
  ],
  ["dataset source with empty slug", { ...GOOD, dataset_sources: ["alice/"] }, { "k.py": "x" }, "Invalid dataset specification alice/", 8],
  ["dataset_sources not a list", { ...GOOD, dataset_sources: "alice/data" }, { "k.py": "x" }, '"dataset_sources" must be a list', 7],
  ["kernel source slug too short", { ...GOOD, kernel_sources: ["bob/abc"] }, { "k.py": "x" }, "Kernel slug must be at least five characters", 8],
  ["kernel source without owner", { ...GOOD, kernel_sources: ["other-kernel"] }, { "k.py": "x" }, "Kernel must be specified in the form of", 8],
  [
    "model source in the old owner/model form",
    { ...GOOD, model_sources: ["google/gemma"] },
    { "k.py": "x" },
    "Model instance version must be specified in the form of '{owner}/{model-slug}/{framework}/{instance-slug}/{version-number}'",
    8,
  ],
  [
    "model source version not a number",
    { ...GOOD, model_sources: ["google/gemma/pytorch/2b/latest"] },
    { "k.py": "x" },
    "Model instance version's version-number must be an integer",
    8,
  ],
  [
    "competition source not a string",
    { ...GOOD, competition_sources: [42] },
    { "k.py": "x" },
    'Every entry of "competition_sources" must be a string',
    7,
  ],
  [
    "bad pinning type",
    { ...GOOD, docker_image_pinning_type: "pinned" },
    { "k.py": "x" },
    "If specified, the docker_image_pinning_type must be one of ['original', 'latest']",
    7,
  ],
  ["boolean as yes", { ...GOOD, enable_gpu: "Yes" }, { "k.py": "x" }, "Invalid boolean value: yes", 7],
  ["boolean as a number", { ...GOOD, is_private: 1 }, { "k.py": "x" }, "Invalid boolean value: 1", 7],
  ["id_no as a string", { ...GOOD, id: undefined, id_no: "123" }, { "k.py": "x" }, '"id_no" must be a number', 6],
  ["not JSON", '{\n  "id": "alice/my-kernel",\n  "title": "My Kernel"\n  "code_file": "k.py"\n}', { "k.py": "x" }, "", 4],
  ["a JSON list", "[]", {}, "", undefined],
];

test(`a catalogue of ${CATALOGUE.length} bad metadata files: each refused with one line naming the field, file and line`, () => {
  assert.ok(CATALOGUE.length >= 15);
  for (const [what, meta, files, message, line] of CATALOGUE) {
    const text = typeof meta === "string" ? meta : JSON.stringify(meta, null, 2);
    const dir = folderWith(text, files);
    let err: unknown;
    try {
      plan(dir);
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof ConfigurationError, `${what}: expected a ConfigurationError, got ${String(err)}`);
    assert.ok(err.message.startsWith(message), `${what}: ${err.message}`);
    if (process.env.SHOW_MESSAGES) console.log(err.message);
    assert.ok(!err.message.includes("\n"), `${what}: one line`);
    assert.equal(err.file, path.join(dir, "kernel-metadata.json").replace(/^\/\//, "/"), what);
    if (line !== undefined) {
      assert.equal(err.line, line, `${what}: line of ${err.message}`);
      assert.ok(err.message.includes(`:${line})`) || err.message.includes(`line ${line}`), `${what}: location in ${err.message}`);
    }
  }
});

test("a title that does not resolve to the id warns with upstream's text and still pushes", () => {
  const p = plan(folderWith(JSON.stringify({ ...GOOD, title: "Something Else" }), { "k.py": "x" }));
  assert.ok(p.warnings[0]!.startsWith(TITLE_WARNING));
  const q = plan(folderWith(JSON.stringify({ ...GOOD, code_file: "nb.ipynb" }), { "nb.ipynb": NOTEBOOK }));
  assert.match(q.warnings[0]!, /"kernel_type" is "script" but nb.ipynb is a notebook/);
});

test("folder and file problems come first, as upstream", () => {
  assert.throws(() => readKernelMetadata("/nonexistent-folder-x"), /^ConfigurationError: Invalid folder: \/nonexistent-folder-x$/);
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "kmeta-"));
  assert.throws(() => readKernelMetadata(empty), /Metadata file not found: .*kernel-metadata.json$/);
});
