/** `DownloadKernelOutput`, as kagglehub's notebook_output_download calls it: one file or a zip of all. */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { listZip } from "../../src/core/unzip";
import { rpc } from "./helpers";
import { useEmulator } from "../helpers/emulator";

const KERNELS = "kernels.KernelsApiService";
const emu = useEmulator();

const download = (body: unknown) => rpc(emu, KERNELS, "DownloadKernelOutput", body);

test("filePath redirects to that output file of the given version", async () => {
  const r = await download({ ownerSlug: "alice", kernelSlug: "spaceship-baseline", versionNumber: 2, filePath: "submission.csv" });
  assert.equal(r.status, 302, r.text);
  const file = await fetch(r.headers.get("location")!);
  assert.equal(file.status, 200);
  assert.match(await file.text(), /^PassengerId,Transported/);
});

test("without filePath: a zip of every output file of the latest version", async () => {
  const r = await download({ ownerSlug: "alice", kernelSlug: "spaceship-baseline" });
  assert.equal(r.status, 302, r.text);
  const res = await fetch(r.headers.get("location")!);
  assert.equal(res.status, 200);
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kernel-zip-")), "out.zip");
  fs.writeFileSync(zip, Buffer.from(await res.arrayBuffer()));
  const names = (await listZip(zip)).map((e) => e.name);
  assert.ok(names.includes("submission.csv"), names.join(", "));
});

test("an unknown file or version is 404; a missing kernelSlug is 400", async () => {
  assert.equal((await download({ ownerSlug: "alice", kernelSlug: "spaceship-baseline", filePath: "nope.csv" })).status, 404);
  assert.equal((await download({ ownerSlug: "alice", kernelSlug: "spaceship-baseline", versionNumber: 99 })).status, 404);
  assert.equal((await download({ ownerSlug: "alice" })).status, 400);
});
