#!/usr/bin/env node
// Runs the kaggle-actions workflow setup → dataset-version → kernel-push (a notebook, not waited
// for) → kernel-status (collects it) → model-version (publishes its output) → competition-submit →
// leaderboard-gate (then setup's post step) through the committed bundles in dist/, each as a
// child process with the runner's contract (INPUT_* variables, GITHUB_OUTPUT, GITHUB_ENV,
// GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY, RUNNER_TEMP), against a kaggle-emulator it
// starts with the demo scenario. Prints each step's log, outputs and summary; exits 1 when a
// step fails. Usage: node scripts/demo-workflow.mjs [--keep]
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(import.meta.dirname, "..");
const keep = process.argv.includes("--keep");
const out = (text = "") => process.stdout.write(`${text}\n`);

function startEmulator() {
  const child = spawn(process.execPath, [path.join(root, "dist", "emulator", "index.js"), "--port", "0", "--scenario", "demo"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const vars = {};
    const lines = readline.createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const m = /^(KAGGLE_[A-Z_]+)=(.*)$/.exec(line);
      if (m) vars[m[1]] = m[2];
      if (vars.KAGGLE_API_ENDPOINT && vars.KAGGLE_USERNAME && vars.KAGGLE_KEY && vars.KAGGLE_API_TOKEN) resolve({ child, vars });
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`kaggle-emulator exited with ${code} before it was ready`)));
  });
}

/** `name<<DELIM … DELIM` and `name=value` lines of GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE. */
function parseFileCommands(text) {
  const result = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      result[heredoc[1]] = value.join("\n");
    } else if (lines[i].includes("=")) {
      result[lines[i].slice(0, lines[i].indexOf("="))] = lines[i].slice(lines[i].indexOf("=") + 1);
    }
  }
  return result;
}

const masks = new Set();
const redact = (text) => [...masks].reduce((t, m) => (m.length >= 4 ? t.split(m).join("***") : t), text);

/** The step log as the runner shows it: commands consumed, groups as headings, secrets masked. */
function showLog(log) {
  for (const line of log.split(/\r?\n/)) {
    if (line.startsWith("::add-mask::")) masks.add(line.slice("::add-mask::".length));
  }
  for (const line of log.split(/\r?\n/)) {
    if (!line || line.startsWith("::add-mask::") || line.startsWith("::debug::") || line === "::endgroup::") continue;
    const group = /^::group::(.*)$/.exec(line);
    const annotation = /^::(error|warning|notice)[^:]*::(.*)$/.exec(line);
    if (group) out(`  ▸ ${redact(group[1])}`);
    else if (annotation) out(`    ${annotation[1].toUpperCase()}: ${redact(decodeURIComponent(annotation[2]))}`);
    else out(`    ${redact(line)}`);
  }
}

/** Markdown summary as plain text: tables aligned, links spelled out, folds opened. */
function plainSummary(md) {
  const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const clean = (s) =>
    unescape(
      s
        .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_, t, u) => (t === u ? u : `${t} <${u}>`))
        .replace(/\*\*|`/g, "")
        .replace(/:white_check_mark:/g, "✔")
        .replace(/:x:/g, "✘")
        .replace(/:hourglass:/g, "…")
        .replace(/\\\|/g, "|"),
    );
  const lines = md.split("\n");
  const res = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith("|")) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith("|"); i++) {
        if (/^\|(\s*---\s*\|)+$/.test(lines[i])) continue;
        rows.push(
          lines[i]
            .replace(/^\|\s?|\s?\|$/g, "")
            .split(/(?<!\\)\|/)
            .map((c) => clean(c.trim())),
        );
      }
      i--;
      const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
      for (const r of rows)
        if (r.some(Boolean))
          res.push(
            r
              .map((c, j) => c.padEnd(widths[j]))
              .join("  ")
              .trimEnd(),
          );
      continue;
    }
    const line = lines[i]
      .replace(/<details><summary>(.*?)<\/summary>/, "$1:")
      .replace(/<\/?details>|<\/?pre>/g, "")
      .replace(/^#+\s*/, "");
    res.push(clean(line));
  }
  return res
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

async function main() {
  const emulator = await startEmulator();
  const { vars } = emulator;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-actions-demo-"));
  const workspace = path.join(tmp, "workspace");
  for (const dir of ["runner-temp", "tool-cache", "home"]) fs.mkdirSync(path.join(tmp, dir));
  fs.cpSync(path.join(root, "demo"), path.join(workspace, "demo"), { recursive: true });
  const event = path.join(tmp, "event.json");
  fs.writeFileSync(
    event,
    JSON.stringify({ head_commit: { id: "5eedc0ffee5eedc0ffee5eedc0ffee5eedc0ffee", message: "Demo: train the spaceship baseline" } }),
  );
  masks.add(vars.KAGGLE_KEY);
  masks.add(vars.KAGGLE_API_TOKEN);

  const jobEnv = {};
  const jobPath = [];
  let stepNo = 0;
  const runStep = (name, inputs, extraEnv = {}) =>
    new Promise((resolve, reject) => {
      stepNo++;
      const files = Object.fromEntries(["output", "env", "path", "state", "summary"].map((f) => [f, path.join(tmp, `${stepNo}-${name}.${f}`)]));
      for (const f of Object.values(files)) fs.writeFileSync(f, "");
      const env = {
        PATH: [...jobPath, process.env.PATH].join(path.delimiter),
        HOME: path.join(tmp, "home"),
        GITHUB_ACTIONS: "true",
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: "push",
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: "5eedc0ffee5eedc0ffee5eedc0ffee5eedc0ffee",
        GITHUB_REPOSITORY: "demo/kaggle-project",
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STATE: files.state,
        GITHUB_STEP_SUMMARY: files.summary,
        RUNNER_TEMP: path.join(tmp, "runner-temp"),
        RUNNER_TOOL_CACHE: path.join(tmp, "tool-cache"),
        ...jobEnv,
        ...extraEnv,
      };
      for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
      out(`\n━━ ${name} ${"━".repeat(Math.max(3, 60 - name.length))}`);
      const shown = Object.entries(inputs).map(([k, v]) => `${k}: ${redact(v)}`);
      if (shown.length) out(`  with: ${shown.join(", ")}`);
      const child = spawn(process.execPath, [path.join(root, "dist", name, "index.js")], { cwd: workspace, env, stdio: ["ignore", "pipe", "pipe"] });
      let log = "";
      child.stdout.on("data", (d) => (log += d));
      child.stderr.on("data", (d) => (log += d));
      child.on("error", reject);
      child.on("close", (code) => {
        showLog(log);
        const outputs = parseFileCommands(fs.readFileSync(files.output, "utf8"));
        Object.assign(jobEnv, parseFileCommands(fs.readFileSync(files.env, "utf8")));
        jobPath.unshift(...fs.readFileSync(files.path, "utf8").split(/\r?\n/).filter(Boolean).reverse());
        const state = parseFileCommands(fs.readFileSync(files.state, "utf8"));
        if (Object.keys(outputs).length) {
          out("  outputs:");
          for (const [k, v] of Object.entries(outputs)) out(`    ${k} = ${redact(v)}`);
        }
        const summary = fs.readFileSync(files.summary, "utf8");
        if (summary.trim()) {
          out("  summary:");
          for (const line of redact(plainSummary(summary)).split("\n")) out(`    │ ${line}`);
        }
        out(code === 0 ? `  ✔ ${name} succeeded` : `  ✘ ${name} failed (exit code ${code})`);
        resolve({ ok: code === 0, outputs, state });
      });
    });

  let failed = false;
  let setup;
  try {
    out(`kaggle-emulator (demo scenario) at ${vars.KAGGLE_API_ENDPOINT}; user ${vars.KAGGLE_USERNAME}`);
    setup = await runStep("setup", { username: vars.KAGGLE_USERNAME, key: vars.KAGGLE_KEY, endpoint: vars.KAGGLE_API_ENDPOINT });
    const steps = [
      () => runStep("dataset-version", { path: "demo/dataset" }),
      // Dispatch now, collect later: the push returns at once, a later step collects the run.
      () => runStep("kernel-push", { path: "demo/notebook", wait: "false" }),
      (pushed) =>
        runStep("kernel-status", { kernel: pushed.outputs.kernel, version: pushed.outputs.version, "download-output": "output", timeout: "5m" }),
      // The run's output, published as a model version (the model and instance are created on the first run).
      () => runStep("model-version", { model: `${vars.KAGGLE_USERNAME}/spaceship-baseline/other/default`, path: "output", timeout: "2m" }),
      () => runStep("competition-submit", { competition: "spaceship-survival", file: "output/submission.csv" }),
    ];
    let submit;
    if (setup.ok) {
      let previous;
      for (const step of steps) {
        const r = await step(previous);
        previous = r;
        if (!r.ok) {
          failed = true;
          break;
        }
        submit = r;
      }
    } else failed = true;
    if (!failed) {
      const gate = await runStep("leaderboard-gate", {
        competition: "spaceship-survival",
        submission: submit.outputs.submission,
        "min-score": "0.6",
        "must-beat-best": "true",
      });
      failed = !gate.ok;
    }
  } finally {
    if (setup?.state?.["config-dir"]) await runStep("setup-post", {}, { "STATE_config-dir": setup.state["config-dir"] });
    emulator.child.kill("SIGTERM");
    if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
    else out(`\nkept ${tmp}`);
  }
  out(
    failed
      ? "\n✘ the workflow failed"
      : "\n✔ the workflow succeeded: setup → dataset-version → kernel-push → kernel-status → model-version → competition-submit → leaderboard-gate",
  );
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(`demo-workflow: ${err.message}`);
  process.exitCode = 1;
});
