/**
 * dataset-metadata.json: the real-world corpus (each file with the verdict the official CLI
 * would reach), a catalogue of bad files each with its one-line error, the init template and the
 * `datasets metadata` file format.
 */
import assert from "node:assert/strict";
import { corpusDir, NO_CORPUS } from "../helpers/corpus";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { ConfigurationError } from "../../src/core/errors";
import {
  initTemplate,
  metadataFileText,
  parseMetadata,
  readMetadata,
  settingsFromMetadata,
  validateForCreate,
  validateForVersion,
} from "../../src/core/metadata/dataset";

const CORPUS = corpusDir("datasets");
const USER = "tester";

/**
 * Verdicts for `datasets create` and `datasets version` (metadata only: resource files are not in
 * the corpus). `ok`, or a pattern of the one-line error. Where we refuse what the official CLI
 * only refuses after uploading (placeholder owners: the server rejects them), the note says so.
 */
const VERDICTS: Record<string, { create: "ok" | RegExp; version: "ok" | RegExp; note?: string }> = {
  "001.json": { create: "ok", version: "ok" },
  "002.json": { create: "ok", version: "ok" },
  "003.json": { create: "ok", version: "ok" },
  "004.json": { create: "ok", version: "ok" },
  "005.json": { create: "ok", version: "ok" },
  "006.json": { create: "ok", version: "ok" },
  "007.json": { create: "ok", version: "ok" },
  "008.json": { create: "ok", version: "ok" },
  "009.json": { create: /^\S+009\.json: Key id not found in data; add "id"/, version: /ID or slug must be specified in the metadata/ },
  "010.json": { create: "ok", version: "ok" },
  "011.json": { create: /Key licenses not found in data; add "licenses": \[\{"name": "CC0-1.0"\}\]$/, version: "ok" },
  "012.json": { create: /Key licenses not found in data/, version: "ok" },
  "013.json": { create: "ok", version: "ok", note: "licence MIT is one the server offers" },
  "014.json": { create: "ok", version: "ok", note: "1.5 metadata output still has id/title/licenses at the top" },
  "015.json": { create: "ok", version: "ok" },
  "016.json": { create: "ok", version: "ok" },
  "017.json": { create: "ok", version: "ok" },
  "018.json": {
    create: /018\.json:3: "id" must be "<owner>\/<dataset-slug>", got "arithmetic-word-problem-compendium"/,
    version: /018\.json:4: Subtitle length must be between 20 and 80 characters \(it has 84\)/,
    note: "the official CLI crashes with IndexError on create",
  },
  "019.json": { create: "ok", version: "ok" },
  "020.json": { create: "ok", version: "ok" },
  "021.json": { create: "ok", version: "ok" },
  "022.json": { create: "ok", version: "ok" },
  "023.json": { create: "ok", version: "ok", note: "licence given by its display name" },
  "024.json": {
    create: /024\.json:3: "id" still has the placeholder owner "REPLACE_WITH_KAGGLE_USERNAME"/,
    version: /024\.json:5: Subtitle length must be between 20 and 80 characters \(it has 104\)/,
    note: "official create also refuses it (subtitle of 104 characters); we name the placeholder first",
  },
  "025.json": {
    create: /Key id not found in data; this file holds the "info" written by 'kaggle datasets metadata'/,
    version: /ID or slug must be specified/,
  },
  "026.json": { create: "ok", version: "ok" },
  "027.json": { create: "ok", version: "ok" },
  "028.json": { create: /Key title not found in data/, version: "ok" },
  "029.json": { create: "ok", version: "ok" },
  "030.json": { create: "ok", version: "ok" },
  "031.json": { create: /Key id not found in data; this file holds the "info"/, version: /ID or slug must be specified/ },
  "032.json": { create: "ok", version: "ok", note: "id_no 12345 is only checked by the server" },
  "033.json": { create: /Key title not found in data/, version: "ok" },
  "034.json": { create: "ok", version: "ok" },
  "035.json": { create: "ok", version: "ok" },
  "036.json": { create: "ok", version: "ok" },
  "037.json": {
    create: /037\.json:7: The dataset slug must be between 6 and 50 characters \("\*\*\*" has 3\)/,
    version: /Slug can only contain alphanumeric or "-" characters \("\*\*\*"\)/,
  },
  "038.json": { create: "ok", version: "ok" },
  "039.json": { create: "ok", version: "ok" },
  "040.json": {
    create: /040\.json:3: "id" still has the placeholder owner "your_username"/,
    version: /placeholder owner "your_username"/,
    note: "the official CLI uploads everything, then the server refuses the foreign owner",
  },
  "041.json": { create: "ok", version: "ok" },
  "042.json": {
    create: /042\.json:2: The dataset title must be between 6 and 50 characters \("Russian Airports: IATA, ICAO, Terminals, Coordinates" has 52\)/,
    version: /Subtitle length/,
  },
};

function verdict(fn: () => unknown): "ok" | string {
  try {
    fn();
    return "ok";
  } catch (err) {
    assert.ok(err instanceof ConfigurationError, `expected a ConfigurationError, got ${String(err)}`);
    assert.doesNotMatch(err.message, /\n/, "errors are one line");
    return err.message;
  }
}

describe("dataset-metadata.json corpus", { skip: CORPUS ? false : NO_CORPUS }, () => {
  const files = CORPUS
    ? fs
        .readdirSync(CORPUS)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  test("every corpus file has a verdict", () => {
    assert.deepEqual(files, Object.keys(VERDICTS).sort());
  });
  for (const f of files) {
    test(`${f}: create ${VERDICTS[f]!.create === "ok" ? "accepted" : "refused"}, version ${VERDICTS[f]!.version === "ok" ? "accepted" : "refused"}`, () => {
      const file = path.join(CORPUS!, f);
      const doc = parseMetadata(file, fs.readFileSync(file, "utf8"));
      const want = VERDICTS[f]!;
      for (const [kind, fn] of [
        ["create", () => validateForCreate(doc, { username: USER, checkFiles: false })],
        ["version", () => validateForVersion(doc, { username: USER, checkFiles: false })],
      ] as const) {
        const got = verdict(fn);
        const expected = want[kind];
        if (expected === "ok") assert.equal(got, "ok", `${f} ${kind}`);
        else assert.match(got, expected, `${f} ${kind}`);
      }
    });
  }
});

/** Bad files and the one-line error each must give (`create` unless marked). */
const CATALOGUE: { name: string; text: string; error: RegExp; kind?: "version"; files?: Record<string, string> }[] = [
  { name: "empty file", text: "", error: /:1:1: invalid JSON \(the file is empty\)/ },
  { name: "trailing comma", text: '{\n  "title": "Good title",\n  "id": "tester/good-slug",\n}', error: /:4:1: invalid JSON .*; fix the syntax/ },
  { name: "not an object", text: '["a"]', error: /:1: the metadata must be a JSON object/ },
  {
    name: "no id",
    text: '{"title": "Good title", "licenses": [{"name": "CC0-1.0"}]}',
    error: /Key id not found in data; add "id": "tester\/<dataset-slug>"/,
  },
  { name: "no title", text: '{"id": "tester/good-slug", "licenses": [{"name": "CC0-1.0"}]}', error: /Key title not found in data; add "title"/ },
  { name: "no licenses", text: '{"id": "tester/good-slug", "title": "Good title"}', error: /Key licenses not found in data/ },
  {
    name: "template slug",
    text: initTemplate(USER).replace("INSERT_TITLE_HERE", "Good title"),
    error: /:3: Default slug detected, please change values before uploading; replace INSERT_SLUG_HERE/,
  },
  {
    name: "template title",
    text: initTemplate(USER).replace("INSERT_SLUG_HERE", "good-slug"),
    error: /:2: Default title detected, please change values before uploading/,
  },
  {
    name: "two licenses",
    text: '{"id": "tester/good-slug", "title": "Good title", "licenses": [{"name": "CC0-1.0"}, {"name": "other"}]}',
    error: /Please specify exactly one license/,
  },
  { name: "no license", text: '{"id": "tester/good-slug", "title": "Good title", "licenses": []}', error: /Please specify exactly one license/ },
  {
    name: "short slug",
    text: '{"id": "tester/abc", "title": "Good title", "licenses": [{"name": "CC0-1.0"}]}',
    error: /The dataset slug must be between 6 and 50 characters \("abc" has 3\)/,
  },
  {
    name: "long slug",
    text: `{"id": "tester/${"a".repeat(51)}", "title": "Good title", "licenses": [{"name": "CC0-1.0"}]}`,
    error: /slug must be between 6 and 50/,
  },
  {
    name: "slug with spaces",
    text: '{"id": "tester/Indian Herbs", "title": "Good title", "licenses": [{"name": "CC0-1.0"}]}',
    error: /Slug can only contain alphanumeric or "-" characters \("Indian Herbs"\)/,
  },
  {
    name: "id with three parts",
    text: '{"id": "tester/a/good-slug", "title": "Good title", "licenses": [{"name": "CC0-1.0"}]}',
    error: /Invalid dataset specification tester\/a\/good-slug/,
  },
  {
    name: "short title",
    text: '{"id": "tester/good-slug", "title": "Tiny", "licenses": [{"name": "CC0-1.0"}]}',
    error: /:1: The dataset title must be between 6 and 50 characters \("Tiny" has 4\); change "title"/,
  },
  {
    name: "long title",
    text: `{"id": "tester/good-slug", "title": "${"T".repeat(51)}", "licenses": [{"name": "CC0-1.0"}]}`,
    error: /title must be between 6 and 50 characters/,
  },
  {
    name: "title not text",
    text: '{"id": "tester/good-slug", "title": 12345678, "licenses": [{"name": "CC0-1.0"}]}',
    error: /"title" must be a string, not number 12345678/,
  },
  {
    name: "licence without name",
    text: '{"id": "tester/good-slug", "title": "Good title", "licenses": [{"id": "CC0-1.0"}]}',
    error: /Key name not found in data \(licenses\[0\]\)/,
  },
  {
    name: "unknown licence",
    text: '{"id": "tester/good-slug", "title": "Good title", "licenses": [{"name": "WTFPL"}]}',
    error: /Unknown license "WTFPL" in licenses\[0\]\.name; use one of CC0-1.0, /,
  },
  {
    name: "short subtitle",
    text: '{"id": "tester/good-slug", "title": "Good title", "subtitle": "too short", "licenses": [{"name": "CC0-1.0"}]}',
    error: /Subtitle length must be between 20 and 80 characters \(it has 9\)/,
  },
  {
    name: "keywords not a list",
    text: '{"id": "tester/good-slug", "title": "Good title", "keywords": "finance", "licenses": [{"name": "CC0-1.0"}]}',
    error: /"keywords" must be a list of strings/,
  },
  {
    name: "resources not a list",
    text: '{"id": "tester/good-slug", "title": "Good title", "licenses": [{"name": "CC0-1.0"}], "resources": {"path": "a.csv"}}',
    error: /"resources" must be a list/,
  },
  {
    name: "resource file missing",
    text: '{"id": "tester/good-slug", "title": "Good title", "licenses": [{"name": "CC0-1.0"}],\n "resources": [{"path": "missing.csv"}]}',
    error: /:2: \S+missing\.csv does not exist; add the file or remove the resource/,
  },
  {
    name: "resource outside folder",
    text: '{"id": "tester/good-slug", "title": "Good title", "licenses": [{"name": "CC0-1.0"}], "resources": [{"path": "../secret.csv"}]}',
    error: /resources\[0\]\.path "\.\.\/secret\.csv" points outside the dataset folder/,
  },
  {
    name: "resource twice",
    files: { "a.csv": "x" },
    text: '{"id": "tester/good-slug", "title": "Good title", "licenses": [{"name": "CC0-1.0"}], "resources": [{"path": "a.csv"}, {"path": "a.csv"}]}',
    error: /a\.csv path was specified more than once in the metadata/,
  },
  {
    name: "schema field without name",
    files: { "a.csv": "x" },
    text: '{"id": "tester/good-slug", "title": "Good title", "licenses": [{"name": "CC0-1.0"}], "resources": [{"path": "a.csv", "schema": {"fields": [{"type": "string"}]}}]}',
    error: /Key name not found in data \(resources\[0\]\.schema\.fields\[0\]\)/,
  },
  {
    name: "placeholder owner",
    text: '{"id": "INSERT_USERNAME_HERE/good-slug", "title": "Good title", "licenses": [{"name": "CC0-1.0"}]}',
    error: /placeholder owner "INSERT_USERNAME_HERE"/,
  },
  { name: "version without id", kind: "version", text: '{"title": "Good title"}', error: /ID or slug must be specified in the metadata/ },
  { name: "version with bad id_no", kind: "version", text: '{"id_no": "abc"}', error: /"id_no" must be a dataset number, got "abc"/ },
  { name: "version with template id", kind: "version", text: initTemplate(USER), error: /Default slug detected/ },
];

describe("bad dataset-metadata.json catalogue", () => {
  test("has at least 20 cases", () => assert.ok(CATALOGUE.length >= 20));
  for (const c of CATALOGUE) {
    test(c.name, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dsmeta-"));
      try {
        fs.writeFileSync(path.join(dir, "dataset-metadata.json"), c.text);
        for (const [n, t] of Object.entries(c.files ?? {})) fs.writeFileSync(path.join(dir, n), t);
        const got = verdict(() => {
          const doc = readMetadata(dir);
          return c.kind === "version"
            ? validateForVersion(doc, { username: USER, folder: dir })
            : validateForCreate(doc, { username: USER, folder: dir });
        });
        assert.notEqual(got, "ok");
        assert.match(got, c.error);
        assert.ok(got.startsWith(path.join(dir, "dataset-metadata.json")), `names the file: ${got}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  test("no metadata file at all names the fix", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dsmeta-"));
    assert.throws(() => readMetadata(dir), /Metadata file not found: dataset-metadata\.json in .*; create one with 'kaggle datasets init -p/);
    fs.rmSync(dir, { recursive: true });
  });

  test("the legacy datapackage.json is read", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dsmeta-"));
    fs.writeFileSync(path.join(dir, "datapackage.json"), '{"id": "tester/good-slug", "title": "Good title", "licenses": [{"name": "CC0-1.0"}]}');
    const spec = validateForCreate(readMetadata(dir), { username: USER, folder: dir });
    assert.equal(spec.slug, "good-slug");
    fs.rmSync(dir, { recursive: true });
  });
});

describe("metadata formats", () => {
  test("init template is byte-identical to the official one", () => {
    assert.equal(
      initTemplate("alice"),
      '{\n  "title": "INSERT_TITLE_HERE",\n  "id": "alice/INSERT_SLUG_HERE",\n  "licenses": [\n    {\n      "name": "CC0-1.0"\n    }\n  ]\n}',
    );
  });

  test("resources become columns with the official type mapping (and 2.2's title fallback)", () => {
    const doc = parseMetadata(
      "m.json",
      JSON.stringify({
        id: "tester/good-slug",
        title: "Good title",
        licenses: [{ name: "CC0-1.0" }],
        resources: [
          {
            path: "data.csv",
            description: "The data",
            schema: {
              fields: [
                { name: "a", type: "Number", description: "col a" },
                { name: "b", type: "datetime", title: "B" },
                { name: "c" },
                { name: "d", type: "Uuid" },
              ],
            },
          },
        ],
      }),
    );
    const spec = validateForCreate(doc, { username: USER, checkFiles: false });
    assert.deepEqual(spec.resources[0]!.columns, [
      { order: 0, name: "a", type: "numeric", originalType: "number", description: "col a" },
      { order: 1, name: "b", type: "datetime", originalType: "datetime", description: "B" },
      { order: 2, name: "c", description: "" },
      { order: 3, name: "d", type: "uuid", originalType: "uuid", description: "" },
    ]);
  });

  test('datasets metadata writes {"info": …} on one line, Python spacing, defaults left out', () => {
    const text = metadataFileText({
      datasetId: 42,
      datasetSlug: "my-data",
      ownerUser: "alice",
      usabilityRating: 0.5,
      totalViews: 0,
      title: "Café data",
      subtitle: "",
      description: "d",
      isPrivate: false,
      keywords: [],
      licenses: [{ name: "CC0-1.0" }],
      collaborators: [{ username: "bob", role: "WRITER" }],
      expectedUpdateFrequency: "not specified",
    });
    assert.equal(
      text,
      '{"info": {"datasetId": 42, "datasetSlug": "my-data", "ownerUser": "alice", "usabilityRating": 0.5, "title": "Caf\\u00e9 data", "subtitle": "", "description": "d", "licenses": [{"name": "CC0-1.0"}], "collaborators": [{"username": "bob", "role": "WRITER"}], "expectedUpdateFrequency": "not specified"}}',
    );
  });

  test("metadata --update reads info, converts resources to data, roles to enum names", () => {
    const doc = parseMetadata(
      "m.json",
      JSON.stringify({
        info: {
          title: "New Title",
          licenses: [{ name: "CC-BY-SA-4.0" }],
          keywords: ["finance"],
          collaborators: [{ username: "bob", role: "writer" }],
          resources: [{ path: "a.csv", description: "A", schema: { fields: [{ name: "x", type: "string" }] } }],
        },
      }),
    );
    assert.deepEqual(settingsFromMetadata(doc), {
      title: "New Title",
      subtitle: "",
      description: "",
      licenses: [{ name: "CC-BY-SA-4.0" }],
      keywords: ["finance"],
      collaborators: [{ username: "bob", role: "WRITER" }],
      data: [{ name: "a.csv", description: "A", columns: [{ name: "x", description: "", type: "string" }] }],
      userSpecifiedSources: "",
    });
  });
});
