/**
 * Upload progress: `datasets create/version` show a bar on a terminal and periodic lines off
 * one, `Starting upload for file X` comes before X's bytes, and a resumed transfer's speed
 * counts only the bytes moved in this run.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { main } from "../../src/cli/main";
import { CliContext } from "../../src/cli/context";
import { progressReporter } from "../../src/cli/output/progress";
import { uploadReport } from "../../src/cli/output/upload-report";
import { useEmulator } from "../helpers/emulator";
import { runCli, tempHome, type CliRun } from "../helpers/cli";

let work: string;

const emu = useEmulator({}, async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "upload-progress-"));
});
const env = emu.env;

/** A dataset folder with a 3 MiB file and two small ones. */
function dataset(slug: string): string {
  const dir = path.join(work, slug);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "big.bin"), Buffer.alloc(3 * 1024 * 1024, 7));
  fs.writeFileSync(path.join(dir, "a.csv"), "a\n1\n");
  fs.writeFileSync(path.join(dir, "b.csv"), "b\n2\n");
  fs.writeFileSync(
    path.join(dir, "dataset-metadata.json"),
    JSON.stringify({ id: `alice/${slug}`, title: `Upload progress ${slug}`, licenses: [{ name: "CC0-1.0" }] }),
  );
  return dir;
}

class Stream {
  text = "";
  columns = 100;
  constructor(readonly isTTY: boolean) {}
  write(chunk: string | Uint8Array): boolean {
    this.text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  }
}

/** `kaggle <argv>` with stderr as a terminal or not. */
async function run(argv: string[], tty: boolean): Promise<CliRun> {
  const stdout = new Stream(tty);
  const stderr = new Stream(tty);
  const code = await main(argv, {
    host: { env: { ...env }, home: tempHome(), platform: "linux" },
    streams: { stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream },
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

test("datasets create off a terminal: progress lines for all the files, up to 100%", async () => {
  const r = await run(["datasets", "create", "-p", dataset("plain-lines")], false);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stderr.split("\n").filter(Boolean);
  assert.ok(lines.length >= 2, r.stderr);
  for (const l of lines) assert.match(l, /^3 files: \d+% \d+[KM]?B of 3MB \(\d+[KMG]?B\/s\)$/);
  assert.match(lines.at(-1)!, /^3 files: 100% 3MB of 3MB /);
  assert.ok(!r.stderr.includes("\r"));
  for (const name of ["big.bin", "a.csv", "b.csv"]) {
    const out = r.stdout.split("\n");
    const start = out.indexOf(`Starting upload for file ${name}`);
    assert.ok(start >= 0 && start < out.findIndex((l) => l.startsWith(`Upload successful: ${name} (`)), r.stdout);
  }
});

test("datasets version on a terminal: one bar redrawn in place, ending at 100%", async () => {
  const dir = dataset("tty-bar");
  // The first version must be ready before a second one is accepted.
  emu.state.datasets.processingDelayMs = 0;
  assert.equal((await runCli(["datasets", "create", "-p", dir, "-q"], { env })).code, 0);
  const r = await run(["datasets", "version", "-p", dir, "-m", "again"], true);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /\r100%\|█{30}\| 3MB\/3MB \[\d+[KMG]?B\/s\]\n$/);
  assert.match(r.stdout, /Starting upload for file big\.bin\n/);
});

test("'Starting upload for file X' is printed before X's bytes, even when they never arrive", async () => {
  const dir = dataset("upload-refused");
  emu.runtime.faults.add([{ target: "upload", status: 403, count: 10 }]);
  try {
    const r = await runCli(["datasets", "create", "-p", dir, "--concurrency", "1"], { env });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^Starting upload for file a\.csv\n/);
    assert.doesNotMatch(r.stdout, /Upload successful: a\.csv/);
  } finally {
    emu.runtime.faults.clear();
  }
});

test("on a terminal an error line first erases a half-drawn progress bar", async () => {
  const dir = dataset("upload-fails-on-tty");
  emu.runtime.faults.add([{ target: "upload", status: 403, count: 10 }]);
  try {
    const r = await run(["datasets", "create", "-p", dir, "--concurrency", "1"], true);
    assert.equal(r.code, 1);
    const last = r.stderr.slice(r.stderr.lastIndexOf("\r"));
    assert.ok(last.startsWith("\r\x1b[KUpload of a.csv failed: "), JSON.stringify(last));
    assert.equal(last.split("\n").length, 2, JSON.stringify(last));
  } finally {
    emu.runtime.faults.clear();
  }
});

test("on a terminal the bar is cleared before each line and redrawn after it", () => {
  let now = 0;
  const term = new Stream(true);
  const streams = { stdout: term as unknown as NodeJS.WriteStream, stderr: term as unknown as NodeJS.WriteStream };
  const ctx = new CliContext({ env: {}, home: tempHome(), platform: "linux" }, streams);
  const report = uploadReport(ctx, () => now);
  const item = (name: string, size: number) => ({ name, path: name, size, mtimeSec: 0, sourceKey: name, fingerprint: "" });
  const a = item("a.bin", 100);
  const b = item("b.bin", 300);
  report.events.planned([a, b]);
  report.events.started!(a);
  const pa = report.progress(a);
  pa.start("a.bin", 100, 0);
  now += 200;
  pa.advance(100);
  report.events.finished!({ item: a, token: "t", how: "uploaded" });
  report.events.started!(b);
  const pb = report.progress(b);
  pb.start("b.bin", 300, 100);
  now += 200;
  pb.advance(200);
  report.events.finished!({ item: b, token: "t", how: "resumed" });
  assert.equal(
    term.text,
    "Starting upload for file a.bin\n" +
      `\r 25%|${"█".repeat(8)}${" ".repeat(22)}| 100B/400B [500B/s]` +
      `\r\x1b[KUpload successful: a.bin (100B)\n\r 25%|${"█".repeat(8)}${" ".repeat(22)}| 100B/400B [500B/s]` +
      `\r\x1b[KStarting upload for file b.bin\n\r 25%|${"█".repeat(8)}${" ".repeat(22)}| 100B/400B [500B/s]` +
      `\r100%|${"█".repeat(30)}| 400B/400B [750B/s]` +
      `\r\x1b[KUpload successful: b.bin (300B)\n\r100%|${"█".repeat(30)}| 400B/400B [750B/s]` +
      `\r100%|${"█".repeat(30)}| 400B/400B [750B/s]\n`,
  );
});

test("competitions submit shows the upload's progress too", async () => {
  const file = path.join(work, "submission.csv");
  fs.writeFileSync(file, `PassengerId,Transported\n${Array.from({ length: 50 }, (_, i) => `${i},True`).join("\n")}\n`);
  const r = await run(["competitions", "submit", "spaceship-survival", "-f", file, "-m", "progress"], false);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^submission\.csv: 100% \d+B of \d+B \(\d+[KMG]?B\/s\)\n/m);
});

test("a resumed transfer's speed counts only the bytes moved in this run", () => {
  let now = 0;
  const s = new Stream(false);
  const p = progressReporter(s as unknown as NodeJS.WriteStream, () => now);
  p.start("big.zip", 1000 * 1024, 900 * 1024);
  now += 1000;
  p.advance(100 * 1024);
  p.finish();
  assert.equal(s.text.split("\n").filter(Boolean).at(-1), "big.zip: 100% 1000KB of 1000KB (100KB/s)");
});
