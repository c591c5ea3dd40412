/**
 * Files under 1 MiB keep no state file each: their finished uploads are lines of one journal per
 * folder, written in batches, read by the next run, and dropped once their dataset exists.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { journalFile } from "../../src/core/upload-state";
import { clearResumeState, planUploads, uploadAll, type UploadItem } from "../../src/core/uploads";
import { FakeClock } from "../helpers/clock";
import { useEmulator } from "../helpers/emulator";

let work: string;
const emu = useEmulator({}, async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "upload-journal-"));
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

function clientIn(tmp: string, clock?: FakeClock): KaggleClient {
  return new KaggleClient({
    endpoint: emu.url,
    credentials: { method: "LEGACY_API_KEY", username: emu.credentials.username, key: emu.credentials.key, source: "test" } as never,
    host: { env: { TMPDIR: tmp }, home: tmp, platform: "linux" },
    ...(clock ? { clock } : {}),
  });
}

/** A folder of `count` small files and one of 2 MiB, planned; a fresh TMPDIR for its state. */
async function folder(name: string, count: number): Promise<{ tmp: string; stateDir: string; items: UploadItem[] }> {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `f${i}.csv`), `row ${i}\n`);
  fs.writeFileSync(path.join(dir, "big.bin"), Buffer.alloc(2 << 20, 3));
  fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify({ title: name, id: `alice/${name}`, licenses: [{ name: "CC0-1.0" }] }));
  const tmp = path.join(work, `${name}-tmp`);
  fs.mkdirSync(tmp);
  const items = (await planUploads(dir)).items;
  return { tmp, stateDir: path.join(tmp, ".kaggle", "uploads"), items };
}

const sessions = () => Object.keys(emu.state.uploads).length;
const lines = (file: string) => fs.readFileSync(file, "utf8").trim().split("\n");

test(
  "small files leave one private journal, not a state file each, and a rerun reuses every upload",
  { skip: process.platform === "win32" },
  async () => {
    const { tmp, stateDir, items } = await folder("journal-reuse", 40);
    const first = await uploadAll(clientIn(tmp), items, { stateDir });
    assert.equal(first.filter((f) => f.how === "uploaded").length, 41);
    const small = items.find((i) => i.name === "f0.csv")!;
    const journal = journalFile(stateDir, small);
    assert.deepEqual(
      fs.readdirSync(stateDir).sort(),
      [path.basename(journal), `${items.find((i) => i.name === "big.bin")!.sourceKey.replace(/[/\\:]/g, "_")}.json`].sort(),
    );
    assert.equal(fs.statSync(journal).mode & 0o777, 0o600);
    assert.equal(lines(journal).length, 40);

    const before = sessions();
    const again = await uploadAll(clientIn(tmp), items, { stateDir });
    assert.deepEqual(new Set(again.map((f) => f.how)), new Set(["reused"]));
    assert.deepEqual(
      again.map((f) => f.token),
      first.map((f) => f.token),
    );
    assert.equal(sessions(), before, "nothing was sent again");
  },
);

test("a changed file, a torn last line and an expired line are sent again; --no-resume sends everything", async () => {
  const { tmp, stateDir, items } = await folder("journal-stale", 3);
  const clock = new FakeClock();
  await uploadAll(clientIn(tmp, clock), items, { stateDir });
  const journal = journalFile(stateDir, items[0]!);
  fs.appendFileSync(journal, '{"path": "torn');

  // f1.csv changes (another fingerprint); the others are reused.
  const changed = items.map((i) => (i.name === "f1.csv" ? { ...i, fingerprint: `${i.fingerprint}-changed` } : i));
  const second = await uploadAll(clientIn(tmp, clock), changed, { stateDir });
  assert.deepEqual(
    second.filter((f) => f.item.name !== "big.bin").map((f) => [f.item.name, f.how]),
    [
      ["f0.csv", "reused"],
      ["f1.csv", "uploaded"],
      ["f2.csv", "reused"],
    ],
  );

  clock.time += 7 * 24 * 3600 * 1000; // past the six days a kept upload is trusted
  const late = await uploadAll(clientIn(tmp, clock), changed, { stateDir });
  assert.deepEqual(new Set(late.map((f) => f.how)), new Set(["uploaded"]));

  const fresh = await uploadAll(clientIn(tmp, clock), changed, { stateDir, resume: false });
  assert.deepEqual(new Set(fresh.map((f) => f.how)), new Set(["uploaded"]));
});

test("clearing some files keeps the others' lines; clearing the rest removes the journal", async () => {
  const { tmp, stateDir, items } = await folder("journal-clear", 4);
  await uploadAll(clientIn(tmp), items, { stateDir });
  const journal = journalFile(stateDir, items[0]!);
  const [a, b, ...rest] = items.filter((i) => i.name !== "big.bin");
  await clearResumeState([a!, b!], stateDir);
  const again = await uploadAll(clientIn(tmp), [a!, ...rest], { stateDir });
  assert.deepEqual(
    again.map((f) => [f.item.name, f.how]),
    [[a!.name, "uploaded"], ...rest.map((i) => [i.name, "reused"])],
  );
  await clearResumeState(items, stateDir);
  assert.equal(fs.existsSync(journal), false);
  assert.deepEqual(fs.readdirSync(stateDir), []);
});
