/**
 * Accelerator names are the server's to judge: `kernels push` sends an undocumented
 * `machine_shape` (real metadata has `gpuT4x2`) or `--accelerator` as given, after a warning, and
 * the emulator accepts the spellings real metadata uses. A code file in a never-published folder
 * (`.git/`, `.cache/`) is refused.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { runCli } from "../helpers/cli";

const cli = (...argv: string[]) => runCli(argv, { env });

const emu = useEmulator({}, async () => {
  emu.state.kernels.python = "off";
});
const env = emu.env;

function folder(slug: string, extra: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaccel-"));
  const meta = { id: `alice/${slug}`, title: slug, code_file: "main.py", language: "python", kernel_type: "script", ...extra };
  fs.writeFileSync(path.join(dir, "kernel-metadata.json"), JSON.stringify(meta, null, 2));
  fs.writeFileSync(path.join(dir, "main.py"), "print(1)\n");
  return dir;
}

const version = (slug: string) => emu.state.kernels.kernels.find((k) => k.slug === slug)!.versions.at(-1)!;

test('"machine_shape": "gpuT4x2" is pushed as given after a warning naming the file and line, and runs on a GPU', async () => {
  const dir = folder("t4-pair-kernel", { machine_shape: "gpuT4x2" });
  const r = await cli("kernels", "push", "-p", dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.ok(
    r.stdout.startsWith(
      `Accelerator 'gpuT4x2' is not one Kaggle documents; it is sent as given (Kaggle documents NvidiaTeslaP100, TpuV38, NvidiaTeslaT4, NvidiaTeslaT4Highmem, Tpu1VmV38, NvidiaTeslaA100, NvidiaL4, TpuV5E8, NvidiaL4X1, TpuV6E8, NvidiaH100, NvidiaRtxPro6000) (${dir}/kernel-metadata.json:7)\n`,
    ),
    r.stdout,
  );
  assert.match(r.stdout, /Kernel version 1 successfully pushed/);
  assert.equal(version("t4-pair-kernel").machineShape, "gpuT4x2");
  assert.equal(version("t4-pair-kernel").session.gpu, true);
});

test("--accelerator in the wrong case is sent as given with a did-you-mean warning", async () => {
  const dir = folder("wrong-case-kernel", {});
  const r = await cli("kernels", "push", "-p", dir, "--accelerator", "nvidiaTeslaP100");
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.ok(
    r.stdout.startsWith("Accelerator 'nvidiaTeslaP100' is not one Kaggle documents; it is sent as given (did you mean 'NvidiaTeslaP100'?)\n"),
    r.stdout,
  );
  assert.equal(version("wrong-case-kernel").machineShape, "nvidiaTeslaP100");
});

test('documented names warn about nothing; "None" (GetKernel\'s word for no accelerator) means none in the emulator', async () => {
  const ok = await cli("kernels", "push", "-p", folder("documented-kernel", { machine_shape: "TpuV5E8" }));
  assert.equal(ok.code, 0, ok.stderr);
  assert.ok(!ok.stdout.includes("Accelerator"), ok.stdout);
  const none = await cli("kernels", "push", "-p", folder("none-shape-kernel", { machine_shape: "None" }));
  assert.equal(none.code, 0, none.stdout + none.stderr);
  assert.equal(version("none-shape-kernel").machineShape, undefined);
  assert.equal(version("none-shape-kernel").session.gpu, false);
});

test("a code_file inside a folder that is never published (.git/, .cache/) is refused before any request", async () => {
  const dir = folder("code-in-git-kernel", { code_file: ".git/hooks/main.py" });
  fs.mkdirSync(path.join(dir, ".git/hooks"), { recursive: true });
  fs.writeFileSync(path.join(dir, ".git/hooks/main.py"), "print(1)\n");
  const r = await cli("kernels", "push", "-p", dir);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^"code_file" \.git\/hooks\/main\.py is in a folder that is never published \(\.git\/, .*\): move the source out of it \(.*kernel-metadata\.json:4\)\n$/,
  );
  assert.equal(
    emu.state.kernels.kernels.some((k) => k.slug === "code-in-git-kernel"),
    false,
  );
});
