/**
 * `kaggle kernels …` end to end against the emulator on port 0: every command and flag, the
 * official outputs byte for byte, and a pushed script whose output is downloaded, submitted
 * to the demo competition and scored.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { startTestEmulator, useEmulator } from "../helpers/emulator";
import { findPython } from "../../src/emulator/kernels/runner";
import { SPACESHIP_TRAIN_SCRIPT } from "../../src/emulator/kernels/demo";
import { runCli } from "../helpers/cli";

const tmp = (p = "kcli-") => fs.mkdtempSync(path.join(os.tmpdir(), p));
const cli = (...argv: string[]) => runCli(argv, { env });
const hasPython = findPython() !== undefined;

const emu = useEmulator({}, async () => {
  emu.state.kernels.queueDelayMs = 50;
  emu.state.kernels.simulatedRunMs = 300;
});
const env = emu.env;

function kernelFolder(meta: Record<string, unknown>, code: string, codeFile = "main.py"): string {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, "kernel-metadata.json"), JSON.stringify(meta, null, 2));
  fs.writeFileSync(path.join(dir, codeFile), code);
  return dir;
}

test("list: table, CSV, JSON, filters and the official validation texts", async () => {
  const table = await cli("kernels", "list", "--user", "carol");
  assert.equal(table.code, 0);
  assert.equal(
    table.stdout,
    "ref                         title                 author      lastRunTime          totalVotes  \n" +
      "--------------------------  --------------------  ----------  -------------------  ----------  \n" +
      "carol/home-values-eda-in-r  Home Values EDA in R  Carol Chen  2026-07-15 15:30:00           7  \n",
  );
  const csv = await cli("k", "list", "-v", "--user", "carol");
  assert.equal(
    csv.stdout,
    "ref,title,author,lastRunTime,totalVotes\r\ncarol/home-values-eda-in-r,Home Values EDA in R,Carol Chen,2026-07-15 15:30:00,7\r\n",
  );
  const json = await cli("kernels", "list", "--format", "json", "--user", "carol");
  assert.deepEqual(JSON.parse(json.stdout), [
    { ref: "carol/home-values-eda-in-r", title: "Home Values EDA in R", author: "Carol Chen", lastRunTime: "2026-07-15T15:30:00", totalVotes: 7 },
  ]);
  const mine = await cli(
    "kernels",
    "list",
    "-m",
    "--sort-by",
    "dateCreated",
    "--page-size",
    "2",
    "-p",
    "1",
    "--language",
    "python",
    "--kernel-type",
    "script",
    "--output-type",
    "all",
  );
  assert.equal(mine.code, 0, mine.stderr);
  assert.equal(mine.stdout.trim().split("\n").length, 4);
  const filters = await cli(
    "kernels",
    "list",
    "-s",
    "forest",
    "--competition",
    "spaceship-survival",
    "--parent",
    "alice/spaceship-baseline",
    "--dataset",
    "alice/none-such",
    "--sort-by",
    "relevance",
  );
  assert.equal(filters.stdout, "Not found\n");
  const big = await cli("kernels", "list", "--page-size", "500", "--user", "carol", "--output-type", "visualization");
  assert.equal(big.code, 0);
  assert.match(big.stderr, /--page-size 500 lowered to 100/);
  const bad: [string[], string][] = [
    [["-p", "0"], "Page number must be >= 1"],
    [["--page-size", "0"], "Page size must be >= 1"],
    [["--language", "cobol"], "Invalid language specified. Valid options are ['all', 'python', 'r', 'sqlite', 'julia']"],
    [["--kernel-type", "app"], "Invalid kernel type specified. Valid options are ['all', 'script', 'notebook']"],
    [["--output-type", "visualizations"], "Invalid output type specified. Valid options are ['all', 'visualization', 'data']"],
    [
      ["--sort-by", "stars"],
      "Invalid sort by type specified. Valid options are ['hotness', 'commentCount', 'dateCreated', 'dateRun', 'relevance', 'scoreAscending', 'scoreDescending', 'viewCount', 'voteCount']",
    ],
    [["--sort-by", "relevance", "-s", ""], "Cannot sort by relevance without a search term."],
    [["--dataset", "nodash"], "Dataset must be specified in the form of '{username}/{dataset-slug}'"],
    [["--parent", "alice/abc"], "Kernel slug must be at least five characters"],
  ];
  for (const [argv, message] of bad) {
    const r = await cli("kernels", "list", ...argv);
    assert.equal(r.code, 1, argv.join(" "));
    assert.equal(r.stderr, `${message}\n`);
    assert.equal(r.stdout, "");
  }
});

test("init writes upstream's template; a bad folder is refused", async () => {
  const dir = tmp();
  const r = await cli("kernels", "init", "-p", dir);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, `Kernel metadata template written to: ${dir}/kernel-metadata.json\n`);
  const text = fs.readFileSync(path.join(dir, "kernel-metadata.json"), "utf8");
  assert.ok(text.startsWith('{\n  "id": "alice/INSERT_KERNEL_SLUG_HERE",'));
  const push = await cli("kernels", "push", "-p", dir);
  assert.equal(push.code, 1);
  assert.match(push.stderr, /^Source file not found: .*INSERT_CODE_FILE_PATH_HERE/);
  const bad = await cli("kernels", "init", "-p", path.join(dir, "nope"));
  assert.equal(bad.stderr, `Invalid folder: ${dir}/nope\n`);
  assert.equal(bad.code, 1);
});

test("push: official lines, warnings, -t/--accelerator on the wire, errors exit 1, nothing sent on bad metadata", async () => {
  const before = emu.state.kernels.kernels.length;
  const bad = kernelFolder(
    {
      id: "alice/broken-kernel",
      title: "Broken Kernel",
      code_file: "main.py",
      language: "python",
      kernel_type: "script",
      docker_image_pinning_type: "pinned",
    },
    "print(1)\n",
  );
  const refused = await cli("kernels", "push", "-p", bad);
  assert.equal(refused.code, 1);
  assert.match(
    refused.stderr,
    /^If specified, the docker_image_pinning_type must be one of \['original', 'latest'\] \(.*kernel-metadata.json:7\)\n$/,
  );
  assert.equal(emu.state.kernels.kernels.length, before, "no request was made");

  const dir = kernelFolder(
    {
      id: "alice/cli-push-test",
      title: "A Different Title",
      code_file: "main.py",
      language: "python",
      kernel_type: "script",
      competition_sources: ["nope-comp"],
      keywords: ["bad tag!"],
    },
    "print('hi')\n",
  );
  const r = await cli("kernels", "push", "-p", dir, "-t", "120", "--accelerator", "NvidiaTeslaT4");
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    "Your kernel title does not resolve to the specified id. This may result in surprising behavior. We suggest making your title something that resolves to the specified id. See https://en.wikipedia.org/wiki/Clean_URL#Slug for more information on how slugs are determined.\n" +
      "The following are not valid tags and could not be added to the kernel: ['bad tag!']\n" +
      "The following are not valid competition sources and could not be added to the kernel: ['nope-comp']\n" +
      `Kernel version 1 successfully pushed.  Please check progress at ${emu.url}/code/alice/cli-push-test\n`,
  );
  const rec = emu.state.kernels.kernels.find((k) => k.slug === "cli-push-test")!;
  assert.equal(rec.versions[0]!.sessionTimeoutSeconds, 120);
  assert.equal(rec.versions[0]!.machineShape, "NvidiaTeslaT4");

  const again = await cli("kernels", "update", "-p", dir, "--format", "json");
  assert.equal(again.code, 0);
  const summary = JSON.parse(again.stdout);
  assert.equal(summary.versionNumber, 2);
  assert.equal(summary.ref, "alice/cli-push-test");
  assert.match(again.stderr, /Your kernel title does not resolve/);

  const notMine = kernelFolder(
    { id: "bob/spaceship-random-forest", title: "Spaceship Random Forest", code_file: "main.py", language: "python", kernel_type: "script" },
    "x",
  );
  const err = await cli("kernels", "push", "-p", notMine);
  assert.equal(err.code, 1);
  assert.match(err.stdout, /^Kernel push error: Notebook not found/);
  const noWait = await cli("kernels", "push", "-p", dir, "--wait-timeout", "5");
  assert.equal(noWait.stderr, "--wait-timeout needs --wait\n");
});

test("push --wait: a kernel that raises exits 1 with its failure message; status names a version", { skip: !hasPython && "no python3" }, async () => {
  const dir = kernelFolder(
    { id: "alice/will-raise", title: "Will Raise", code_file: "main.py", language: "python", kernel_type: "script" },
    "raise RuntimeError('nope')\n",
  );
  const r = await cli("kernels", "push", "-p", dir, "--wait", "--wait-timeout", "30");
  assert.equal(r.code, 1);
  assert.match(r.stdout, /Kernel version 1 successfully pushed\./);
  assert.match(r.stdout, /alice\/will-raise has status "KernelWorkerStatus.ERROR"\nFailure message: "Kernel run failed: RuntimeError: nope"\n$/);
  const st = await cli("kernels", "status", "alice/will-raise");
  assert.equal(st.code, 0);
  assert.equal(st.stdout, 'alice/will-raise has status "KernelWorkerStatus.ERROR"\nFailure message: "Kernel run failed: RuntimeError: nope"\n');
  const bare = await cli("kernels", "status", "will-raise", "--format", "json");
  assert.deepEqual(JSON.parse(bare.stdout), { ref: "alice/will-raise", status: "ERROR", failureMessage: "Kernel run failed: RuntimeError: nope" });
  fs.writeFileSync(path.join(dir, "main.py"), "print('fixed')\n");
  await cli("kernels", "push", "-p", dir, "--wait", "--wait-timeout", "30");
  const old = await cli("kernels", "status", "alice/will-raise/1");
  assert.equal(old.code, 0, old.stderr);
  assert.equal(old.stdout, 'alice/will-raise/1 has status "KernelWorkerStatus.ERROR"\nFailure message: "Kernel run failed: RuntimeError: nope"\n');
  const v2 = await cli("kernels", "status", "alice/will-raise/2");
  assert.equal(v2.code, 0);
  assert.equal(v2.stdout, 'alice/will-raise/2 has status "KernelWorkerStatus.COMPLETE"\n');
  const v3 = await cli("kernels", "status", "alice/will-raise/3");
  assert.equal(v3.code, 1);
  assert.equal(v3.stderr, "Version 3 of kernel 'alice/will-raise' not found.\n");
  const timedOut = kernelFolder(
    { id: "alice/slow-kernel", title: "Slow Kernel", code_file: "main.py", language: "python", kernel_type: "script" },
    "import time\ntime.sleep(30)\n",
  );
  const w = await cli("kernels", "push", "-p", timedOut, "--wait", "--wait-timeout", "1", "-t", "5");
  assert.equal(w.code, 1);
  assert.match(w.stderr, /alice\/slow-kernel version 1 was still running after 1 s; raise the wait timeout/);
});

test(
  "a script kernel trains on competition data, its submission.csv is downloaded, submitted and scored",
  { skip: !hasPython && "no python3" },
  async () => {
    const dir = kernelFolder(
      {
        id: "alice/spaceship-trainer",
        title: "Spaceship Trainer",
        code_file: "train.py",
        language: "python",
        kernel_type: "script",
        competition_sources: ["spaceship-survival"],
        is_private: "true",
        enable_internet: "false",
      },
      SPACESHIP_TRAIN_SCRIPT,
      "train.py",
    );
    const push = await cli("kernels", "push", "-p", dir, "--wait", "-q");
    assert.equal(push.code, 0, push.stdout + push.stderr);
    assert.match(push.stdout, /alice\/spaceship-trainer has status "KernelWorkerStatus.COMPLETE"\n$/);
    const out = path.join(dir, "out");
    const o = await cli("kernels", "output", "alice/spaceship-trainer", "-p", out);
    assert.equal(o.code, 0, o.stderr);
    assert.equal(o.stdout, `Output file downloaded to ${out}/submission.csv\nKernel log downloaded to ${out}/spaceship-trainer.log \n`);
    const log = fs.readFileSync(path.join(out, "spaceship-trainer.log"), "utf8");
    assert.match(log, /wrote submission.csv with 300 predictions/);
    const sub = await cli(
      "competitions",
      "submit",
      "spaceship-survival",
      "-f",
      path.join(out, "submission.csv"),
      "-m",
      "from kernel",
      "--wait",
      "-q",
    );
    assert.equal(sub.code, 0, sub.stdout + sub.stderr);
    const scored = emu.state.competitions.submissions.filter((s) => s.description === "from kernel");
    assert.equal(scored.length, 1);
    assert.equal(scored[0]!.status, "COMPLETE");
    assert.ok(scored[0]!.publicScore! > 0.5, `score ${scored[0]!.publicScore}`);
    // The code-submission path reads the same output through the kernels domain.
    const resolved = await emu.runtime.extensions.resolveKernelOutput!("alice", "spaceship-trainer", 1, undefined);
    assert.equal(resolved?.fileName, "submission.csv");
  },
);

test("output: pattern, max size, skip and force, -w and the config path, quiet, paging", async () => {
  const dir = tmp();
  const all = await cli("kernels", "output", "alice/gpu-warmup", "-p", dir);
  assert.equal(all.stdout, `Output file downloaded to ${dir}/model/weights.bin\nKernel log downloaded to ${dir}/gpu-warmup.log \n`);
  const again = await cli("kernels", "output", "alice/gpu-warmup", "-p", dir);
  assert.equal(
    again.stdout,
    `weights.bin: Skipping, found more recently modified local copy (use --force to force download)\nKernel log downloaded to ${dir}/gpu-warmup.log \n`,
  );
  const forced = await cli("kernels", "output", "alice/gpu-warmup", "-p", dir, "-o", "-q");
  assert.equal(forced.stdout, "");
  const small = await cli("kernels", "output", "alice/gpu-warmup", "-p", tmp(), "--max-size", "1KB", "-q");
  assert.equal(small.code, 0);
  const d2 = tmp();
  const sized = await cli("kernels", "output", "alice/gpu-warmup", "-p", d2, "--max-size", "1KB");
  assert.equal(sized.stdout.split("\n")[0], "model/weights.bin: Skipping, 4096 bytes is larger than --max-size 1KB");
  assert.ok(!fs.existsSync(path.join(d2, "model", "weights.bin")));
  const d3 = tmp();
  const pat = await cli("kernels", "output", "alice/spaceship-baseline", "-p", d3, "--file-pattern", "^nothing");
  assert.equal(pat.stdout, `Kernel log downloaded to ${d3}/spaceship-baseline.log \n`);
  const badPat = await cli("kernels", "output", "alice/spaceship-baseline", "-p", d3, "--file-pattern", "(");
  assert.equal(badPat.code, 1);
  assert.match(badPat.stderr, /^Invalid regex pattern '\(': /);
  const home = tmp();
  const withPath = await runCli(["kernels", "output", "alice/spaceship-baseline", "-q"], { env: { ...env, KAGGLE_PATH: home } });
  assert.equal(withPath.code, 0, withPath.stderr);
  assert.ok(fs.existsSync(path.join(home, "kernels", "alice", "spaceship-baseline", "output", "submission.csv")));
  const cwd = process.cwd();
  const here = tmp();
  process.chdir(here);
  try {
    const w = await cli("kernels", "output", "alice/spaceship-baseline", "-w", "-q");
    assert.equal(w.code, 0);
    assert.ok(fs.existsSync(path.join(here, "submission.csv")));
  } finally {
    process.chdir(cwd);
  }
  const notDir = path.join(here, "submission.csv");
  const nd = await cli("kernels", "output", "alice/spaceship-baseline", "-p", notDir);
  assert.equal(nd.stderr, "You must specify a directory for the kernels output\n");
  const missing = await cli("kernels", "output");
  assert.equal(missing.stderr, "A kernel must be specified\n");
  const page = await cli(
    "kernels",
    "output",
    "alice/spaceship-baseline",
    "-p",
    tmp(),
    "--page-size",
    "1",
    "--page-token",
    Buffer.from("o:0").toString("base64url"),
  );
  assert.equal(page.code, 0);
  assert.doesNotMatch(page.stdout, /Kernel log downloaded/);
});

test("pull: source and metadata, version, -k, from kernel-metadata.json, -w, config path", async () => {
  const dir = tmp();
  const r = await cli("kernels", "pull", "alice/spaceship-baseline", "-p", dir);
  assert.equal(r.stdout, `Source code downloaded to ${dir}/spaceship-baseline.py\n`);
  assert.equal(fs.readFileSync(path.join(dir, "spaceship-baseline.py"), "utf8"), SPACESHIP_TRAIN_SCRIPT);
  const v1 = await cli("kernels", "get", "-k", "alice/spaceship-baseline/1", "-p", tmp());
  assert.equal(v1.code, 0);
  const d = tmp();
  const m = await cli("kernels", "pull", "bob/spaceship-random-forest", "-p", d, "-m");
  assert.equal(m.stdout, `Source code and metadata downloaded to ${d}\n`);
  const meta = JSON.parse(fs.readFileSync(path.join(d, "kernel-metadata.json"), "utf8"));
  assert.equal(meta.id, "bob/spaceship-random-forest");
  assert.equal(meta.code_file, "spaceship-random-forest.ipynb");
  const fromMeta = await cli("kernels", "pull", "-p", d);
  assert.equal(fromMeta.stdout, `Using kernel bob/spaceship-random-forest\nSource code downloaded to ${d}/spaceship-random-forest.ipynb\n`);
  const none = await cli("kernels", "pull", "-p", tmp());
  assert.equal(none.code, 1);
  assert.match(none.stderr, /^A kernel must be specified/);
  const priv = await cli("kernels", "pull", "carol/private-experiments", "-p", tmp());
  assert.equal(priv.code, 1);
  const home = tmp();
  const cfg = await runCli(["kernels", "pull", "spaceship-eda"], { env: { ...env, KAGGLE_PATH: home } });
  assert.equal(cfg.code, 0, cfg.stderr);
  assert.ok(fs.existsSync(path.join(home, "kernels", "alice", "spaceship-eda", "spaceship-eda.ipynb")));
});

test("output file names that would escape the target folder are refused before anything is written", async () => {
  const hostile = await startTestEmulator({
    scenario: {
      users: [{ username: "mallory", key: "0123456789abcdef0123456789abcdef" }],
      kernels: [
        {
          owner: "mallory",
          slug: "evil-output",
          versions: [
            {
              status: "complete",
              outputs: [
                { name: "ok.txt", content: "fine" },
                { name: "../escaped.txt", content: "pwned" },
              ],
            },
          ],
        },
        { owner: "mallory", slug: "abs-output", versions: [{ status: "complete", outputs: [{ name: "/tmp/abs-escape.txt", content: "pwned" }] }] },
      ],
    },
  });
  try {
    const henv = { KAGGLE_API_ENDPOINT: hostile.url, KAGGLE_USERNAME: "mallory", KAGGLE_KEY: "0123456789abcdef0123456789abcdef" };
    const parent = tmp();
    const target = path.join(parent, "out");
    const r = await runCli(["kernels", "output", "mallory/evil-output", "-p", target], { env: henv });
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      `Refusing output file '../escaped.txt' from the server: its name would be written outside ${target}. Nothing of this output was downloaded\n`,
    );
    assert.ok(!fs.existsSync(path.join(parent, "escaped.txt")));
    assert.ok(!fs.existsSync(path.join(target, "ok.txt")));
    const abs = await runCli(["kernels", "output", "mallory/abs-output", "-p", target], { env: henv });
    assert.equal(abs.code, 1);
    assert.match(abs.stderr, /^Refusing output file '\/tmp\/abs-escape.txt'/);
  } finally {
    await hostile.close();
  }
});

test("files: a page of output files with Kaggle's dates; paging; an unknown kernel is one line", async () => {
  const r = await cli("kernels", "files", "alice/spaceship-baseline");
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split("\n");
  assert.match(lines[0]!, /^name +size +creationDate +$/);
  assert.match(r.stdout, /submission\.csv +\d+ +\d{1,2}:\d{2} [ap]m, [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4} UTC/);
  const csv = await cli("kernels", "files", "alice/spaceship-baseline", "-v");
  assert.match(csv.stdout, /^name,size,creationDate\r\n/);
  const json = await cli("kernels", "files", "-k", "alice/spaceship-baseline", "--format", "json");
  const files = JSON.parse(json.stdout) as { name: string; size: number }[];
  assert.ok(files.length >= 1 && typeof files[0]!.size === "number");
  if (files.length > 1) {
    const paged = await cli("kernels", "files", "alice/spaceship-baseline", "--page-size", "1");
    assert.match(paged.stdout, /^Next Page Token = \S+\n/);
  }
  const missing = await cli("kernels", "files", "alice/no-such-kernel");
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr.trim().split("\n").length, 1);
});

test("delete: asks [yes/no] (answers read from standard input), -y skips it, a closed input deletes nothing", async () => {
  const { confirm } = await import("../../src/cli/prompt");
  const { Readable } = await import("node:stream");
  const out = {
    text: "",
    write(s: string) {
      out.text += s;
      return true;
    },
  };
  const ctx = { out: (s: string) => out.write(s) } as never;
  assert.equal(await confirm(ctx, "Sure?", Readable.from(["maybe\n", "n\n"])), false);
  assert.equal(out.text, "Sure? [yes/no] Sure? [yes/no] ", "asks again after an answer it does not know");
  assert.equal(await confirm(ctx, "Sure?", Readable.from(["YES\n"])), true);
  assert.equal(await confirm(ctx, "Sure?", Readable.from([])), undefined);

  const { runBundle } = await import("../helpers/cli");
  const no = await runBundle("cli", ["kernels", "delete", "alice/spaceship-eda"], { env, input: "no\n" });
  assert.deepEqual([no.code, no.stdout], [0, "Are you sure you want to delete the kernel: alice/spaceship-eda? [yes/no] Deletion cancelled\n"]);
  const closed = await runBundle("cli", ["kernels", "delete", "alice/spaceship-eda"], { env, input: "" });
  assert.equal(closed.code, 1);
  assert.match(closed.stderr, /^No answer on standard input: nothing was deleted; add -y/);
  assert.ok(
    emu.state.kernels.kernels.some((k) => k.slug === "spaceship-eda"),
    "still there",
  );

  const yes = await cli("kernels", "delete", "alice/spaceship-eda", "-y");
  assert.deepEqual([yes.code, yes.stdout], [0, "Kernel alice/spaceship-eda deleted successfully\n"]);
  assert.ok(!emu.state.kernels.kernels.some((k) => k.slug === "spaceship-eda"));
  const other = await cli("kernels", "delete", "bob/no-such-kernel", "-y");
  assert.equal(other.code, 1);
  const bare = await cli("kernels", "delete", "spaceship-eda", "-y");
  assert.deepEqual([bare.code, bare.stderr], [1, "Kernel must be in format [owner]/[kernel-name]\n"]);
});
