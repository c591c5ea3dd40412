/** `kaggle competitions …` end to end: the CLI in-process against the emulator over HTTP. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { FakeClock } from "../helpers/clock";
import { runCli, tempHome } from "../helpers/cli";

const COMP = "spaceship-survival";

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-dl-"));
}

async function faults(spec: string): Promise<void> {
  const res = await fetch(`${emu.url}/_emulator/faults`, {
    method: "POST",
    body: JSON.stringify({ spec }),
    headers: { "Content-Type": "application/json" },
  });
  assert.equal(res.status, 200, await res.text());
}

const kaggle = (argv: string[], extra: Record<string, string> = {}, opts: Parameters<typeof runCli>[1] = {}) =>
  runCli(argv, { env: { ...env, ...extra }, ...opts });

const emu = useEmulator();
const env = emu.env;
beforeEach(async () => {
  await fetch(`${emu.url}/_emulator/faults`, { method: "DELETE" });
});

describe("competitions list", () => {
  test("default table lists competitions with full-URL refs", async () => {
    const r = await kaggle(["competitions", "list"]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split("\n");
    assert.match(lines[0]!, /^ref +deadline +category +reward +teamCount +userHasEntered {2}$/);
    assert.ok(r.stdout.includes(`https://www.kaggle.com/competitions/${COMP}`));
  });

  test("alias c, filters, search, CSV and JSON", async () => {
    const entered = await kaggle(["c", "list", "--group", "entered", "-v"]);
    assert.equal(entered.code, 0, entered.stderr);
    const rows = entered.stdout.trim().split("\r\n").slice(1);
    assert.ok(rows.length > 0 && rows.every((r) => r.endsWith(",True")), entered.stdout);
    const search = await kaggle(["c", "list", "-s", "spaceship", "--format", "json"]);
    const parsed = JSON.parse(search.stdout) as { ref: string }[];
    assert.deepEqual(
      parsed.map((c) => c.ref),
      [`https://www.kaggle.com/competitions/${COMP}`],
    );
    const featured = await kaggle(["c", "list", "--category", "featured", "--sort-by", "prize", "--format", "csv(ref,reward)"]);
    assert.equal(featured.code, 0, featured.stderr);
    assert.match(featured.stdout, /^ref,reward\r\n/);
    const none = await kaggle(["c", "list", "-s", "no-such-thing-anywhere"]);
    assert.equal(none.stdout, "No competitions found\n");
  });

  test("paging prints the next page token and --page-token follows it", async () => {
    const first = await kaggle(["c", "list", "--page-size", "2"]);
    const token = /^Next Page Token = (\S+)$/m.exec(first.stdout)?.[1];
    assert.ok(token, first.stdout);
    const second = await kaggle(["c", "list", "--page-size", "2", "--page-token", token]);
    assert.equal(second.code, 0);
    assert.notEqual(first.stdout.split("\n")[2], second.stdout.split("\n")[3]);
    const page2 = await kaggle(["c", "list", "--page-size", "2", "-p", "2", "-v"]);
    assert.equal(page2.code, 0);
  });

  test("bad words fail before any request, with upstream's message", async () => {
    const g = await kaggle(["c", "list", "--group", "inClass"]);
    assert.equal(g.code, 1);
    assert.equal(
      g.stderr,
      "Invalid group specified. Valid options are ['general', 'entered', 'community', 'hosted', 'unlaunched', 'unlaunched_community']\n",
    );
    const c = await kaggle(["c", "list", "--category", "gettingstarted"]);
    assert.match(c.stderr, /^Invalid category specified\. Valid options are \['unspecified', 'featured'/);
    const s = await kaggle(["c", "list", "--sort-by", "LATEST_DEADLINE"]);
    assert.match(s.stderr, /^Invalid sort_by specified/);
    const p = await kaggle(["c", "list", "-p", "two"]);
    assert.equal(p.code, 2);
    assert.match(p.stderr, /argument -p\/--page: invalid int value: 'two'/);
    const both = await kaggle(["c", "list", "-v", "--format", "json"]);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /argument --format: not allowed with argument -v\/--csv/);
    const size = await kaggle(["c", "list", "--page-size", "500"]);
    assert.equal(size.code, 1);
    assert.equal(size.stderr, "--page-size must be between 1 and 200, got 500\n");
  });
});

describe("credentials", () => {
  test("no credentials: one line, exit 4, no request", async () => {
    const r = await runCli(["c", "list"], { env: { KAGGLE_API_ENDPOINT: emu.url } });
    assert.equal(r.code, 4);
    assert.match(r.stderr, /^No Kaggle credentials found: set KAGGLE_USERNAME and KAGGLE_KEY/);
    assert.equal(r.stderr.split("\n").length, 2);
  });

  test("wrong key: the server's 401 in one line, exit 1, key not printed", async () => {
    const r = await runCli(["c", "list"], { env: { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: "alice", KAGGLE_KEY: "wrong-key-1234" } });
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.ok(!r.stderr.includes("wrong-key-1234") && !r.stdout.includes("wrong-key-1234"));
  });

  test("an access token works, and kaggle.json from KAGGLE_CONFIG_DIR works", async () => {
    const tok = await runCli(["c", "list", "--group", "entered"], { env: { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_API_TOKEN: emu.credentials.token } });
    assert.equal(tok.code, 0, tok.stderr);
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "kaggle.json"), JSON.stringify({ username: emu.credentials.username, key: emu.credentials.key }), {
      mode: 0o600,
    });
    const file = await runCli(["c", "list"], { env: { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_CONFIG_DIR: dir } });
    assert.equal(file.code, 0, file.stderr);
  });

  test("a rejected token falls back to the API key", async () => {
    const r = await kaggle(["c", "list"], { KAGGLE_API_TOKEN: "KGAT_not_a_real_token" });
    assert.equal(r.code, 0, r.stderr);
  });
});

describe("competitions files and download", () => {
  test("files: table, CSV, JSON, unknown competition", async () => {
    const t = await kaggle(["c", "files", COMP]);
    assert.equal(t.code, 0, t.stderr);
    assert.match(t.stdout, /^name +size +creationDate +\n/);
    assert.ok(t.stdout.includes("sample_submission.csv"));
    const c = await kaggle(["c", "files", "-c", COMP, "-v"]);
    assert.match(c.stdout, /^name,size,creationDate\r\n/);
    const j = await kaggle(["c", "files", COMP, "--format", "json"]);
    assert.ok((JSON.parse(j.stdout) as { name: string }[]).some((f) => f.name === "train.csv"));
    const missing = await kaggle(["c", "files", "no-such-competition"]);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim().split("\n").length, 1);
  });

  test("the competition config value is used and announced", async () => {
    const r = await kaggle(["c", "files"], { KAGGLE_COMPETITION: COMP });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Using competition: ${COMP}\n`));
    const quiet = await kaggle(["c", "files", "-q"], { KAGGLE_COMPETITION: COMP });
    assert.ok(!quiet.stdout.includes("Using competition"));
    const none = await kaggle(["c", "files"]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^No competition specified/);
  });

  test("download one file, then skip it as up to date, then --force", async () => {
    const dir = tmp();
    const r = await kaggle(["c", "download", COMP, "-f", "train.csv", "-p", dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `Downloading train.csv to ${dir}\n\n`);
    const size = fs.statSync(path.join(dir, "train.csv")).size;
    assert.ok(size > 1000);
    assert.deepEqual(fs.readdirSync(dir), ["train.csv"], "no temporary file left");
    const again = await kaggle(["c", "download", COMP, "-f", "train.csv", "-p", dir]);
    assert.equal(again.stdout, "train.csv: Skipping, found more recently modified local copy (use --force to force download)\n");
    const forced = await kaggle(["c", "download", COMP, "-f", "train.csv", "-p", dir, "-o", "-q"]);
    assert.equal(forced.code, 0);
    assert.equal(forced.stdout, "");
  });

  test("download all files as <competition>.zip (a valid zip), to the path config", async () => {
    const root = tmp();
    const r = await kaggle(["c", "download", COMP], { KAGGLE_PATH: root });
    assert.equal(r.code, 0, r.stderr);
    const zip = path.join(root, "competitions", COMP, `${COMP}.zip`);
    const bytes = fs.readFileSync(zip);
    assert.equal(bytes.readUInt32LE(0), 0x04034b50, "starts with a local file header");
  });

  test("rules not accepted: 403 with the real message, nothing written", async () => {
    const dir = tmp();
    const r = await kaggle(["c", "download", "ocean-plastic-detection", "-p", dir]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "You must accept this competition's rules before you'll be able to download files.\n");
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  test("unknown file: one line, exit 1, nothing written", async () => {
    const dir = tmp();
    const r = await kaggle(["c", "download", COMP, "-f", "nope.csv", "-p", dir]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  test("a download dropped mid-body resumes and ends byte-identical", async () => {
    const whole = tmp();
    await kaggle(["c", "download", COMP, "-f", "train.csv", "-p", whole, "-q"]);
    const expected = fs.readFileSync(path.join(whole, "train.csv"));
    await faults("download:drop-after=10000x2");
    const dir = tmp();
    const r = await kaggle(["c", "download", COMP, "-f", "train.csv", "-p", dir], {}, { clock: new FakeClock() });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Connection error: .*retrying in/);
    const got = fs.readFileSync(path.join(dir, "train.csv"));
    assert.equal(createHash("sha256").update(got).digest("hex"), createHash("sha256").update(expected).digest("hex"));
    assert.deepEqual(fs.readdirSync(dir), ["train.csv"]);
  });

  test("an interrupted run leaves a .part that the next run resumes", async () => {
    await faults("download:drop-after=8000x10");
    const dir = tmp();
    const first = await kaggle(["c", "download", COMP, "-f", "train.csv", "-p", dir], {}, { clock: new FakeClock() });
    assert.equal(first.code, 1);
    assert.match(first.stderr, /partial file is kept|Transfer from/);
    assert.ok(!fs.existsSync(path.join(dir, "train.csv")), "the final name appears only when complete");
    await fetch(`${emu.url}/_emulator/faults`, { method: "DELETE" });
    const second = await kaggle(["c", "download", COMP, "-f", "train.csv", "-p", dir]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /Resuming from \d+ bytes/);
    assert.deepEqual(fs.readdirSync(dir), ["train.csv"]);
  });
});

describe("faults on RPCs", () => {
  test("a burst of 503s is retried", async () => {
    await faults("ListDataFiles:503x3");
    const clock = new FakeClock();
    const r = await kaggle(["c", "files", COMP], {}, { clock });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(clock.sleeps.length, 3);
    assert.match(r.stderr, /ListDataFiles failed \(Service Unavailable\); retrying in/);
  });

  test("a 429 with Retry-After is waited for", async () => {
    await faults("ListDataFiles:429x1:retry-after=7");
    const clock = new FakeClock();
    const r = await kaggle(["c", "files", COMP], {}, { clock });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(clock.sleeps, [7000]);
  });

  test("a persistent 500 fails within the deadline with a clear message", async () => {
    await faults("ListDataFiles:500");
    const clock = new FakeClock();
    const r = await kaggle(["c", "files", COMP], {}, { clock });
    assert.equal(r.code, 1);
    assert.match(r.stderr.trim().split("\n").pop()!, /^Internal server error \(gave up after 5 attempts\)$/);
    assert.ok(clock.sleeps.reduce((a, b) => a + b, 0) <= 120_000);
  });
});

describe("competitions submit, submissions, leaderboard", () => {
  test("submit uploads, creates, and --wait prints the score", async () => {
    const dir = tmp();
    await kaggle(["c", "download", COMP, "-f", "sample_submission.csv", "-p", dir, "-q"]);
    const file = path.join(dir, "sample_submission.csv");
    const r = await kaggle(["c", "submit", COMP, "-f", file, "-m", "baseline run", "--wait", "--timeout", "60"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Successfully submitted to /);
    assert.match(r.stdout, /SubmissionStatus\.COMPLETE +\d\.\d{5}/);
    const subs = await kaggle(["c", "submissions", COMP, "--format", "json"]);
    const list = JSON.parse(subs.stdout) as { description: string; status: string; publicScore: string }[];
    assert.equal(list[0]!.description, "baseline run");
    assert.equal(list[0]!.status, "SubmissionStatus.COMPLETE");
    const csv = await kaggle(["c", "submissions", COMP, "-v"]);
    assert.match(csv.stdout, /^ref,fileName,date,description,status,publicScore,privateScore\r\n\d+,sample_submission\.csv,/);
  });

  test("a malformed submission errors with the reason and exit 1 under --wait", async () => {
    const file = path.join(tmp(), "bad.csv");
    fs.writeFileSync(file, "id,x\n1,2\n");
    const r = await kaggle(["c", "submit", COMP, "-f", file, "-m", "bad", "--wait"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^Submission \d+ failed: .+/m);
  });

  test("submit checks its input before any request", async () => {
    const missing = await kaggle(["c", "submit", COMP, "-f", "/no/such/file.csv", "-m", "x"]);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr, "No such file: '/no/such/file.csv'; give the submission file with -f <path>\n");
    const noMsg = await kaggle(["c", "submit", COMP, "-f", "x.csv"]);
    assert.equal(noMsg.code, 2);
    assert.match(noMsg.stderr, /the following arguments are required: -m\/--message/);
    const half = await kaggle(["c", "submit", COMP, "-k", "alice/nb", "-m", "x"]);
    assert.equal(half.code, 1);
    assert.match(half.stderr, /require both the kernel \(-k\) and the version \(-v\)/);
    const noFile = await kaggle(["c", "submit", COMP, "-m", "x"]);
    assert.match(noFile.stderr, /^No file specified/);
  });

  test("a failed upload fails the command and creates no submission", async () => {
    const file = path.join(tmp(), "s.csv");
    fs.writeFileSync(file, "PassengerId,Transported\n");
    const before = (await kaggle(["c", "submissions", COMP, "--format", "json"])).stdout;
    await faults("upload:500");
    const r = await kaggle(["c", "submit", COMP, "-f", file, "-m", "x"], {}, { clock: new FakeClock() });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Upload of .*s\.csv failed: 500/);
    await fetch(`${emu.url}/_emulator/faults`, { method: "DELETE" });
    assert.equal((await kaggle(["c", "submissions", COMP, "--format", "json"])).stdout, before);
  });

  test("rules not accepted blocks a submission", async () => {
    const file = path.join(tmp(), "s.csv");
    fs.writeFileSync(file, "id,target\n1,1\n");
    const r = await kaggle(["c", "submit", "ocean-plastic-detection", "-f", file, "-m", "x"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /accept/);
  });

  test("the daily submission limit is enforced with one line", async () => {
    const slug = COMP; // the demo allows 5 scored submissions a day; errored ones do not count
    const dir = tmp();
    await kaggle(["c", "download", COMP, "-f", "sample_submission.csv", "-p", dir, "-q"]);
    const file = path.join(dir, "sample_submission.csv");
    let last;
    for (let i = 0; i < 12; i++) {
      last = await kaggle(["c", "submit", slug, "-f", file, "-m", `try ${i}`, "-q"]);
      if (last.code !== 0) break;
    }
    assert.equal(last!.code, 1, "the limit was reached within 12 submissions");
    assert.match(last!.stderr.trim(), /limit/i);
    assert.equal(last!.stderr.trim().split("\n").length, 1);
  });

  test("leaderboard needs --show or --download", async () => {
    const r = await kaggle(["c", "leaderboard", COMP]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "Either --show or --download must be specified\n");
  });

  test("leaderboard --show pages; --download writes <competition>.zip", async () => {
    const r = await kaggle(["c", "leaderboard", COMP, "-s", "--page-size", "3"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Next Page Token = \S+\n +teamId +teamName +submissionDate +score +\n/);
    assert.equal(r.stdout.trim().split("\n").length, 6);
    const csv = await kaggle(["c", "leaderboard", COMP, "-s", "-v"]);
    assert.match(csv.stdout, /teamId,teamName,submissionDate,score\r\n/);
    const dir = tmp();
    const d = await kaggle(["c", "leaderboard", COMP, "-d", "-p", dir]);
    assert.equal(d.code, 0, d.stderr);
    assert.ok(fs.existsSync(path.join(dir, `${COMP}.zip`)));
  });
});

describe("config", () => {
  test("set, view, unset and path, with kaggle.json kept at 0600", async () => {
    const home = tempHome();
    const dir = path.join(home, "cfg");
    const e = { KAGGLE_CONFIG_DIR: dir, KAGGLE_API_ENDPOINT: emu.url };
    const set = await runCli(["config", "set", "-n", "competition", "-v", COMP], { env: e, home });
    assert.equal(set.stdout, `- competition is now set to: ${COMP}\n`);
    const file = path.join(dir, "kaggle.json");
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    await runCli(["config", "set", "-n", "username", "-v", emu.credentials.username], { env: e, home });
    await runCli(["config", "set", "-n", "key", "-v", emu.credentials.key], { env: e, home });
    const view = await runCli(["config", "view"], { env: e, home });
    assert.equal(
      view.stdout,
      `Configuration values from ${dir}\n- username: ${emu.credentials.username}\n- auth_method: LEGACY_API_KEY\n- path: None\n- proxy: None\n- competition: ${COMP}\n`,
    );
    assert.ok(!view.stdout.includes(emu.credentials.key));
    const files = await runCli(["c", "files", "-q"], { env: e, home });
    assert.equal(files.code, 0, files.stderr);
    const unset = await runCli(["config", "unset", "-n", "competition"], { env: e, home });
    assert.equal(unset.stdout, "- competition is now set to: None\n");
    const p = await runCli(["config", "path", "-p", "/data/kaggle"], { env: e, home });
    assert.equal(p.stdout, "- path is now set to: /data/kaggle\n");
    assert.equal((await runCli(["config", "path"], { env: e, home })).stdout, "/data/kaggle\n");
    assert.deepEqual(Object.keys(JSON.parse(fs.readFileSync(file, "utf8"))).sort(), ["key", "path", "username"]);
  });

  test("a malformed kaggle.json is one clear line", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "kaggle.json"), "{not json");
    const r = await runCli(["c", "list"], { env: { KAGGLE_CONFIG_DIR: dir, KAGGLE_API_ENDPOINT: emu.url } });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^[^\n]*kaggle\.json is not valid JSON: [^\n]* at line 1, column 2 [^\n]*; fix it or delete it[^\n]*\n$/);
  });
});

describe("help and version", () => {
  test("-h on every level, --version", async () => {
    for (const argv of [["-h"], ["competitions", "-h"], ["c", "submit", "-h"], ["config", "set", "-h"]]) {
      const r = await runCli(argv);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^usage: kaggle/);
    }
    const v = await runCli(["--version"]);
    assert.match(v.stdout, /^Kaggle CLI \d+\.\d+\.\d+ \(kaggle-actions\)\n$/, "kaggle 2.x prints Kaggle CLI <version>");
    const bad = await runCli(["competitions", "lst"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /invalid choice: 'lst'/);
  });
});
