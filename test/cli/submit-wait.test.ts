/**
 * `competitions submit --wait [SECONDS] --poll-interval N` parsed as upstream's newest CLI parses
 * them (`--timeout` kept as the older spelling of the limit), the submission ref and the
 * submissions left today. Time is the client's fake clock, which also moves the emulator's clock.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, beforeEach, describe, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { FakeClock } from "../helpers/clock";
import { runCli } from "../helpers/cli";

const COMP = "spaceship-survival";
let emu: Emulator;
let env: Record<string, string>;
let file: string;

/** A fake clock whose sleeps also advance the emulator's clock, so that scoring time passes. */
class SharedClock extends FakeClock {
  override async sleep(ms: number): Promise<void> {
    await super.sleep(ms);
    const res = await fetch(`${emu.url}/_emulator/time`, { method: "POST", body: JSON.stringify({ advanceMs: ms }) });
    assert.equal(res.status, 200, await res.text());
  }
}

const kaggle = (argv: string[], clock?: FakeClock) => runCli(argv, { env, ...(clock ? { clock } : {}) });
const submissions = async () => (await kaggle(["c", "submissions", COMP, "--format", "json"])).stdout;

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 60_000, log: () => {} });
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-wait-"));
  const dl = await kaggle(["c", "download", COMP, "-f", "sample_submission.csv", "-p", dir, "-q"]);
  assert.equal(dl.code, 0, dl.stderr);
  file = path.join(dir, "sample_submission.csv");
});
after(() => emu.close());
beforeEach(async () => {
  await fetch(`${emu.url}/_emulator/reset`, { method: "POST" });
  await fetch(`${emu.url}/_emulator/faults`, { method: "DELETE" });
});

describe("submit --wait", () => {
  test("--wait 600 --poll-interval 10 polls from 5 s up to 10 s until scored, after the ref and what is left today", async () => {
    const clock = new SharedClock();
    const r = await kaggle(["c", "submit", COMP, "-f", file, "-m", "ci run", "--wait", "600", "--poll-interval", "10"], clock);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split("\n");
    assert.match(lines[0]!, /^Successfully submitted to Spaceship Survival/);
    assert.match(lines[1]!, /^Submission ref: \d+$/);
    assert.equal(lines[2], "9 submissions remaining today.");
    assert.equal(lines[3], `Waiting for submission ${lines[1]!.split(": ")[1]} to be scored...`);
    assert.match(r.stdout, /SubmissionStatus\.COMPLETE +0\.\d{5}/);
    assert.deepEqual(clock.sleeps, [5000, 7500, 10000, 10000, 10000, 10000, 10000]);
  });

  test("--wait alone waits up to the --timeout limit (default 1800 s) with 60 s polls at most", async () => {
    const clock = new SharedClock();
    const r = await kaggle(["c", "submit", COMP, "-f", file, "-m", "bare", "--wait", "-q"], clock);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(clock.sleeps, [5000, 7500, 11250, 16875, 25313]);
    assert.ok(!r.stdout.includes("remaining today"), r.stdout);
  });

  test("--wait=N is a deadline: still pending then fails with one line, after the ref was printed", async () => {
    const clock = new SharedClock();
    const r = await kaggle(["c", "submit", COMP, "-f", file, "-m", "short", "--wait=20"], clock);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^Submission ref: \d+$/m);
    assert.match(
      r.stderr.trim().split("\n").pop()!,
      /^Submission \d+ to spaceship-survival was still pending after 20 s; raise the timeout or check it later with 'kaggle competitions submissions spaceship-survival'$/,
    );
    assert.equal(
      clock.sleeps.reduce((a, b) => a + b, 0),
      20_000,
    );
  });

  test("--timeout stays the older spelling of the limit", async () => {
    const clock = new SharedClock();
    const r = await kaggle(["c", "submit", COMP, "-f", file, "-m", "old", "--wait", "--timeout", "10"], clock);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /still pending after 10 s/);
  });

  test("bad values fail before anything is sent", async () => {
    const before = await submissions();
    const cases: [string[], number, RegExp][] = [
      [["--wait", "abc"], 2, /argument --wait: invalid int value: 'abc'/],
      [["--wait", COMP], 2, /argument --wait: invalid int value: 'spaceship-survival'/],
      [["--poll-interval", "0", "--wait"], 1, /^--poll-interval must be a positive integer\n$/],
      [["--wait", "-5"], 1, /^--wait takes a number of seconds, 0 or more, got -5\n$/],
      [["--wait", "30", "--timeout", "60"], 1, /^--wait 30 and --timeout 60 both set the time limit; give one of them\n$/],
    ];
    for (const [extra, code, message] of cases) {
      const r = await kaggle(["c", "submit", COMP, "-f", file, "-m", "x", ...extra]);
      assert.equal(r.code, code, `${extra.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
    assert.equal(await submissions(), before);
  });

  test("without --wait: the message, the ref and the count left; a failed count never fails the submit", async () => {
    const r = await kaggle(["c", "submit", COMP, "-f", file, "-m", "plain"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Successfully submitted to .+\nSubmission ref: \d+\n9 submissions remaining today\.\n$/);
    await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec: "GetSubmissionLimits:500" }) });
    const again = await kaggle(["c", "submit", COMP, "-f", file, "-m", "plain 2"]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^Successfully submitted to .+\nSubmission ref: \d+\n$/);
    const json = await kaggle(["c", "submit", COMP, "-f", file, "-m", "plain 3", "--format", "json"]);
    assert.equal(json.code, 0, json.stderr);
    const parsed = JSON.parse(json.stdout) as { ref: number; remainingToday?: number };
    assert.ok(parsed.ref > 0);
  });

  test("help shows the optional value", async () => {
    const r = await kaggle(["c", "submit", "-h"]);
    assert.match(r.stdout, /\[--wait \[WAIT\]\] \[--poll-interval POLL_INTERVAL\]/);
  });
});
