/**
 * Creates are safe to repeat: when the server did the create but its answer was lost (the
 * emulator's "drop-answer" fault: handled, committed, connection closed unanswered), running the
 * same command again reports what the earlier run made, exit 0, and never makes it twice; a
 * different request afterwards is not blocked by the used-up upload tokens.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { runCli } from "../helpers/cli";

let work: string;
let env: Record<string, string>;
const kaggle = (...argv: string[]) => runCli(argv, { env });

const emu = useEmulator({}, async () => {
  emu.state.datasets.processingDelayMs = 0;
  work = fs.mkdtempSync(path.join(os.tmpdir(), "repeat-creates-"));
  env = { ...emu.env, TMPDIR: work };
});
after(async () => {
  fs.rmSync(work, { recursive: true, force: true });
});

async function fault(spec: string): Promise<void> {
  const r = await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec }) });
  assert.equal(r.status, 200);
}

interface StateDump {
  datasets: { datasets: { owner: string; slug: string; versions: { number: number; notes: string; files: { name: string }[] }[] }[] };
  competitions: { submissions: { description?: string; fileName: string }[] };
}

/** The emulator's state as a test tool sees it (`/_emulator/state`). */
async function state(): Promise<StateDump> {
  return ((await (await fetch(`${emu.url}/_emulator/state`)).json()) as { state: StateDump }).state;
}

function folder(name: string, files: Record<string, string>, meta: object): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [n, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, n), data);
  fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify(meta));
  return dir;
}

const versionsOf = async (slug: string) => (await state()).datasets.datasets.find((d) => d.owner === "alice" && d.slug === slug)?.versions ?? [];

test("datasets version: a lost answer, then the same command reports the version it made; another one still works", async () => {
  const dir = folder(
    "versioned",
    { "data.csv": "a,b\n1,2\n" },
    { title: "Versioned twice", id: "alice/versioned-twice", licenses: [{ name: "CC0-1.0" }] },
  );
  assert.equal((await kaggle("datasets", "create", "-p", dir, "-q")).code, 0);
  fs.writeFileSync(path.join(dir, "data.csv"), "a,b\n1,2\n3,4\n");
  await fault("CreateDatasetVersion:drop-answerx1");
  const lost = await kaggle("datasets", "version", "-p", dir, "-m", "more rows", "-q");
  assert.notEqual(lost.code, 0, "the lost answer is a failure for the first run");
  assert.equal((await versionsOf("versioned-twice")).length, 2, "the server made the version");

  const again = await kaggle("datasets", "version", "-p", dir, "-m", "more rows", "-q");
  assert.equal(again.code, 0, again.stderr);
  assert.equal(
    again.stdout,
    "Version 2 of alice/versioned-twice with these notes already exists: created by an earlier run whose answer was lost; nothing was uploaded again\n",
  );
  assert.deepEqual(
    (await versionsOf("versioned-twice")).map((v) => v.notes),
    ["Initial release", "more rows"],
    "no duplicate version",
  );

  // Not blocked afterwards: a new version of the same files uploads them again.
  const next = await kaggle("datasets", "version", "-p", dir, "-m", "same rows, new notes", "-q");
  assert.equal(next.code, 0, next.stdout + next.stderr);
  assert.match(next.stdout, /^Dataset version is being created\./);
  assert.deepEqual(
    (await versionsOf("versioned-twice")).map((v) => v.notes),
    ["Initial release", "more rows", "same rows, new notes"],
  );
});

test("datasets version: kept tokens already used and no record of the create: found by the lookup, not made twice", async () => {
  const dir = folder("norecord", { "n.csv": "x\n1\n" }, { title: "No record of it", id: "alice/no-record-of-it", licenses: [{ name: "CC0-1.0" }] });
  assert.equal((await kaggle("datasets", "create", "-p", dir, "-q")).code, 0);
  fs.writeFileSync(path.join(dir, "n.csv"), "x\n1\n2\n");
  await fault("CreateDatasetVersion:drop-answerx1");
  assert.notEqual((await kaggle("datasets", "version", "-p", dir, "-m", "two", "-q")).code, 0);
  // As a client that did not keep a record of the create (only the upload resume state).
  const uploads = path.join(work, ".kaggle", "uploads");
  for (const f of fs.readdirSync(uploads)) if (f.endsWith(".sent.json")) fs.rmSync(path.join(uploads, f));
  const again = await kaggle("datasets", "version", "-p", dir, "-m", "two", "-q");
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.match(again.stdout, /^Version 2 of alice\/no-record-of-it with these notes already exists/);
  assert.equal((await versionsOf("no-record-of-it")).length, 2);
  // Other notes: the used tokens are dropped and the files uploaded again, not "upload it again" forever.
  const other = await kaggle("datasets", "version", "-p", dir, "-m", "three", "-q");
  assert.equal(other.code, 0, other.stdout + other.stderr);
  assert.deepEqual(
    (await versionsOf("no-record-of-it")).map((v) => v.notes),
    ["Initial release", "two", "three"],
  );
});

test("datasets create: a lost answer, then the same command reports the dataset it made", async () => {
  const dir = folder(
    "created",
    { "c.csv": "c\n1\n" },
    { title: "Created once only", id: "alice/created-once-only", licenses: [{ name: "CC0-1.0" }] },
  );
  await fault("CreateDataset:drop-answerx1");
  const lost = await kaggle("datasets", "create", "-p", dir, "-q");
  assert.notEqual(lost.code, 0);
  const again = await kaggle("datasets", "create", "-p", dir, "-q");
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.equal(
    again.stdout,
    "Dataset alice/created-once-only already exists with these files: created by an earlier run whose answer was lost; nothing was uploaded again\n",
  );
  const mine = (await state()).datasets.datasets.filter((d) => d.slug === "created-once-only");
  assert.equal(mine.length, 1);
  assert.equal(mine[0]!.versions.length, 1);
});

test("competitions submit: a lost answer does not make a duplicate submission on the rerun", async () => {
  const file = path.join(work, "lost-answer.csv");
  fs.writeFileSync(file, "PassengerId,Transported\n0013_01,True\n");
  const mine = async () => (await state()).competitions.submissions.filter((s) => s.description === "lost answer run");
  await fault("CreateSubmission:drop-answerx1");
  const lost = await kaggle("competitions", "submit", "spaceship-survival", "-f", file, "-m", "lost answer run", "-q");
  assert.notEqual(lost.code, 0);
  assert.equal((await mine()).length, 1, "the server made the submission");
  const again = await kaggle("competitions", "submit", "spaceship-survival", "-f", file, "-m", "lost answer run", "-q");
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.match(
    again.stdout,
    /^Submission \d+ of lost-answer\.csv with this description already exists: created by an earlier run whose answer was lost; nothing was submitted again\nSubmission ref: \d+\n$/,
  );
  assert.equal((await mine()).length, 1, "no duplicate");
  // With nothing pending, submitting again is a new submission, as asked.
  assert.equal((await kaggle("competitions", "submit", "spaceship-survival", "-f", file, "-m", "lost answer run", "-q")).code, 0);
  assert.equal((await mine()).length, 2);
});
