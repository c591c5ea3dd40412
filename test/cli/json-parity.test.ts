/**
 * `--format json` as kaggle 2.x prints it (checked side by side with the official CLI on the same
 * emulator state): timestamps as Python's isoformat() (no `Z`, microseconds), submission statuses
 * as the enum's str(), and `datasets status` without a trailing newline.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { pythonIsoDateTime } from "../../src/cli/output/cells";
import { useEmulator } from "../helpers/emulator";
import { runCli } from "../helpers/cli";

const emu = useEmulator();
const env = emu.env;

test("timestamps print as Python's isoformat()", () => {
  assert.equal(pythonIsoDateTime("2030-07-01T23:59:00Z"), "2030-07-01T23:59:00");
  assert.equal(pythonIsoDateTime("2026-12-01T14:08:14.244Z"), "2026-12-01T14:08:14.244000");
  assert.equal(pythonIsoDateTime(undefined), null);
});

test("competitions list and submissions --format json match kaggle 2.x", async () => {
  const list = await runCli(["competitions", "list", "--format", "json"], { env });
  assert.equal(list.code, 0, list.stderr);
  const comps = JSON.parse(list.stdout) as { deadline: string | null }[];
  assert.ok(comps.length > 0);
  for (const c of comps) if (c.deadline !== null) assert.match(c.deadline, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?$/);
  const subs = await runCli(["competitions", "submissions", "home-value-regression", "--format", "json"], { env });
  assert.equal(subs.code, 0, subs.stderr);
  const rows = JSON.parse(subs.stdout) as { status: string; date: string }[];
  assert.ok(rows.length > 0);
  for (const r of rows) {
    assert.match(r.status, /^SubmissionStatus\.[A-Z]+$/);
    assert.doesNotMatch(r.date, /Z$/);
  }
});

test("datasets status --format json ends without a newline", async () => {
  const r = await runCli(["datasets", "status", "alice/city-weather-daily", "--format", "json"], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!r.stdout.endsWith("\n"), JSON.stringify(r.stdout));
  assert.equal((JSON.parse(r.stdout) as { status: string }).status, "ready");
});
