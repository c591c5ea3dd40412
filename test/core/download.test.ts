import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { downloadFile } from "../../src/core/http/download";
import { silentLogger } from "../../src/core/env";
import { IntegrityError } from "../../src/core/errors";
import { FakeClock } from "../helpers/clock";
import { referenceCrc32cBase64 } from "../helpers/crc32c";
import { scriptedServer, type Handler } from "../helpers/server";

const body = Buffer.alloc(300_000, 0).map((_, i) => (i * 7) & 0xff);
const md5 = createHash("md5").update(body).digest("base64");
const crc32c = referenceCrc32cBase64(body);

function file(headers: Record<string, string>, payload = body): Handler {
  return (req, res) => {
    const range = /^bytes=(\d+)-$/.exec(String(req.headers.range ?? ""));
    const start = range ? Number(range[1]) : 0;
    res.writeHead(range ? 206 : 200, {
      "Content-Length": String(payload.length - start),
      "Accept-Ranges": "bytes",
      "Last-Modified": "Tue, 02 Jan 2024 03:04:05 GMT",
      ...(range ? { "Content-Range": `bytes ${start}-${payload.length - 1}/${payload.length}` } : {}),
      ...headers,
    });
    res.end(payload.subarray(start));
  };
}

function dir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "dl-"));
}

test("verifies the x-goog-hash CRC-32C, sets mtime from Last-Modified, leaves no .part", async () => {
  const srv = await scriptedServer([file({ "x-goog-hash": `crc32c=${crc32c}, md5=${md5}` })]);
  try {
    const d = dir();
    const r = await downloadFile({
      source: async () => ({ url: `${srv.url}/f/data.bin` }),
      dest: path.join(d, "data.bin"),
      logger: silentLogger,
      clock: new FakeClock(),
    });
    assert.equal(r.status, "downloaded");
    assert.equal(r.verified, "crc32c");
    assert.deepEqual(fs.readFileSync(path.join(d, "data.bin")), body);
    assert.equal(fs.statSync(path.join(d, "data.bin")).mtime.toISOString(), "2024-01-02T03:04:05.000Z");
    assert.deepEqual(fs.readdirSync(d), ["data.bin"]);
  } finally {
    await srv.close();
  }
});

for (const [label, hash, message] of [
  ["an MD5", "md5=AAAAAAAAAAAAAAAAAAAAAA==", /Checksum mismatch for data\.bin: expected MD5 AAAAAAAAAAAAAAAAAAAAAA==, got /],
  // The MD5 is right; the CRC-32C, which is the one checked, is not.
  ["a CRC-32C", `crc32c=AAAAAA==,md5=${md5}`, /Checksum mismatch for data\.bin: expected CRC32C AAAAAA==, got .+; the corrupt file was removed/],
] as const) {
  test(`${label} mismatch fails and removes the corrupt file`, async () => {
    const srv = await scriptedServer([file({ "x-goog-hash": hash })]);
    try {
      const d = dir();
      await assert.rejects(
        downloadFile({
          source: async () => ({ url: `${srv.url}/f/data.bin` }),
          dest: path.join(d, "data.bin"),
          logger: silentLogger,
          clock: new FakeClock(),
        }),
        (e: unknown) => e instanceof IntegrityError && message.test(e.message),
      );
      assert.deepEqual(fs.readdirSync(d), []);
    } finally {
      await srv.close();
    }
  });
}

test("resumes an existing .part with Range and checks the whole file's MD5", async () => {
  const srv = await scriptedServer([file({ "x-goog-hash": `md5=${md5}` })]);
  try {
    const d = dir();
    fs.writeFileSync(path.join(d, "data.bin.part"), body.subarray(0, 100_000));
    const r = await downloadFile({
      source: async () => ({ url: `${srv.url}/f/data.bin` }),
      dest: path.join(d, "data.bin"),
      logger: silentLogger,
      clock: new FakeClock(),
    });
    assert.equal(r.resumedFrom, 100_000);
    assert.equal(srv.seen.at(-1)!.headers.range, "bytes=100000-");
    assert.deepEqual(fs.readFileSync(path.join(d, "data.bin")), body);
  } finally {
    await srv.close();
  }
});

test("a server that ignores Range restarts from zero instead of corrupting the file", async () => {
  const ignoring: Handler = (_req, res) => {
    res.writeHead(200, { "Content-Length": String(body.length), "Accept-Ranges": "bytes" });
    res.end(body);
  };
  const srv = await scriptedServer([ignoring]);
  try {
    const d = dir();
    fs.writeFileSync(path.join(d, "data.bin.part"), Buffer.alloc(1000, 9));
    await downloadFile({
      source: async () => ({ url: `${srv.url}/f/data.bin` }),
      dest: path.join(d, "data.bin"),
      logger: silentLogger,
      clock: new FakeClock(),
    });
    assert.deepEqual(fs.readFileSync(path.join(d, "data.bin")), body);
  } finally {
    await srv.close();
  }
});

test("a short body is an error that keeps the .part for the next run", async () => {
  const short: Handler = (_req, res) => {
    res.writeHead(200, { "Content-Length": String(body.length) });
    res.end(body.subarray(0, 1000));
  };
  const srv = await scriptedServer([short]);
  try {
    const d = dir();
    await assert.rejects(
      downloadFile({
        source: async () => ({ url: `${srv.url}/f/data.bin` }),
        dest: path.join(d, "data.bin"),
        logger: silentLogger,
        clock: new FakeClock(),
        retry: { maxAttempts: 1 },
      }),
    );
    assert.ok(!fs.existsSync(path.join(d, "data.bin")));
    assert.deepEqual(fs.readFileSync(path.join(d, "data.bin.part")), body.subarray(0, 1000), "the .part holds what arrived");
  } finally {
    await srv.close();
  }
});

// Bodies over 8 MiB take the static-buffer path of fastget.ts.
const big = Buffer.alloc(20 << 20);
for (let i = 0; i < big.length; i += 4) big.writeUInt32LE(i, i);
const bigMd5 = createHash("md5").update(big).digest("base64");
const bigCrc = referenceCrc32cBase64(big);

/**
 * Serves `big` with Range support; the first `drops` responses are cut after `dropAt` bytes.
 * `hash` is the x-goog-hash sent (its MD5 by default); `flip` corrupts that byte of the body.
 */
function bigFile(opts: { drops?: number; dropAt?: number; ignoreRange?: boolean; hash?: string; flip?: number } = {}): Handler {
  let drops = opts.drops ?? 0;
  return (req, res) => {
    const range = opts.ignoreRange ? null : /^bytes=(\d+)-$/.exec(String(req.headers.range ?? ""));
    const start = range ? Number(range[1]) : 0;
    res.writeHead(range ? 206 : 200, {
      "Content-Length": String(big.length - start),
      "Accept-Ranges": "bytes",
      "Last-Modified": "Tue, 02 Jan 2024 03:04:05 GMT",
      "x-goog-hash": opts.hash ?? `md5=${bigMd5}`,
      ...(range ? { "Content-Range": `bytes ${start}-${big.length - 1}/${big.length}` } : {}),
    });
    const payload = opts.flip === undefined ? big : Buffer.from(big);
    if (opts.flip !== undefined) payload[opts.flip]! ^= 1;
    if (req.method === "GET" && drops > 0 && start + (opts.dropAt ?? 0) < big.length) {
      drops--;
      res.write(payload.subarray(start, start + (opts.dropAt ?? 1 << 20)), () => res.destroy());
      return;
    }
    res.end(payload.subarray(start));
  };
}

test("a large body is written whole through the static-buffer path and verified", async () => {
  const srv = await scriptedServer([bigFile()]);
  try {
    const d = dir();
    const r = await downloadFile({
      source: async () => ({ url: `${srv.url}/f/big.bin` }),
      dest: path.join(d, "big.bin"),
      logger: silentLogger,
      clock: new FakeClock(),
    });
    assert.equal(r.bytes, big.length);
    assert.ok(fs.readFileSync(path.join(d, "big.bin")).equals(big));
    assert.equal(srv.seen.at(-1)!.headers.range, "bytes=0-", "the body was fetched again with a Range");
  } finally {
    await srv.close();
  }
});

test("a large body with a CRC-32C is checked by it across a resume, in the write path", async () => {
  const srv = await scriptedServer([bigFile({ drops: 1, dropAt: 5 << 20, hash: `crc32c=${bigCrc},md5=${bigMd5}` })]);
  try {
    const d = dir();
    const r = await downloadFile({
      source: async () => ({ url: `${srv.url}/f/big.bin` }),
      dest: path.join(d, "big.bin"),
      logger: silentLogger,
      clock: new FakeClock(),
    });
    assert.equal(r.verified, "crc32c");
    assert.ok(fs.readFileSync(path.join(d, "big.bin")).equals(big));
  } finally {
    await srv.close();
  }
});

test("one flipped bit in a large body fails its CRC-32C check and leaves no file", async () => {
  const srv = await scriptedServer([bigFile({ hash: `crc32c=${bigCrc}`, flip: 13 << 20 })]);
  try {
    const d = dir();
    await assert.rejects(
      downloadFile({
        source: async () => ({ url: `${srv.url}/f/big.bin` }),
        dest: path.join(d, "big.bin"),
        logger: silentLogger,
        clock: new FakeClock(),
      }),
      (e: unknown) => e instanceof IntegrityError && e.message.includes(`expected CRC32C ${bigCrc}, got `),
    );
    assert.deepEqual(fs.readdirSync(d), []);
  } finally {
    await srv.close();
  }
});

test("a large body dropped twice mid-way resumes from where it stood, byte-identical", async () => {
  const srv = await scriptedServer([bigFile({ drops: 3, dropAt: 3 << 20 })]);
  try {
    const d = dir();
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (m: string) => warnings.push(m) };
    await downloadFile({ source: async () => ({ url: `${srv.url}/f/big.bin` }), dest: path.join(d, "big.bin"), logger, clock: new FakeClock() });
    assert.ok(fs.readFileSync(path.join(d, "big.bin")).equals(big));
    assert.equal(warnings.length, 2, warnings.join("\n"));
    const ranges = srv.seen.map((s) => s.headers.range).filter(Boolean);
    assert.ok(
      ranges.some((r) => r !== "bytes=0-"),
      `resumed mid-file: ${ranges.join(", ")}`,
    );
  } finally {
    await srv.close();
  }
});

test("a large body from a server that ignores Range falls back to the ordinary stream", async () => {
  const srv = await scriptedServer([bigFile({ ignoreRange: true })]);
  try {
    const d = dir();
    fs.writeFileSync(path.join(d, "big.bin.part"), big.subarray(0, 1 << 20));
    await downloadFile({
      source: async () => ({ url: `${srv.url}/f/big.bin` }),
      dest: path.join(d, "big.bin"),
      logger: silentLogger,
      clock: new FakeClock(),
    });
    assert.ok(fs.readFileSync(path.join(d, "big.bin")).equals(big));
  } finally {
    await srv.close();
  }
});

test("a signed URL that expired while resuming is fetched again from the API", async () => {
  const cut: Handler = (_req, res) => {
    res.writeHead(200, { "Content-Length": String(body.length), "Accept-Ranges": "bytes", "x-goog-hash": `md5=${md5}` });
    res.write(body.subarray(0, 100_000), () => res.destroy());
  };
  const expired: Handler = (_req, res) => {
    res.writeHead(403);
    res.end("Request has expired");
  };
  const srv = await scriptedServer([cut, expired, file({ "x-goog-hash": `md5=${md5}` })]);
  try {
    const d = dir();
    let asked = 0;
    const source = async () => ({ url: `${srv.url}/${asked++ === 0 ? "old" : "new"}/data.bin` });
    await downloadFile({ source, dest: path.join(d, "data.bin"), logger: silentLogger, clock: new FakeClock() });
    assert.deepEqual(fs.readFileSync(path.join(d, "data.bin")), body);
    assert.equal(asked, 2, "a fresh URL was asked for once");
    assert.deepEqual(
      srv.seen.map((s) => s.url),
      ["/old/data.bin", "/old/data.bin", "/new/data.bin"],
    );
    assert.ok(srv.seen[1]!.headers.range, "the resume was a Range request");
    assert.equal(srv.seen[2]!.headers.range, srv.seen[1]!.headers.range, "the fresh URL resumed at the same byte");
  } finally {
    await srv.close();
  }
});
