/**
 * A hostile Kaggle server (and hostile archives) trying to make the client write outside the
 * folder it was given: links planted by a zip and followed by a later download, kernel slugs
 * and competition file names with `..` or an absolute path, signed URLs ending in `/`, output
 * files named `.`. The CLI runs in-process; the dataset-download action runs with the runner's
 * contract. Nothing may appear outside the destination, and each refusal is one line.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { assertFailedWith, runBundleStep, runnerFiles, visibleLog } from "../actions/harness";
import { runCli } from "../helpers/cli";
import { sandbox, tempFolders } from "../helpers/tmp";
import { makeZip } from "../helpers/zip";

/** Answers one RPC; `base` is the server's own URL (for redirects to its files). */
type Rpc = (body: Record<string, unknown>, base: string) => unknown;

interface FakeKaggle {
  url: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A fake Kaggle API on 127.0.0.1: `rpcs` answers `POST /api/v1/<service>/<Method>` by method
 * name (a `{ redirect }` answer becomes a 302), `files` serves `GET /files/<path>` verbatim.
 */
async function fakeKaggle(rpcs: Record<string, Rpc>, files: Record<string, Buffer> = {}): Promise<FakeKaggle> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      if (req.method === "GET" && url.pathname.startsWith("/files/")) {
        const data = files[decodeURIComponent(url.pathname.slice("/files/".length))];
        if (!data) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { "Content-Length": String(data.length), "Last-Modified": "Tue, 02 Jan 2024 03:04:05 GMT" });
        res.end(data);
        return;
      }
      const method = url.pathname.split("/").pop() ?? "";
      const rpc = rpcs[method];
      if (!rpc) {
        res.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify({ code: 404, message: `no ${method} here` }));
        return;
      }
      const text = Buffer.concat(chunks).toString("utf8");
      const answer = rpc(text ? (JSON.parse(text) as Record<string, unknown>) : {}, `http://${req.headers.host}`) as { redirect?: string };
      if (answer && typeof answer.redirect === "string") {
        res.writeHead(302, { Location: answer.redirect }).end();
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(answer ?? {}));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    env: { KAGGLE_API_ENDPOINT: url, KAGGLE_USERNAME: "mallory", KAGGLE_KEY: "0123456789abcdef0123456789abcdef" },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const servers: FakeKaggle[] = [];
async function hostile(rpcs: Record<string, Rpc>, files: Record<string, Buffer> = {}): Promise<FakeKaggle> {
  const s = await fakeKaggle(rpcs, files);
  servers.push(s);
  return s;
}
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
const tmp = tempFolders("paths-hostile-");

/** Every file and link below `dir`, relative, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const st = fs.lstatSync(path.join(dir, r));
      out.push(st.isSymbolicLink() ? `${r} -> ${fs.readlinkSync(path.join(dir, r))}` : st.isDirectory() ? `${r}/` : r);
      if (st.isDirectory()) walk(r);
    }
  };
  walk("");
  return out;
}

const PAYLOAD = Buffer.from("bytes the server wants written somewhere else\n");

/** A dataset server: the whole dataset is `zip`, one file is `f.bin`; `fileUrl` overrides its signed URL. */
function datasetRpcs(opts: { filePath?: string } = {}): Record<string, Rpc> {
  return {
    GetDatasetMetadata: () => ({ info: { title: "t", licenses: [{ name: "CC0-1.0" }] } }),
    ListDatasetFiles: () => ({ datasetFiles: [{ name: "f.bin", totalBytes: PAYLOAD.length }] }),
    DownloadDataset: (body, base) => ({ redirect: body.fileName ? `${base}/files/${opts.filePath ?? "f.bin"}` : `${base}/files/all.zip` }),
  };
}

/**
 * The link chain of the attack: `sh` → `.`, `sh/up` (that is, `up`) → `..`, and
 * `f.bin.part` → `sh/up/outside/f.bin`. Checked as text every target stays inside; followed on
 * disk the last one is outside.
 */
const chain = makeZip([
  { name: "sh", data: Buffer.from("."), method: 0, symlink: true },
  { name: "sh/up", data: Buffer.from(".."), method: 0, symlink: true },
  { name: "f.bin.part", data: Buffer.from("sh/up/outside/f.bin"), method: 0, symlink: true },
  { name: "readme.txt", data: Buffer.from("hello") },
]);

/** The same chain as an older client left it on disk after unzipping that archive. */
function plantChain(inside: string): void {
  fs.symlinkSync(".", path.join(inside, "sh"));
  fs.symlinkSync("..", path.join(inside, "up"));
  fs.symlinkSync("sh/up/outside/f.bin", path.join(inside, "f.bin.part"));
}

describe("writes outside the destination (issue 8, High 1-3)", () => {
  test("1. a zip's link chain is not extracted, and a planted chain is not written through by datasets download -f", async () => {
    const { inside, outside } = sandbox(tmp);
    const srv = await hostile(datasetRpcs(), { "all.zip": chain, "f.bin": PAYLOAD });
    const unzip = await runCli(["datasets", "download", "mallory/ds", "-p", inside, "--unzip"], { env: srv.env });
    assert.equal(unzip.code, 0, unzip.stderr);
    assert.deepEqual(tree(inside), ["readme.txt"], "no link from the archive reached the disk");
    assert.match(unzip.stderr, /Warning: Skipped "sh": it is a link \(to "\."\) and links in archives are not extracted/);
    assert.equal((unzip.stderr.match(/links in archives are not extracted/g) ?? []).length, 3);

    plantChain(inside);
    const r = await runCli(["datasets", "download", "mallory/ds", "-f", "f.bin", "-p", inside], { env: srv.env });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.stderr, `${path.join(inside, "f.bin.part")} is a link; a partial download is never written through it: remove it and run again\n`);
    assert.deepEqual(tree(outside), [], "nothing was written outside d1");

    // The final name itself planted as a link that leaves: refused, nothing outside.
    fs.rmSync(path.join(inside, "f.bin.part"));
    fs.writeFileSync(path.join(outside, "f.bin"), "the user's own file");
    fs.symlinkSync("up/outside/f.bin", path.join(inside, "f.bin"));
    const again = await runCli(["datasets", "download", "mallory/ds", "-f", "f.bin", "-p", inside, "--force"], { env: srv.env });
    assert.equal(again.code, 1, again.stdout);
    assert.match(
      again.stderr,
      /^Refusing file name "f\.bin" from the download URL .*: it goes through "f\.bin", a link that leads outside the folder/,
    );
    assert.equal(again.stderr.split("\n").length, 2, "one line");
    assert.deepEqual(tree(outside), ["f.bin"]);
    assert.equal(fs.readFileSync(path.join(outside, "f.bin"), "utf8"), "the user's own file");
  });

  test("1. the dataset-download action does not extract the zip's links either: one warning each", async () => {
    const srv = await hostile(datasetRpcs(), { "all.zip": chain });
    const step = await runBundleStep("dataset-download", { env: srv.env, inputs: { dataset: "mallory/ds/1", path: "d1" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.deepEqual(tree(path.join(step.files.workspace, "d1")), ["readme.txt"]);
    const warnings = step.log.split("\n").filter((l) => l.startsWith("::warning::"));
    assert.deepEqual(warnings, [
      '::warning::Skipped "sh": it is a link (to ".") and links in archives are not extracted',
      '::warning::Skipped "sh/up": it is a link (to "..") and links in archives are not extracted',
      '::warning::Skipped "f.bin.part": it is a link (to "sh/up/outside/f.bin") and links in archives are not extracted',
    ]);
    fs.rmSync(step.files.root, { recursive: true, force: true });
  });

  test("1. the dataset-download action does not write through a planted link chain either", async () => {
    const srv = await hostile(datasetRpcs(), { "f.bin": PAYLOAD });
    const step0 = { files: runnerFiles() };
    const dest = path.join(step0.files.workspace, "d1");
    fs.mkdirSync(dest);
    fs.mkdirSync(path.join(step0.files.workspace, "outside"));
    plantChain(dest);
    const step = await runBundleStep("dataset-download", {
      files: step0.files,
      env: srv.env,
      inputs: { dataset: "mallory/ds/1", files: "f.bin", path: "d1" },
    });
    assertFailedWith(step, `${fs.realpathSync(dest)}/f.bin.part is a link; a partial download is never written through it: remove it and run again`);
    assert.deepEqual(tree(path.join(step0.files.workspace, "outside")), []);
    fs.rmSync(step0.files.root, { recursive: true, force: true });
  });

  // Both escapes aim into the sandbox's "outside" folder, so even a broken client writes nothing beyond it.
  for (const kind of ["relative", "absolute"] as const) {
    test(`2. kernels pull refuses ${kind === "absolute" ? "an" : "a"} ${kind} blob.slug that leaves -p`, async () => {
      const { inside, outside } = sandbox(tmp);
      const slug = kind === "relative" ? "../outside/escaped" : path.join(outside, "escaped");
      const srv = await hostile({
        GetKernel: () => ({
          blob: { slug, kernelType: "script", language: "python", source: "print('pwned')" },
          metadata: { ref: "mallory/kernel1", title: "k" },
        }),
      });
      const r = await runCli(["kernels", "pull", "mallory/kernel1", "-p", inside], { env: srv.env });
      assert.equal(r.code, 1, r.stdout);
      const why = kind === "relative" ? "contains '..' and would be written outside the folder" : "has an absolute path";
      assert.equal(r.stderr, `Refusing code file name ${JSON.stringify(`${slug}.py`)} from the server: it ${why}; nothing was written\n`);
      assert.deepEqual(tree(inside), []);
      assert.deepEqual(tree(outside), []);
    });
  }

  test("3. the dataset-download action refuses competition file names with ../ before downloading anything", async () => {
    const downloads: string[] = [];
    const srv = await hostile(
      {
        ListDataFiles: () => ({
          files: [
            { name: "ok.csv", totalBytes: 3 },
            { name: "../../evil.csv", totalBytes: 3 },
          ],
        }),
        DownloadDataFile: (body, base) => {
          downloads.push(String(body.fileName));
          return { redirect: `${base}/files/evil.csv` };
        },
      },
      { "evil.csv": Buffer.from("x,y") },
    );
    const step = await runBundleStep("dataset-download", { env: srv.env, inputs: { competition: "hostile-comp", files: "*.csv", path: "data" } });
    assertFailedWith(
      step,
      `Refusing competition file name "../../evil.csv" from the server: it contains '..' and would be written outside the folder; nothing was written`,
    );
    assert.deepEqual(downloads, [], "nothing was downloaded");
    assert.deepEqual(
      tree(step.files.root).filter((f) => f.includes("evil")),
      [],
    );
    fs.rmSync(step.files.root, { recursive: true, force: true });
  });

  test("3. ...and still downloads honest competition files into sub-folders", async () => {
    const srv = await hostile(
      {
        ListDataFiles: () => ({ files: [{ name: "sub/ok.csv", totalBytes: 3 }] }),
        DownloadDataFile: (_body, base) => ({ redirect: `${base}/files/ok.csv` }),
      },
      { "ok.csv": Buffer.from("a,b") },
    );
    const step = await runBundleStep("dataset-download", { env: srv.env, inputs: { competition: "honest-comp", files: "**/*.csv", path: "data" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.deepEqual(tree(path.join(step.files.workspace, "data")), ["sub/", "sub/ok.csv"]);
    fs.rmSync(step.files.root, { recursive: true, force: true });
  });
});

test("--unzip honours KAGGLE_MAX_EXTRACT_BYTES: one line naming the variable, the zip kept, nothing extracted", async () => {
  const { inside } = sandbox(tmp);
  const srv = await hostile(datasetRpcs(), { "all.zip": makeZip([{ name: "big.csv", data: Buffer.alloc(5000, 1) }]) });
  const r = await runCli(["datasets", "download", "mallory/ds", "-p", inside, "--unzip"], { env: { ...srv.env, KAGGLE_MAX_EXTRACT_BYTES: "4096" } });
  assert.equal(r.code, 1, r.stdout);
  assert.equal(
    r.stderr.split("\n").slice(-2).join("\n"),
    `Refusing to unzip ${path.join(inside, "ds.zip")}: it would expand to 5000 bytes, more than the limit of 4096: raise the limit with KAGGLE_MAX_EXTRACT_BYTES=<bytes> (0 for no limit) if you trust this archive; nothing was extracted and the zip was kept\n`,
  );
  assert.deepEqual(tree(inside), ["ds.zip"]);
});

describe("stray files (issue 8, Low)", () => {
  test("a signed URL ending in / leaves no <dir>.part outside the folder", async () => {
    const { root, inside } = sandbox(tmp);
    const srv = await hostile(datasetRpcs({ filePath: "some/dir/" }), { "some/dir/": PAYLOAD });
    const r = await runCli(["datasets", "download", "mallory/ds", "-f", "f.bin", "-p", inside], { env: srv.env });
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /^Refusing file name "" from the download URL .*\/files\/some\/dir\/: it is empty; nothing was written\n$/);
    assert.deepEqual(tree(root), ["d1/", "outside/"]);
  });

  test("competitions download -f: a signed URL ending in / is refused the same way", async () => {
    const { root, inside } = sandbox(tmp);
    const srv = await hostile({ DownloadDataFile: (_body, base) => ({ redirect: `${base}/files/dir/` }) }, { "dir/": PAYLOAD });
    const r = await runCli(["competitions", "download", "hostile-comp", "-f", "train.csv", "-p", inside], { env: srv.env });
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /^Refusing file name "" from the download URL .*\/files\/dir\/: it is empty; nothing was written\n$/);
    assert.deepEqual(tree(root), ["d1/", "outside/"]);
  });

  test("an output file named . leaves no ..part", async () => {
    const { root, inside } = sandbox(tmp);
    const srv = await hostile(
      {
        ListKernelSessionOutput: (_body, base) => ({ files: [{ fileName: ".", url: `${base}/files/x` }], log: "" }),
      },
      { x: PAYLOAD },
    );
    const r = await runCli(["kernels", "output", "mallory/kernel1", "-p", inside], { env: srv.env });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(
      r.stderr,
      `Refusing output file '.' from the server: its name would be written outside ${inside}. Nothing of this output was downloaded\n`,
    );
    assert.deepEqual(tree(root), ["d1/", "outside/"]);
  });

  test("kernels output does not write through a link in the folder that leads outside", async () => {
    const { inside, outside } = sandbox(tmp);
    fs.symlinkSync(outside, path.join(inside, "sub"));
    const srv = await hostile(
      {
        ListKernelSessionOutput: (_body, base) => ({ files: [{ fileName: "sub/model.pkl", url: `${base}/files/x` }], log: "" }),
      },
      { x: PAYLOAD },
    );
    const r = await runCli(["kernels", "output", "mallory/kernel1", "-p", inside], { env: srv.env });
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /^Refusing output file "sub\/model\.pkl" from the server: it goes through "sub", a link that leads outside the folder/);
    assert.deepEqual(tree(outside), []);
  });
});
