/**
 * A code-competition submit from the CLI (`-k owner/kernel -v N`), end to end against the
 * emulator: a kernel version's output file becomes a scored submission. The sub-command's
 * `-v/--version` is the kernel version, never the global `--version`.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { VERSION_LINE } from "../../src/cli/version";
import { runCli } from "../helpers/cli";

const cli = (...argv: string[]) => runCli(argv, { env });

const emu = useEmulator();
const env = emu.env;

test("competitions submit -k owner/kernel -v 2 -f out.csv submits version 2's output and it is scored", async () => {
  const r = await cli(
    "competitions",
    "submit",
    "spaceship-survival",
    "-k",
    "alice/spaceship-baseline",
    "-v",
    "2",
    "-f",
    "submission.csv",
    "-m",
    "code v2",
    "--wait",
    "--format",
    "json",
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.ok(!r.stdout.includes(VERSION_LINE.trim()), r.stdout);
  const subs = emu.state.competitions.submissions.filter((s) => s.description === "code v2");
  assert.equal(subs.length, 1);
  assert.equal(subs[0]!.status, "COMPLETE");
  assert.deepEqual(subs[0]!.kernel, { owner: "alice", slug: "spaceship-baseline", version: 2 });
  assert.equal(typeof subs[0]!.publicScore, "number");
  const printed = JSON.parse(r.stdout) as { status: string }[];
  assert.equal(printed[0]!.status, "SubmissionStatus.COMPLETE");
});

test("--version spelled long, and a failed version's missing output, exit 1 with the server's reason", async () => {
  const r = await cli("c", "submit", "spaceship-survival", "--kernel", "alice/spaceship-baseline", "--version", "1", "-m", "code v1", "--wait", "-q");
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /Could not find provided notebook alice\/spaceship-baseline version 1/);
  assert.equal(emu.state.competitions.submissions.filter((s) => s.description === "code v1").length, 1);
});

test("the global -v/--version still prints the version, before a command too", async () => {
  for (const argv of [["-v"], ["--version"], ["--version", "competitions", "list"]]) {
    const r = await cli(...argv);
    assert.equal(r.code, 0, argv.join(" "));
    assert.equal(r.stdout, VERSION_LINE, argv.join(" "));
  }
});
