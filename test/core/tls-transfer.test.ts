/**
 * The fast transfer paths over TLS, as real downloads from and uploads to Google Cloud Storage
 * go: an HTTPS server with a throwaway certificate, and the client in a child process that
 * trusts it through NODE_EXTRA_CA_CERTS (read by Node only at start-up).
 */
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tls-"));
const body = Buffer.alloc(24 << 20);
for (let i = 0; i < body.length; i += 4) body.writeUInt32LE((i * 2654435761) >>> 0, i);
const md5 = createHash("md5").update(body).digest("base64");
let server: https.Server | undefined;
let base = "";
let received: Buffer | undefined;
let drops = 1;
/** The Range header of each GET, in order ("" when absent). */
const ranges: string[] = [];

function openssl(): boolean {
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        path.join(dir, "key.pem"),
        "-out",
        path.join(dir, "cert.pem"),
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost",
      ],
      { stdio: "ignore" },
    );
    return true;
  } catch {
    return false;
  }
}
const haveOpenssl = openssl();

before(async () => {
  if (!haveOpenssl) return;
  server = https.createServer({ key: fs.readFileSync(path.join(dir, "key.pem")), cert: fs.readFileSync(path.join(dir, "cert.pem")) }, (req, res) => {
    if (req.method === "POST") {
      req.resume();
      req.on("end", () => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ port: req.socket.remotePort }));
      });
      return;
    }
    if (req.method === "PUT") {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received = Buffer.concat(chunks);
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end("{}");
      });
      return;
    }
    ranges.push(String(req.headers.range ?? ""));
    const range = /^bytes=(\d+)-$/.exec(String(req.headers.range ?? ""));
    const start = range ? Number(range[1]) : 0;
    res.writeHead(range ? 206 : 200, {
      "Content-Length": String(body.length - start),
      "Accept-Ranges": "bytes",
      "Last-Modified": "Tue, 02 Jan 2024 03:04:05 GMT",
      "x-goog-hash": `md5=${md5}`,
      ...(range ? { "Content-Range": `bytes ${start}-${body.length - 1}/${body.length}` } : {}),
    });
    if (range && start === 0 && drops > 0) {
      drops--; // cut the first ranged body short: the client must resume over TLS
      res.write(body.subarray(0, 5 << 20), () => res.destroy());
      return;
    }
    res.end(body.subarray(start));
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  base = `https://localhost:${(server!.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => (server ? (server.closeAllConnections(), server.close(() => r())) : r())));

/** Runs a snippet with the client in a child process that trusts the test certificate. */
function child(script: string, { trust = true } = {}): Promise<{ code: number; out: string }> {
  const file = path.join(dir, `snippet-${Math.random().toString(36).slice(2)}.mts`);
  fs.writeFileSync(file, script);
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ["--import", "tsx", file], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, NODE_EXTRA_CA_CERTS: trust ? path.join(dir, "cert.pem") : "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    p.on("close", (code) => resolve({ code: code ?? -1, out }));
  });
}

const http = path.resolve(import.meta.dirname, "../../src/core/http");

test(
  "a 24 MiB download over TLS: the static-buffer path, a resume after a cut, MD5 verified",
  { skip: !haveOpenssl && "openssl is not installed" },
  async () => {
    const dest = path.join(dir, "out", "big.bin");
    const r = await child(`
    import { downloadFile } from ${JSON.stringify(`${http}/download.ts`)};
    const clock = { now: () => Date.now(), sleep: async () => {} };
    const warnings = [];
    const res = await downloadFile({ source: async () => ({ url: ${JSON.stringify(`${base}/b/big.bin`)} }), dest: ${JSON.stringify(dest)},
      logger: { debug() {}, info() {}, warn: (m) => warnings.push(m) }, clock });
    console.log(JSON.stringify({ bytes: res.bytes, warnings: warnings.length }));
  `);
    assert.equal(r.code, 0, r.out);
    assert.deepEqual(JSON.parse(r.out.trim().split("\n").pop()!), { bytes: body.length, warnings: 1 });
    assert.ok(fs.readFileSync(dest).equals(body));
    // The probe GET, the ranged GET that was cut, then one resume from where the file stood.
    assert.equal(ranges.length, 3, ranges.join(", "));
    assert.deepEqual(ranges.slice(0, 2), ["", "bytes=0-"]);
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(ranges[2]!)?.[1]);
    assert.ok(resumedAt > 0 && resumedAt <= 5 << 20, `resumed at ${ranges[2]}, not from the start`);
  },
);

test("a 24 MiB upload over TLS through the ring-buffer path arrives whole", { skip: !haveOpenssl && "openssl is not installed" }, async () => {
  const file = path.join(dir, "up.bin");
  fs.writeFileSync(file, body);
  const r = await child(`
    import { uploadFile } from ${JSON.stringify(`${http}/upload.ts`)};
    const clock = { now: () => Date.now(), sleep: async () => {} };
    const res = await uploadFile({ url: ${JSON.stringify(`${base}/upload/o?uploadType=resumable&upload_id=x`)}, file: ${JSON.stringify(file)}, size: ${body.length},
      logger: { debug() {}, info() {}, warn() {} }, clock });
    console.log(JSON.stringify(res));
  `);
  assert.equal(r.code, 0, r.out);
  assert.ok(received?.equals(body), `received ${received?.length} bytes`);
});

test(
  "RPCs and a small upload over TLS go through the kept-alive client, one connection; an untrusted certificate is refused",
  { skip: !haveOpenssl && "openssl is not installed" },
  async () => {
    const file = path.join(dir, "small.bin");
    fs.writeFileSync(file, body.subarray(0, 100 << 10));
    const script = `
    import { Transport } from ${JSON.stringify(`${http}/transport.ts`)};
    import { uploadFile } from ${JSON.stringify(`${http}/upload.ts`)};
    const clock = { now: () => Date.now(), sleep: async () => {} };
    const t = new Transport({ endpoint: ${JSON.stringify(base)}, retry: { maxAttempts: 1 } });
    const ports = [(await t.call("s.S", "A")).port, (await t.call("s.S", "B")).port];
    await uploadFile({ url: ${JSON.stringify(`${base}/upload/o?upload_id=small`)}, file: ${JSON.stringify(file)}, size: ${100 << 10},
      logger: { debug() {}, info() {}, warn() {} }, clock, retry: { maxAttempts: 1 } });
    console.log(JSON.stringify(ports));
  `;
    const r = await child(script);
    assert.equal(r.code, 0, r.out);
    const ports = JSON.parse(r.out.trim().split("\n").pop()!) as number[];
    assert.equal(ports[0], ports[1]);
    assert.ok(received?.equals(body.subarray(0, 100 << 10)), `received ${received?.length} bytes`);
    const refused = await child(script, { trust: false });
    assert.notEqual(refused.code, 0);
    assert.match(
      refused.out,
      /Could not reach https:\/\/localhost:\d+\/api\/v1\/s\.S\/A: (DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)/,
    );
  },
);
