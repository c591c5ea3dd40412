/**
 * `datasets download --unzip` extracts only what was just downloaded, and an extraction never
 * overwrites a local file modified after the archive: edited files survive every rerun.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { runCli } from "../helpers/cli";

const REF = "alice/city-weather-daily";
const kaggle = (...argv: string[]) => runCli(argv, { env });

const emu = useEmulator();
const env = emu.env;

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-unzip-"));
const future = () => new Date(Date.now() + 3600_000);

test("a skipped (up-to-date) zip is not extracted over the files beside it, and is not deleted", async () => {
  const dir = tmp();
  const zip = path.join(dir, "city-weather-daily.zip");
  const first = await kaggle("datasets", "download", REF, "-p", dir, "-q");
  assert.equal(first.code, 0, first.stderr);
  assert.ok(fs.existsSync(zip));
  // A file of the same name as an entry, edited by the user after an earlier unzip.
  fs.writeFileSync(path.join(dir, "weather.csv"), "my edits\n");
  const r = await kaggle("datasets", "download", REF, "-p", dir, "--unzip");
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /city-weather-daily\.zip: Skipping, found more recently modified local copy/);
  assert.match(r.stdout, /city-weather-daily\.zip was not downloaded, so it is not unzipped again \(use --force to download and unzip it\)\n$/);
  assert.equal(fs.readFileSync(path.join(dir, "weather.csv"), "utf8"), "my edits\n");
  assert.ok(fs.existsSync(zip), "the zip is kept");
  assert.ok(!fs.existsSync(path.join(dir, "README.md")), "nothing was extracted");
});

test("a fresh download extracts, stamps the files with the archive's time, and keeps a file edited since", async () => {
  const dir = tmp();
  const zip = path.join(dir, "city-weather-daily.zip");
  const r = await kaggle("datasets", "download", REF, "-p", dir, "--unzip", "-q");
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!fs.existsSync(zip), "the zip is removed after a full extraction");
  const readme = path.join(dir, "README.md");
  const edited = path.join(dir, "weather.csv");
  const stamped = fs.statSync(readme).mtimeMs;
  assert.ok(stamped < Date.now() - 1000, "extracted files carry the archive's time, not the extraction's");

  // The user edits one file; the next run downloads the zip again (it was deleted) and unzips it.
  fs.writeFileSync(edited, "my edits\n");
  fs.utimesSync(edited, future(), future());
  fs.writeFileSync(readme, "stale copy, untouched since the last unzip\n");
  fs.utimesSync(readme, stamped / 1000, stamped / 1000);
  const again = await kaggle("datasets", "download", REF, "-p", dir, "--unzip");
  assert.equal(again.code, 0, again.stderr);
  assert.equal(fs.readFileSync(edited, "utf8"), "my edits\n", "the newer local file is kept");
  assert.match(fs.readFileSync(readme, "utf8"), /^# /, "a file not modified since the archive is refreshed");
  assert.match(
    again.stdout,
    new RegExp(
      `Kept 1 local file modified after the archive, not overwritten: weather\\.csv; the archive's copies are in ${zip.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n$`,
    ),
  );
  assert.ok(fs.existsSync(zip), "the zip stays: it holds the archive's copy of the kept file");
});
