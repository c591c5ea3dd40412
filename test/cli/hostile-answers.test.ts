/**
 * What the CLI prints and how it exits when a server (or the endpoint setting) is wrong: one
 * line, a non-zero exit, no retries where another attempt cannot help.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { FakeClock } from "../helpers/clock";
import { runCli } from "../helpers/cli";
import { json, scriptedServer, type Handler } from "../helpers/server";

const creds = { KAGGLE_USERNAME: "alice", KAGGLE_KEY: "0123456789abcdef0123456789abcdef" };

/** The download RPC redirects to `/files/train.csv`, which `file` answers. */
function download(file: Handler): Handler {
  return (req, res) => {
    if (req.url.includes("/api/v1/")) {
      res.writeHead(302, { Location: "/files/train.csv" });
      res.end();
    } else file(req, res);
  };
}

test("an HTTP 302 on an API call is an error, not an empty success", async () => {
  const redirect: Handler = (_req, res) => {
    res.writeHead(302, { Location: "https://elsewhere.example/login?next=x" });
    res.end();
  };
  const srv = await scriptedServer([redirect]);
  try {
    const clock = new FakeClock();
    const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: srv.url, ...creds }, clock });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /^ListCompetitions: the server answered with a redirect \(302 to https:\/\/elsewhere\.example\/login\)/);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.equal(srv.seen.length, 1, "not retried");
  } finally {
    await srv.close();
  }
});

test("an invalid endpoint URL fails at once with one line, no retries", async () => {
  for (const endpoint of ["htp:/x", "ftp://example.com", "not a url"]) {
    const clock = new FakeClock();
    const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: endpoint, ...creds }, clock });
    assert.equal(r.code, 1, endpoint);
    assert.match(r.stderr, /^Invalid Kaggle API endpoint '.*': use an http:\/\/ or https:\/\/ URL/, endpoint);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.deepEqual(clock.sleeps, [], `${endpoint}: no retry waits`);
  }
});

test("a refused connection is still retried per policy", async () => {
  const srv = await scriptedServer([json(200, {})]);
  const url = srv.url;
  await srv.close();
  const clock = new FakeClock();
  const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: url, ...creds }, clock });
  assert.equal(r.code, 1);
  assert.equal(clock.sleeps.length, 4, r.stderr);
  assert.match(r.stderr, /ECONNREFUSED.*gave up after 5 attempts/);
});

/** A JSON list answer streamed in chunks without a length, `items` entries long. */
function streamedList(items: number, endless = false): Handler {
  return (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    const chunk = `{"ref": "competitions/${"x".repeat(200)}"}, `.repeat(256);
    let sent = 0;
    res.write('{"competitions": [');
    const pump = () => {
      // Endless: stop only when the client goes away (or after 256 MiB, as a safety net).
      while (endless ? sent < 256 << 20 : sent < items) {
        sent += endless ? chunk.length : 256;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end('{"ref": "last"}]}');
    };
    res.on("close", () => (sent = Infinity));
    pump();
  };
}

test("a JSON answer past KAGGLE_MAX_JSON_MB fails with one line naming the limit and the setting", async () => {
  const srv = await scriptedServer([streamedList(20_000)]);
  try {
    const r = await runCli(["competitions", "list"], {
      env: { KAGGLE_API_ENDPOINT: srv.url, KAGGLE_MAX_JSON_MB: "1", ...creds },
      clock: new FakeClock(),
    });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, "");
    assert.equal(
      r.stderr,
      "ListCompetitions: the server's answer is larger than 1 MiB; if that is expected, raise the limit with KAGGLE_MAX_JSON_MB\n",
    );
    const raised = await runCli(["competitions", "list"], {
      env: { KAGGLE_API_ENDPOINT: srv.url, KAGGLE_MAX_JSON_MB: "16", ...creds },
      clock: new FakeClock(),
    });
    assert.equal(raised.code, 0, raised.stderr);
    assert.match(raised.stdout, /last/);
  } finally {
    await srv.close();
  }
});

test("an endless JSON answer is given up at the limit, with memory bounded", async () => {
  const srv = await scriptedServer([streamedList(0, true)]);
  try {
    const before = process.memoryUsage().rss;
    const r = await runCli(["competitions", "list"], {
      env: { KAGGLE_API_ENDPOINT: srv.url, KAGGLE_MAX_JSON_MB: "2", ...creds },
      clock: new FakeClock(),
    });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /larger than 2 MiB/);
    assert.ok(process.memoryUsage().rss - before < 200 << 20, "memory stays bounded");
  } finally {
    await srv.close();
  }
});

test("a declared Content-Length past the limit fails before the body is read", async () => {
  const srv = await scriptedServer([
    (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(100 << 20) });
      res.write('{"competitions": [');
    },
  ]);
  try {
    const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: srv.url, ...creds }, clock: new FakeClock() });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^ListCompetitions: the server's answer is larger than 64 MiB/);
  } finally {
    await srv.close();
  }
});

test("a list field of the wrong type gives one line naming the field", async () => {
  const cases: [string[], string, unknown][] = [
    [["competitions", "list"], "competitions", { competitions: "not a list" }],
    [["competitions", "files", "titanic"], "files", { files: { name: "x" } }],
    [["datasets", "list"], "datasets", { datasets: 7 }],
  ];
  for (const [argv, field, answer] of cases) {
    const srv = await scriptedServer([json(200, answer)]);
    try {
      const r = await runCli(argv, { env: { KAGGLE_API_ENDPOINT: srv.url, ...creds }, clock: new FakeClock() });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`^\\w+: the server's answer is malformed: field '${field}' should be a list but is `));
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    } finally {
      await srv.close();
    }
  }
});

test("a bad KAGGLE_MAX_JSON_MB is a one-line error", async () => {
  const r = await runCli(["competitions", "list"], {
    env: { KAGGLE_API_ENDPOINT: "http://127.0.0.1:9", KAGGLE_MAX_JSON_MB: "lots", ...creds },
    clock: new FakeClock(),
  });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^Invalid KAGGLE_MAX_JSON_MB 'lots'/);
});

test("KAGGLE_TRANSFER_TIMEOUT sets the stall window of a download", async () => {
  const slow = download((_req, res) => {
    res.writeHead(200, { "Content-Length": "100" });
    let n = 0;
    const timer = setInterval(() => {
      if (++n > 60 || res.destroyed) {
        clearInterval(timer);
        res.destroy();
      } else res.write("x");
    }, 50);
  });
  const srv = await scriptedServer([slow]);
  try {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stall-"));
    const env = { KAGGLE_API_ENDPOINT: srv.url, KAGGLE_TRANSFER_TIMEOUT: "0.3", ...creds };
    const r = await runCli(["competitions", "download", "titanic", "-f", "train.csv", "-p", dir, "-q"], { env, clock: new FakeClock() });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /failed: stalled: less than 1 KiB moved in 0\.3 s/);
    const bad = await runCli(["competitions", "download", "titanic", "-f", "train.csv", "-p", dir], {
      env: { ...env, KAGGLE_TRANSFER_TIMEOUT: "soon" },
    });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^Invalid KAGGLE_TRANSFER_TIMEOUT 'soon'/);
  } finally {
    await srv.close();
  }
});

test("server text is printed without terminal control and without credentials", async () => {
  const evil = "\u001b[31mred\u001b[0m\u001b]0;pwned\u0007\u009b2J\rover\u0007";
  const answer = {
    nextPageToken: "Bearer KGAT_0123456789abcdef0123",
    competitions: [{ ref: `https://www.kaggle.com/competitions/${evil}`, category: `key ${creds.KAGGLE_KEY}`, reward: "Basic statistics" }],
  };
  const srv = await scriptedServer([json(200, answer)]);
  try {
    for (const format of [[], ["--csv"], ["--format", "json"]]) {
      const r = await runCli(["competitions", "list", ...format], { env: { KAGGLE_API_ENDPOINT: srv.url, ...creds }, clock: new FakeClock() });
      assert.equal(r.code, 0, r.stderr);
      const printed = r.stdout + r.stderr;
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(printed.replace(/\r\n/g, "\n"), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, format.join(" "));
      assert.match(printed, /Next Page Token = Bearer \*\*\*\n/);
      assert.ok(!printed.includes("KGAT_"), "no access token");
      assert.ok(!printed.includes(creds.KAGGLE_KEY), "no key");
      // JSON keeps the data exact: its escapes (`\u001b`) are text, not terminal control.
      if (format[0] !== "--format") assert.match(printed, /competitions\/redover[ "]/);
      assert.match(printed, /Basic statistics/, "ordinary words stay");
    }
  } finally {
    await srv.close();
  }
});

test("an error message from the server is printed without terminal control", async () => {
  const srv = await scriptedServer([json(400, { code: 400, message: "bad \u001b[2J\u001b[Hrequest\u0007" })]);
  try {
    const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: srv.url, ...creds }, clock: new FakeClock() });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "bad request\n");
  } finally {
    await srv.close();
  }
});

test("a download with neither length nor checksum says so in the output", async () => {
  const unframed = download((_req, res) => {
    res.useChunkedEncodingByDefault = false;
    res.shouldKeepAlive = false;
    res.writeHead(200, { Connection: "close" });
    res.end("a,b\n1,2\n");
  });
  const srv = await scriptedServer([unframed]);
  try {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unverified-"));
    const r = await runCli(["competitions", "download", "titanic", "-f", "train.csv", "-p", dir], {
      env: { KAGGLE_API_ENDPOINT: srv.url, ...creds },
      clock: new FakeClock(),
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^Warning: train\.csv: not verified: the server sent no length or checksum/m);
    assert.equal(fs.readFileSync(path.join(dir, "train.csv"), "utf8"), "a,b\n1,2\n");
  } finally {
    await srv.close();
  }
});
