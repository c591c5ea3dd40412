/**
 * Upload resume state holds live upload URLs: under a shared `$TMPDIR` it must be private to
 * the user (files 0600, folders 0700), including state and folders an earlier run left open.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { planUploads, resumeStateFile, uploadAll } from "../../src/core/uploads";
import { useEmulator } from "../helpers/emulator";

let work: string;

const emu = useEmulator({}, async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "upload-state-"));
});
after(async () => {
  fs.rmSync(work, { recursive: true, force: true });
});

const mode = (p: string) => fs.statSync(p).mode & 0o777;

/** A client of the emulator whose `$TMPDIR` (where upload state goes) is `tmp`. */
function clientIn(tmp: string): KaggleClient {
  return new KaggleClient({
    endpoint: emu.url,
    credentials: { method: "LEGACY_API_KEY", username: emu.credentials.username, key: emu.credentials.key, source: "test" } as never,
    host: { env: { TMPDIR: tmp }, home: tmp, platform: "linux" },
  });
}

test(
  "resume state files are 0600 in 0700 folders, and open ones left by an earlier run are closed",
  { skip: process.platform === "win32" },
  async () => {
    const client = clientIn(work);
    const folder = path.join(work, "data");
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, "big.bin"), Buffer.alloc(2 << 20, 1));
    fs.writeFileSync(
      path.join(folder, "dataset-metadata.json"),
      JSON.stringify({ title: "State modes", id: "alice/state-modes", licenses: [{ name: "CC0-1.0" }] }),
    );
    const plan = await planUploads(folder);
    const item = plan.items.find((i) => i.name === "big.bin")!;

    // What an earlier version left behind: world-readable folders and state.
    const stateDir = path.join(work, ".kaggle", "uploads");
    fs.mkdirSync(stateDir, { recursive: true });
    fs.chmodSync(path.join(work, ".kaggle"), 0o755);
    fs.chmodSync(stateDir, 0o777);
    const stale = resumeStateFile(stateDir, item.sourceKey);
    fs.writeFileSync(stale, "{}");
    fs.chmodSync(stale, 0o644);

    const uploaded = await uploadAll(client, [item], { stateDir });
    assert.equal(uploaded.length, 1);
    assert.equal(mode(path.join(work, ".kaggle")), 0o700);
    assert.equal(mode(stateDir), 0o700);
    const state = resumeStateFile(stateDir, item.sourceKey);
    assert.equal(JSON.parse(fs.readFileSync(state, "utf8")).upload_complete, true);
    assert.equal(mode(state), 0o600);
    for (const f of fs.readdirSync(stateDir)) assert.equal(mode(path.join(stateDir, f)), 0o600, f);
  },
);

test("a state folder that is a link is refused with one line", { skip: process.platform === "win32" }, async () => {
  const tmp = fs.mkdtempSync(path.join(work, "linked-"));
  const elsewhere = fs.mkdtempSync(path.join(work, "elsewhere-"));
  fs.mkdirSync(path.join(tmp, ".kaggle"));
  fs.symlinkSync(elsewhere, path.join(tmp, ".kaggle", "uploads"));
  const client = clientIn(tmp);
  const folder = path.join(tmp, "data");
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, "big.bin"), Buffer.alloc(2 << 20, 2));
  const plan = await planUploads(folder);
  await assert.rejects(
    uploadAll(client, plan.items, { stateDir: path.join(tmp, ".kaggle", "uploads") }),
    /The upload state folder .* is not a folder of this user/,
  );
  assert.deepEqual(fs.readdirSync(elsewhere), [], "nothing written through the link");
});
