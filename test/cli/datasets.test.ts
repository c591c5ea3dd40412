/** `kaggle datasets …` end to end: the CLI in-process against the emulator over real HTTP. */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { runCli, tempHome } from "../helpers/cli";

let work: string;
let env: Record<string, string>;
const kaggle = (...argv: string[]) => runCli(argv, { env });
const anon = (...argv: string[]) => runCli(argv, { env: { KAGGLE_API_ENDPOINT: emu.url, TMPDIR: work } });

const emu = useEmulator({}, async () => {
  emu.state.datasets.processingDelayMs = 0;
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ds-cli-"));
  env = { ...emu.env, TMPDIR: work };
});
after(async () => {
  fs.rmSync(work, { recursive: true, force: true });
});

function folder(name: string, files: Record<string, string | Buffer>, meta?: object): string {
  const dir = path.join(work, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [n, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, n)), { recursive: true });
    fs.writeFileSync(path.join(dir, n), data);
  }
  if (meta) fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify(meta, null, 2));
  return dir;
}

describe("datasets list", () => {
  // As kaggle 2.2.3 printed it against this emulator: the JSON 1 is a Python int, so the
  // column is right-aligned by its first row.
  test("table: columns, widths, right-justified integers, numbers as the official CLI prints them", async () => {
    const r = await kaggle("datasets", "list");
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        "ref                       title                       size  lastUpdated          downloadCount  voteCount  usabilityRating  ",
        "------------------------  --------------------  ----------  -------------------  -------------  ---------  ---------------  ",
        "bob/global-coffee-prices  Global Coffee Prices          72  2024-11-02 08:00:00           1530         88                1  ",
        "carol/tiny-mnist-sample   Tiny MNIST Sample          40981  2025-02-14 16:45:00            640         31           0.6875  ",
        "alice/city-weather-daily  City Weather Daily           291  2025-06-15 12:30:00            214         17            0.875  ",
        "",
      ].join("\n"),
    );
  });

  test("CSV with CRLF, --mine shows private datasets, alias d", async () => {
    const r = await kaggle("d", "list", "-m", "-v", "--sort-by", "votes");
    assert.equal(
      r.stdout,
      "ref,title,size,lastUpdated,downloadCount,voteCount,usabilityRating\r\n" +
        "alice/city-weather-daily,City Weather Daily,291,2025-06-15 12:30:00,214,17,0.875\r\n" +
        "alice/private-sales-notes,Private Sales Notes,65598,2025-08-20 10:00:00,0,0,0.0\r\n",
    );
  });

  test("filters: --user, -s, --tags, --file-type, --license, sizes, --page; JSON projection", async () => {
    const refs = async (...a: string[]) => {
      const r = await kaggle("datasets", "list", ...a, "--format", "json(ref)");
      assert.equal(r.code, 0, r.stderr);
      return (JSON.parse(r.stdout) as { ref: string }[]).map((x) => x.ref);
    };
    assert.deepEqual(await refs("--user", "bob"), ["bob/global-coffee-prices"]);
    assert.deepEqual(await refs("-s", "coffee"), ["bob/global-coffee-prices"]);
    assert.deepEqual(await refs("--tags", "weather"), ["alice/city-weather-daily"]);
    assert.deepEqual(await refs("--file-type", "json"), ["carol/tiny-mnist-sample", "alice/city-weather-daily"]);
    assert.deepEqual(await refs("--license", "cc"), ["bob/global-coffee-prices", "carol/tiny-mnist-sample", "alice/city-weather-daily"]);
    assert.deepEqual(await refs("--min-size", "100", "--max-size", "1000"), ["alice/city-weather-daily"]);
    assert.deepEqual(await refs("--sort-by", "published"), ["alice/city-weather-daily", "carol/tiny-mnist-sample", "bob/global-coffee-prices"]);
    assert.deepEqual(await refs("--page", "2"), []);
    const none = await kaggle("datasets", "list", "-s", "no-such-thing-anywhere");
    assert.equal(none.stdout, "No datasets found\n");
    const full = await kaggle("datasets", "list", "--user", "bob", "--format", "json");
    assert.deepEqual(JSON.parse(full.stdout), [
      {
        ref: "bob/global-coffee-prices",
        title: "Global Coffee Prices",
        size: 72,
        lastUpdated: "2024-11-02T08:00:00",
        downloadCount: 1530,
        voteCount: 88,
        usabilityRating: 1,
      },
    ]);
  });

  test("the official validation messages, in order, exit 1", async () => {
    const cases: [string[], string][] = [
      [["--sort-by", "best"], "Invalid sort by specified. Valid options are ['hottest', 'votes', 'updated', 'active', 'published']"],
      [["--size", "3"], "The --size parameter has been deprecated. Please use --max-size and --min-size to filter dataset sizes."],
      [["--file-type", "xls"], "Invalid file type specified. Valid options are ['all', 'csv', 'sqlite', 'json', 'bigQuery', 'parquet']"],
      [["--license", "mit"], "Invalid license specified. Valid options are ['all', 'cc', 'gpl', 'odb', 'other']"],
      [["-p", "-1"], "Page number must be >= 1"],
      [["--max-size", "5", "--min-size", "10"], "Max Size must be max_size >= min_size"],
      [["--max-size", "-5"], "Max Size must be > 0"],
      [["--min-size", "-5"], "Min Size must be >= 0"],
      [["-m", "--user", "bob"], "Cannot specify both mine and a user"],
    ];
    for (const [argv, message] of cases) {
      const r = await kaggle("datasets", "list", ...argv);
      assert.equal(r.code, 1, argv.join(" "));
      assert.equal(r.stderr, `${message}\n`);
      assert.equal(r.stdout, "");
    }
  });
});

describe("datasets files / status / metadata", () => {
  test("files: table, a version, paging with Next Page Token, CSV, anonymous access to a public dataset", async () => {
    const r = await kaggle("datasets", "files", "alice/city-weather-daily");
    assert.equal(
      r.stdout,
      "name                    size  creationDate         \n" +
        "----------------------  ----  -------------------  \n" +
        "README.md                 59  2025-06-15 12:30:00  \n" +
        "stations/stations.json    79  2025-06-15 12:30:00  \n" +
        "weather.csv              153  2025-06-15 12:30:00  \n",
    );
    const v1 = await kaggle("datasets", "files", "-d", "alice/city-weather-daily/1", "-v");
    assert.equal(v1.stdout, "name,size,creationDate\r\nweather.csv,125,2025-03-01 09:00:00\r\n");
    const p1 = await kaggle("datasets", "files", "alice/city-weather-daily", "--page-size", "2");
    const token = /^Next Page Token = (\S+)\n/.exec(p1.stdout)?.[1];
    assert.ok(token, p1.stdout);
    const p2 = await kaggle("datasets", "files", "alice/city-weather-daily", "--page-size", "2", "--page-token", token);
    assert.match(p2.stdout, /^name +size +creationDate +\n-+ +-+ +-+ +\nweather\.csv +153 /);
    const a = await anon("datasets", "files", "bob/global-coffee-prices");
    assert.equal(a.code, 0, a.stderr);
    const missing = await kaggle("datasets", "files", "alice/nope-nope");
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Dataset alice\/nope-nope was not found/);
    const noRef = await kaggle("datasets", "files");
    assert.equal(noRef.code, 1);
    assert.match(noRef.stderr, /A dataset must be specified/);
    const bad = await kaggle("datasets", "files", "a/b/c/d");
    assert.match(bad.stderr, /Invalid dataset specification a\/b\/c\/d/);
  });

  test("status prints the lower-case status without a newline; --format json adds the version; others' datasets 404", async () => {
    const r = await kaggle("datasets", "status", "alice/city-weather-daily");
    assert.deepEqual([r.code, r.stdout], [0, "ready"]);
    const bare = await kaggle("datasets", "status", "city-weather-daily");
    assert.equal(bare.stdout, "ready");
    const j = await kaggle("datasets", "status", "alice/city-weather-daily", "--format", "json");
    assert.equal(j.stdout, '{"status": "ready", "current_version_number": 2}');
    const other = await kaggle("datasets", "status", "bob/global-coffee-prices");
    assert.equal(other.code, 1);
    assert.match(other.stderr, /not found/);
  });

  test('metadata: download as {"info": …}, edit, --update', async () => {
    const dir = path.join(work, "meta");
    const r = await kaggle("datasets", "metadata", "alice/city-weather-daily", "-p", dir);
    assert.equal(r.stdout, `Downloaded metadata to ${dir}/dataset-metadata.json\n`);
    const text = fs.readFileSync(path.join(dir, "dataset-metadata.json"), "utf8");
    assert.match(text, /^\{"info": \{"datasetId": \d+, "datasetSlug": "city-weather-daily", "ownerUser": "alice", /);
    assert.ok(!text.endsWith("\n"));
    const parsed = JSON.parse(text);
    parsed.info.title = "City Weather Daily v2";
    parsed.info.keywords = ["weather"];
    fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify(parsed));
    const u = await kaggle("datasets", "metadata", "alice/city-weather-daily", "-p", dir, "--update");
    assert.deepEqual([u.code, u.stdout], [0, "updating dataset metadata\nsuccessfully updated dataset metadata\n"]);
    assert.equal(emu.state.datasets.datasets.find((d) => d.slug === "city-weather-daily")!.title, "City Weather Daily v2");
    parsed.info.title = "Tiny";
    fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify(parsed));
    const bad = await kaggle("datasets", "metadata", "alice/city-weather-daily", "-p", dir, "--update");
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /title must be between 6 and 50 characters/);
    const foreign = await kaggle("datasets", "metadata", "bob/global-coffee-prices", "-p", dir, "--update");
    assert.equal(foreign.code, 1);
    assert.match(foreign.stderr, /permission/);
  });

  test("metadata --update uploads a cover image as an INBOX blob; bad image paths are one line", async () => {
    const dir = path.join(work, "meta-image");
    await kaggle("datasets", "metadata", "alice/city-weather-daily", "-p", dir);
    fs.writeFileSync(path.join(dir, "dataset-cover-image.png"), Buffer.from("89504e470d0a1a0a", "hex"));
    const u = await kaggle("datasets", "metadata", "alice/city-weather-daily", "-p", dir, "--update");
    assert.equal(u.code, 0, u.stderr);
    const ds = emu.state.datasets.datasets.find((d) => d.slug === "city-weather-daily")!;
    const image = Object.values(emu.state.uploads).find((x) => x.consumedBy === `dataset-image:${ds.id}`);
    assert.ok(image, "the image blob was uploaded and used");
    assert.deepEqual([image.kind, image.name, image.size], ["INBOX", "dataset-cover-image.png", 8]);

    const meta = JSON.parse(fs.readFileSync(path.join(dir, "dataset-metadata.json"), "utf8"));
    meta.info.image = "cover.gif";
    fs.writeFileSync(path.join(dir, "cover.gif"), "GIF89a");
    fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify(meta));
    const gif = await kaggle("datasets", "metadata", "alice/city-weather-daily", "-p", dir, "--update");
    assert.equal(gif.code, 1);
    assert.match(gif.stderr, /^.*Image file requires an extension of \.jpg, \.jpeg, \.png, or \.webp: .*cover\.gif/);
    assert.equal(gif.stderr.trim().split("\n").length, 1);
    meta.info.image = "missing.png";
    fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify(meta));
    const missing = await kaggle("datasets", "metadata", "alice/city-weather-daily", "-p", dir, "--update");
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Image file was not found: .*missing\.png/);
  });
});

describe("datasets download", () => {
  test("whole dataset as <slug>.zip, then --unzip; -f one file; up-to-date skip; --force; version", async () => {
    const dir = path.join(work, "dl");
    const r = await kaggle("datasets", "download", "alice/city-weather-daily", "-p", dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      `Dataset URL: ${emu.url}/datasets/alice/city-weather-daily\nLicense(s): CC0-1.0\nDownloading city-weather-daily.zip to ${dir}\n\n`,
    );
    assert.ok(fs.statSync(path.join(dir, "city-weather-daily.zip")).size > 0);
    const again = await kaggle("datasets", "download", "alice/city-weather-daily", "-p", dir);
    assert.equal(
      again.stdout.split("\n")[2],
      "city-weather-daily.zip: Skipping, found more recently modified local copy (use --force to force download)",
    );
    const q = await kaggle("datasets", "download", "alice/city-weather-daily", "-p", dir, "-q", "-o", "--unzip");
    assert.equal(q.stdout, `Dataset URL: ${emu.url}/datasets/alice/city-weather-daily\nLicense(s): CC0-1.0\n`);
    assert.equal(fs.existsSync(path.join(dir, "city-weather-daily.zip")), false, "zip removed after unzip");
    assert.equal(
      fs.readFileSync(path.join(dir, "stations/stations.json"), "utf8"),
      '[{"city": "Oslo", "station": "OSL-1"}, {"city": "Lisbon", "station": "LIS-4"}]\n',
    );
    const one = await kaggle("datasets", "download", "alice/city-weather-daily/1", "-p", path.join(work, "dl1"), "-f", "weather.csv");
    assert.ok(one.stdout.startsWith(`Dataset URL: ${emu.url}/datasets/alice/city-weather-daily/versions/1\n`), one.stdout);
    assert.equal(fs.readFileSync(path.join(work, "dl1", "weather.csv"), "utf8").split("\n")[0], "date,city,temp_c");
    const nested = await kaggle(
      "datasets",
      "download",
      "alice/city-weather-daily",
      "-p",
      path.join(work, "dl1"),
      "-f",
      "stations/stations.json",
      "-q",
    );
    assert.equal(nested.code, 0, nested.stderr);
    assert.ok(fs.existsSync(path.join(work, "dl1", "stations.json")), "named after the URL's last segment");
    const missing = await kaggle("datasets", "download", "alice/city-weather-daily", "-p", dir, "-f", "nope.csv");
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /File nope\.csv was not found/);
  });

  test("the default folder: current folder, or <path>/datasets/<owner>/<slug> with KAGGLE_PATH; anonymous public download", async () => {
    const base = path.join(work, "kpath");
    const r = await runCli(["datasets", "download", "bob/global-coffee-prices", "-q"], { env: { ...env, KAGGLE_PATH: base } });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(base, "datasets/bob/global-coffee-prices/global-coffee-prices.zip")));
    const a = await anon("datasets", "download", "bob/global-coffee-prices", "-p", path.join(work, "anon"), "-q");
    assert.equal(a.code, 0, a.stderr);
    const priv = await anon("datasets", "download", "alice/private-sales-notes", "-p", path.join(work, "anon"), "-q");
    assert.equal(priv.code, 1);
  });

  test("--unzip refuses a zip with ../evil in it and keeps everything outside untouched", async () => {
    // A malicious server: a dataset whose file name climbs out of the folder.
    const ds = emu.state.datasets.datasets.find((d) => d.slug === "global-coffee-prices")!;
    const evilSrc = path.join(work, "evil-src.txt");
    fs.writeFileSync(evilSrc, "pwned");
    const v = ds.versions.at(-1)!;
    const saved = v.files;
    v.files = [...saved, { name: "../evil", path: evilSrc, size: 5, creationDate: v.creationDate }];
    try {
      const dir = path.join(work, "evil", "inner");
      const r = await kaggle("datasets", "download", "bob/global-coffee-prices", "-p", dir, "--unzip", "-q");
      assert.equal(r.code, 1);
      assert.match(
        r.stderr,
        /Refusing to unzip .*global-coffee-prices\.zip: entry "\.\.\/evil" contains '\.\.' and would be written outside the folder; nothing was extracted/,
      );
      assert.equal(fs.existsSync(path.join(work, "evil", "evil")), false);
      assert.deepEqual(fs.readdirSync(dir), ["global-coffee-prices.zip"]);
    } finally {
      v.files = saved;
    }
  });
});

describe("datasets init / create / version", () => {
  test("init writes the official template; create refuses it unedited", async () => {
    const dir = folder("initd", {});
    const r = await kaggle("datasets", "init", "-p", dir);
    assert.equal(r.stdout, `Data package template written to: ${dir}/dataset-metadata.json\n`);
    assert.equal(
      fs.readFileSync(path.join(dir, "dataset-metadata.json"), "utf8"),
      '{\n  "title": "INSERT_TITLE_HERE",\n  "id": "alice/INSERT_SLUG_HERE",\n  "licenses": [\n    {\n      "name": "CC0-1.0"\n    }\n  ]\n}',
    );
    const c = await kaggle("datasets", "create", "-p", dir);
    assert.equal(c.code, 1);
    assert.equal(
      c.stderr,
      `${dir}/dataset-metadata.json:3: Default slug detected, please change values before uploading; replace INSERT_SLUG_HERE in "id" with your dataset's slug\n`,
    );
    const bad = await kaggle("datasets", "init", "-p", path.join(work, "no-such-folder"));
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /Invalid folder: /);
  });

  test("create: messages, skipped folder, resources, invalid tags, private by default; then the slug is taken", async () => {
    const dir = folder(
      "created",
      { "data.csv": "a,b\n1,2\n", "empty.bin": "", ".hidden": "h", "sub/s.txt": "s" },
      {
        title: "Created from the CLI",
        id: "alice/created-from-cli",
        licenses: [{ name: "CC0-1.0" }],
        subtitle: "A subtitle that is long enough",
        keywords: ["finance", "not-a-kaggle-tag"],
        resources: [
          { path: "data.csv", description: "The data", schema: { fields: [{ name: "a", type: "number", description: "col a" }, { name: "b" }] } },
        ],
      },
    );
    const r = await kaggle("datasets", "create", "-p", dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split("\n");
    assert.ok(lines.includes("Skipping folder: sub; use '--dir-mode' to upload folders"));
    assert.ok(lines.includes("Upload successful: data.csv (8B)"));
    assert.ok(lines.includes("Upload successful: empty.bin (0B)"));
    assert.ok(lines.includes("Upload successful: .hidden (1B)"));
    for (const name of ["data.csv", "empty.bin", ".hidden"]) {
      const start = lines.indexOf(`Starting upload for file ${name}`);
      assert.ok(start >= 0 && start < lines.findIndex((l) => l.startsWith(`Upload successful: ${name} `)), `${name} starts before it ends`);
    }
    assert.equal(lines.at(-3), "The following are not valid tags and could not be added to the dataset: ['not-a-kaggle-tag']");
    assert.equal(lines.at(-2), `Your private Dataset is being created. Please check progress at ${emu.url}/datasets/alice/created-from-cli`);
    const ds = emu.state.datasets.datasets.find((d) => d.slug === "created-from-cli")!;
    assert.equal(ds.isPrivate, true);
    assert.deepEqual(ds.keywords, ["finance"]);
    const f = ds.versions[0]!.files.find((x) => x.name === "data.csv")!;
    assert.equal(f.description, "The data");
    assert.deepEqual(f.columns, [
      { order: 0, name: "a", type: "numeric", originalType: "number", description: "col a" },
      { order: 1, name: "b", description: "" },
    ]);
    const again = await kaggle("datasets", "create", "-p", dir, "-q");
    assert.equal(again.code, 1);
    assert.equal(
      again.stdout,
      `Dataset creation error: alice/created-from-cli already exists; publish a new version of it with 'kaggle datasets version -p ${dir} -m "<notes>"'\n`,
    );
  });

  test("create --public -r tar --wait; version -m with -r zip and -d; CreateDatasetVersionById via id_no", async () => {
    const dir = folder(
      "pub",
      { "x.txt": "x", "imgs/a.txt": "a", "imgs/b/c.txt": "c" },
      { title: "Public one here", id: "alice/public-one-here", licenses: [{ name: "CC-BY-4.0" }] },
    );
    const r = await kaggle("datasets", "create", "-p", dir, "-u", "-r", "tar", "--wait", "-t");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Upload successful: imgs\.tar \(10KB\)\n/);
    assert.match(
      r.stdout,
      new RegExp(
        `Your public Dataset is being created\\. Please check progress at ${emu.url}/datasets/alice/public-one-here\nWaiting for alice/public-one-here to be ready\\.\\.\\.\nready\n$`,
      ),
    );
    const ds = emu.state.datasets.datasets.find((d) => d.slug === "public-one-here")!;
    assert.equal(ds.isPrivate, false);
    const v = await kaggle("datasets", "version", "-p", dir, "-m", "Second", "-r", "zip", "-d");
    assert.equal(v.code, 0, v.stderr);
    assert.match(v.stdout, /Upload successful: imgs\.zip \(\d+B\)\n/);
    assert.match(v.stdout, new RegExp(`\nDataset version is being created\\. Please check progress at ${emu.url}/datasets/alice/public-one-here\n$`));
    assert.deepEqual(
      ds.versions.map((x) => [x.number, x.notes, x.deleted ?? false]),
      [
        [1, "Initial release", true],
        [2, "Second", false],
      ],
    );
    fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify({ id_no: ds.id, title: "ignored" }));
    const byId = await kaggle("datasets", "version", "-p", dir, "-m", "Third", "-q");
    assert.deepEqual(
      [byId.code, byId.stdout],
      [0, `Dataset version is being created. Please check progress at ${emu.url}/datasets/alice/public-one-here\n`],
    );
    assert.equal(ds.versions.at(-1)!.notes, "Third");
    const files = await kaggle("datasets", "files", "alice/public-one-here", "-v");
    assert.equal(files.stdout.split("\r\n")[1]!.split(",")[0], "x.txt");
  });

  test("version: -m is required (usage error 2); unknown dataset is refused before uploading, exit 1", async () => {
    const dir = folder("ver", { "x.txt": "x" }, { id: "alice/never-created-here" });
    const noMsg = await kaggle("datasets", "version", "-p", dir);
    assert.equal(noMsg.code, 2);
    assert.match(noMsg.stderr, /the following arguments are required: -m\/--message/);
    const r = await kaggle("datasets", "version", "-p", dir, "-m", "x", "-q");
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      `Dataset alice/never-created-here does not exist (or is not visible to you): create it with 'kaggle datasets create -p ${dir}', or fix the id in its metadata file\n`,
    );
  });

  test("a file that cannot be uploaded fails the command before any dataset is created", async () => {
    const dir = folder(
      "fails",
      { "a.csv": "aaaa", "b.csv": "bbbb" },
      { title: "Never to exist", id: "alice/never-to-exist", licenses: [{ name: "CC0-1.0" }] },
    );
    emu.runtime.faults.add([{ target: "upload", status: 403, count: 1 }]);
    const r = await kaggle("datasets", "create", "-p", dir, "-q");
    emu.runtime.faults.clear();
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^Upload of [ab]\.csv failed: .*403.*; nothing was created\. Run the command again to resume the uploads\n$/);
    assert.equal(
      emu.state.datasets.datasets.some((d) => d.slug === "never-to-exist"),
      false,
    );
  });

  test("no credentials: exit 4 with the fix; secrets never printed", async () => {
    const r = await runCli(["datasets", "list"], { env: { KAGGLE_API_ENDPOINT: emu.url }, home: tempHome() });
    assert.equal(r.code, 4);
    assert.match(r.stderr, /No Kaggle credentials found/);
    const all = await kaggle("datasets", "download", "alice/nope-nope", "-q");
    assert.ok(!all.stdout.includes(emu.credentials.key) && !all.stderr.includes(emu.credentials.key));
  });
});
