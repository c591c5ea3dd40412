/**
 * A client that gives up on a stalled upload request sends a status probe on a new
 * connection while the old one may still be open: the emulator must answer the probe with
 * what arrived, not wait behind the open request (as GCS does).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import { test } from "node:test";
import { rpc } from "./helpers";
import { useEmulator } from "../helpers/emulator";

const emu = useEmulator({ scenario: "empty" });

test("a status probe is answered while an earlier request to the same session is still open", { timeout: 20_000 }, async () => {
  const size = 100_000;
  const r = await rpc(emu, "blobs.BlobApiService", "StartBlobUpload", {
    type: "DATASET",
    name: "open.bin",
    contentLength: size,
    lastModifiedEpochSeconds: 1700000000,
  });
  const { createUrl } = r.json as { createUrl: string };
  const url = new URL(createUrl);

  // The earlier request: half the body sent, then the connection stays open, silent.
  const stalled = net.connect(Number(url.port), url.hostname);
  await new Promise<void>((ok) => stalled.once("connect", () => ok()));
  const closed = new Promise<void>((ok) => stalled.once("close", () => ok()));
  stalled.on("error", () => {});
  stalled.write(`PUT ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Length: ${size}\r\n\r\n`);
  await new Promise<void>((ok) => stalled.write(Buffer.alloc(size / 2, 1), () => ok()));
  // Until the emulator holds those bytes (it writes them as they arrive; the test's timeout bounds this).
  const file = emu.runtime.storage.uploadsDir(url.searchParams.get("upload_id")!);
  const held = () => (fs.existsSync(file) ? fs.statSync(file).size : 0);
  while (held() < size / 2) await new Promise((ok) => setImmediate(ok));

  const probe = await fetch(createUrl, { method: "PUT", headers: { "Content-Range": `bytes */${size}` }, body: new Uint8Array(0) });
  assert.equal(probe.status, 308);
  assert.equal(probe.headers.get("range"), `bytes=0-${size / 2 - 1}`);
  await closed; // the abandoned request was ended by the emulator

  const rest = await fetch(createUrl, {
    method: "PUT",
    headers: { "Content-Range": `bytes ${size / 2}-${size - 1}/${size}` },
    body: Buffer.alloc(size / 2, 1),
  });
  assert.equal(rest.status, 200);
});
