/**
 * Folders for downloads: made one component at a time, and a folder that cannot be made fails
 * at once with one line (Node's recursive mkdir spins forever under /proc).
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ConfigurationError } from "../../src/core/errors";
import { makeDir } from "../../src/core/fs";
import { useEmulator } from "../helpers/emulator";
import { repoRoot, tempHome, type CliRun } from "../helpers/cli";

const onLinux = process.platform === "linux" && fs.existsSync("/proc/self");

const emu = useEmulator();

test("makeDir creates every missing parent and accepts an existing folder", async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mkdir-"));
  const deep = path.join(root, "a", "b", "c");
  await makeDir(deep);
  assert.ok(fs.statSync(deep).isDirectory());
  await makeDir(deep);
  await makeDir(root);
});

test("makeDir refuses a file in the way with one line naming it", async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mkdir-"));
  fs.writeFileSync(path.join(root, "f"), "x");
  const target = path.join(root, "f", "sub");
  await assert.rejects(makeDir(target), (err: Error) => {
    assert.ok(err instanceof ConfigurationError);
    assert.equal(
      err.message,
      `Cannot create the folder ${target} at ${path.join(root, "f")}: ${path.join(root, "f")} is a file, not a folder; choose a folder you can write to`,
    );
    return true;
  });
});

test("makeDir under /proc fails with one line instead of spinning", { skip: !onLinux && "needs Linux /proc" }, async () => {
  await assert.rejects(makeDir("/proc/nope/deeper"), {
    message:
      "Cannot create the folder /proc/nope/deeper at /proc/nope: that location does not accept new folders (ENOENT); choose a folder you can write to",
  });
});

/** The committed CLI bundle in a child process, killed if it has not finished within `guardMs`. */
function cliChild(argv: string[], env: Record<string, string>, guardMs = 60_000): Promise<CliRun & { killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "dist/cli/index.js"), ...argv], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: tempHome(), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let killed = false;
    const guard = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, guardMs);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({ code: code ?? -1, stdout, stderr, killed });
    });
  });
}

test("datasets download and kernels output -p /proc/nope exit 1 with one line", { skip: !onLinux && "needs Linux /proc" }, async () => {
  const env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
  const [download, output] = await Promise.all([
    cliChild(["datasets", "download", "alice/city-weather-daily", "-p", "/proc/nope"], env),
    cliChild(["kernels", "output", "alice/spaceship-baseline", "-p", "/proc/nope/out"], env),
  ]);
  assert.equal(download.killed, false, "datasets download never returned");
  assert.equal(download.code, 1, download.stderr);
  assert.equal(
    download.stderr,
    "Cannot create the folder /proc/nope: that location does not accept new folders (ENOENT); choose a folder you can write to\n",
  );
  assert.equal(output.killed, false, "kernels output never returned");
  assert.equal(output.code, 1, output.stderr);
  assert.equal(
    output.stderr,
    "Cannot create the folder /proc/nope/out at /proc/nope: that location does not accept new folders (ENOENT); choose a folder you can write to\n",
  );
});
