/**
 * The newer competitions commands, run as users run them (the bundle) against the emulator:
 * submission, submission-download, submission-limits, team-submissions, episodes, replay, logs,
 * pages, and download --unzip. The tables are the official CLI's, checked against it byte for byte.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runBundle, runCli } from "../helpers/cli";

const ARENA = "connect-arena";
const HINT =
  'Use "kaggle competitions replay <episode_id>" to download a replay, or "kaggle competitions logs <episode_id> <agent_index>" for agent logs.';
let emu: Emulator;
let env: Record<string, string>;
let mine: { ref: number; description: string }[];

const kaggle = (...argv: string[]) => runCli(argv, { env });
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-comps-"));

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {} });
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
  mine = JSON.parse((await kaggle("c", "submissions", ARENA, "--format", "json")).stdout) as typeof mine;
});
after(() => emu.close());

describe("one submission", () => {
  test("submission <ref> prints the row as submissions does; JSON; unknown and malformed refs", async () => {
    const ref = mine[0]!.ref;
    const r = await kaggle("c", "submission", String(ref));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      "     ref  fileName  date                 description         status                     publicScore  privateScore  \n" +
        "--------  --------  -------------------  ------------------  -------------------------  -----------  ------------  \n" +
        `${ref}  main.py   2026-11-25 08:00:00  center-first agent  SubmissionStatus.COMPLETE  871.60000                  \n`,
    );
    const json = JSON.parse((await kaggle("c", "submission", String(ref), "--format", "json")).stdout) as { ref: number }[];
    assert.equal(json[0]!.ref, ref);
    const unknown = await kaggle("c", "submission", "123");
    assert.deepEqual([unknown.code, unknown.stderr], [1, "Submission 123 not found among your submissions.\n"]);
    const bad = await kaggle("c", "submission", "abc");
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /argument ref: invalid int value: 'abc'\n$/);
  });

  test("submission-download saves the submitted file, skips an up-to-date copy, -o downloads again", async () => {
    const dir = tmp();
    const r = await kaggle("c", "submission-download", String(mine[0]!.ref), "-p", dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `Downloading main.py to ${dir}\n\n`);
    assert.match(fs.readFileSync(path.join(dir, "main.py"), "utf8"), /^def agent\(observation, configuration\):/);
    const again = await kaggle("c", "submission-download", String(mine[0]!.ref), "-p", dir);
    assert.equal(again.stdout, "main.py: Skipping, found more recently modified local copy (use --force to force download)\n");
    const forced = await kaggle("c", "submission-download", String(mine[0]!.ref), "-p", dir, "-o", "-q");
    assert.deepEqual([forced.code, forced.stdout], [0, ""]);
    const retail = JSON.parse((await kaggle("c", "submissions", "retail-demand-2025", "--format", "json")).stdout) as { ref: number }[];
    const none = await kaggle("c", "submission-download", String(retail[0]!.ref), "-p", dir);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^Submission \d+ has no file to download: the emulator holds no bytes for it\.\n$/);
  });

  test("submission-limits: the three counts, --json, and the lifetime-cap note", async () => {
    const r = await kaggle("c", "submission-limits", ARENA);
    assert.deepEqual([r.code, r.stdout], [0, "Submissions today: 0\nLifetime submissions: 2\nRemaining today: 5\n"]);
    const json = await kaggle("c", "submission-limits", ARENA, "--json");
    assert.deepEqual(JSON.parse(json.stdout), { numToday: 0, numTotal: 2, numAllowedNow: 5, limitedByTotal: false });
    const missing = await kaggle("c", "submission-limits");
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /the following arguments are required: competition/);
    const dir = tmp();
    const file = path.join(dir, "capped.yaml");
    fs.writeFileSync(
      file,
      "users:\n  - username: ann\ncompetitions:\n  - slug: duel\n    maxTotalSubmissions: 1\n    entrants: [ann]\n    submissions:\n      - { user: ann, status: COMPLETE, publicScore: 1 }\n",
    );
    const capped = await startEmulator({ port: 0, scenario: file, log: () => {} });
    try {
      const c = await runCli(["c", "submission-limits", "duel"], {
        env: { KAGGLE_API_ENDPOINT: capped.url, KAGGLE_USERNAME: "ann", KAGGLE_KEY: capped.credentials.key },
      });
      assert.equal(c.stdout, "Submissions today: 0\nLifetime submissions: 1\nRemaining today: 0 (limited by lifetime cap)\n");
    } finally {
      await capped.close();
    }
  });
});

describe("simulations", () => {
  test("team-submissions: a simulation team's scored agents; a leaderboard team's entry; unknown team", async () => {
    const lb = await kaggle("c", "team-submissions", "11900001");
    assert.equal(lb.code, 0, lb.stderr);
    assert.match(
      lb.stdout,
      /^ {6}id {2}dateSubmitted {8}publicScore {2}\n-{8} {2}-{19} {2}-{11} {2}\n\d{8} {2}2026-11-20 10:00:00 {2}1312\.40000 {3}\n$/,
    );
    const csv = await kaggle("c", "team-submissions", "11900001", "-v");
    assert.match(csv.stdout, /^id,dateSubmitted,publicScore\r\n\d+,2026-11-20 10:00:00,1312\.40000\r\n$/);
    const unknown = await kaggle("c", "team-submissions", "999");
    assert.deepEqual([unknown.code, unknown.stderr], [1, "Team 999 not found.\n"]);
  });

  test("episodes: the table, the hint (stderr for CSV and JSON, none with -q), none found", async () => {
    const ref = String(mine[0]!.ref);
    const r = await kaggle("c", "episodes", ref);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      "      id  createTime           endTime              state                   type                                 \n" +
        "--------  -------------------  -------------------  ----------------------  -----------------------------------  \n" +
        "70000101  2026-11-25 09:00:00  2026-11-25 09:02:10  EpisodeState.COMPLETED  EpisodeType.EPISODE_TYPE_PUBLIC      \n" +
        "70000102  2026-11-25 10:00:00  2026-11-25 10:01:45  EpisodeState.COMPLETED  EpisodeType.EPISODE_TYPE_PUBLIC      \n" +
        "70000103  2026-11-26 07:00:00  None                 EpisodeState.CREATED    EpisodeType.EPISODE_TYPE_VALIDATION  \n" +
        `\n${HINT}\n`,
    );
    const quiet = await kaggle("c", "episodes", ref, "-q");
    assert.ok(!quiet.stdout.includes("Use "), quiet.stdout);
    const json = await kaggle("c", "episodes", ref, "--format", "json");
    assert.equal((JSON.parse(json.stdout) as { endTime: string | null }[])[2]!.endTime, null);
    assert.equal(json.stderr, `\n${HINT}\n`);
    const none = await kaggle("c", "episodes", String(mine[1]!.ref));
    assert.deepEqual([none.code, none.stdout], [0, "No episodes found\n"]);
  });

  test("replay and logs save episode-<id>-… files into -p or the current folder", async () => {
    const dir = tmp();
    const replay = await kaggle("c", "replay", "70000101", "-p", dir);
    assert.equal(replay.code, 0, replay.stderr);
    const file = path.join(dir, "episode-70000101-replay.json");
    assert.equal(replay.stdout, `Downloading episode-70000101-replay.json to ${dir}\n\nReplay downloaded to: ${file}\n`);
    assert.equal((JSON.parse(fs.readFileSync(file, "utf8")) as { name: string }).name, "connectx");
    const here = tmp();
    const logs = await runBundle("cli", ["c", "logs", "70000101", "0"], { env: { HOME: tmp(), ...env }, cwd: here });
    assert.equal(logs.code, 0, logs.stderr);
    const real = fs.realpathSync(here);
    assert.equal(
      logs.stdout,
      `Downloading episode-70000101-agent-0-logs.json to ${real}\n\nAgent logs downloaded to: ${real}/episode-70000101-agent-0-logs.json\n`,
    );
    const quiet = await kaggle("c", "logs", "70000101", "1", "-p", dir, "-q");
    assert.deepEqual([quiet.code, quiet.stdout, fs.readFileSync(path.join(dir, "episode-70000101-agent-1-logs.json"), "utf8")], [0, "", "[]"]);
    const past = await kaggle("c", "logs", "70000101", "2", "-p", dir);
    assert.deepEqual([past.code, past.stderr], [1, "Episode 70000101 has no agent 2: its agents are numbered 0 to 1.\n"]);
    assert.ok(!fs.existsSync(path.join(dir, "episode-70000101-agent-2-logs.json")));
    const unknown = await kaggle("c", "replay", "5", "-p", dir);
    assert.deepEqual([unknown.code, unknown.stderr], [1, "Episode 5 not found.\n"]);
  });
});

describe("pages", () => {
  test("names, --content, --page-name, `pages list`, the configured competition", async () => {
    const r = await kaggle("c", "pages", ARENA);
    assert.deepEqual([r.code, r.stdout], [0, "name         \n-----------  \ndescription  \nevaluation   \nrules        \n"]);
    assert.equal((await kaggle("c", "pages", "list", ARENA)).stdout, r.stdout);
    const one = await kaggle("c", "pages", ARENA, "--page-name", "rules", "--content", "-v");
    assert.equal(one.stdout, "name,content\r\nrules,<p>One account per participant. At most 5 submissions a day and 100 in all.</p>\r\n");
    const none = await kaggle("c", "pages", ARENA, "--page-name", "prizes-draft");
    assert.equal(none.stdout, "No pages found\n");
    const configured = await runCli(["c", "pages"], { env: { ...env, KAGGLE_COMPETITION: "spaceship-survival" } });
    assert.equal(configured.stdout, "Using competition: spaceship-survival\nname         \n-----------  \ndescription  \nevaluation   \n");
    const unknown = await kaggle("c", "pages", "no-such-competition");
    assert.deepEqual([unknown.code, unknown.stderr], [1, "Competition 'no-such-competition' not found.\n"]);
  });
});

describe("download --unzip", () => {
  test("extracts the all-files archive and removes it; a single file is left as is", async () => {
    const dir = tmp();
    const r = await kaggle("c", "download", "spaceship-survival", "-p", dir, "--unzip", "-q");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(dir).sort(), ["sample_submission.csv", "test.csv", "train.csv"]);
    const one = await kaggle("c", "download", "spaceship-survival", "-f", "test.csv", "-p", tmp(), "--unzip", "-q");
    assert.equal(one.code, 0, one.stderr);
  });
});
