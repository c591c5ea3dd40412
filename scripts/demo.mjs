#!/usr/bin/env node
// The README's first command: starts the bundled emulator with the demo scenario, drives it
// with the bundled `kaggle` CLI exactly as a user would, then runs the GitHub Actions workflow
// (scripts/demo-workflow.mjs) through the action bundles, and ends by printing the address of
// the emulator's web view (its world at kaggle.com's paths). With --serve it keeps serving
// that world until Ctrl-C; without, it stops the emulator.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(import.meta.dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-demo-"));
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

/** Starts the emulator bundle on a free port and resolves with its KAGGLE_* lines. */
export function startEmulator(args = []) {
  const child = spawn(process.execPath, [path.join(root, "dist/emulator/index.js"), "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const env = {};
    const lines = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error("the emulator did not start within 20 s")), 20_000);
    lines.on("line", (line) => {
      const m = /^(KAGGLE_[A-Z_]+)=(.*)$/.exec(line);
      if (m) env[m[1]] = m[2];
      if (Object.keys(env).length === 4) {
        clearTimeout(timer);
        resolve({
          env,
          stop: () =>
            new Promise((r) => {
              // Ctrl-C reaches the emulator too: it may have exited already.
              if (child.exitCode !== null || child.signalCode !== null) return r();
              child.once("exit", r);
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`the emulator exited with code ${code}`)));
  });
}

function kaggle(env, args) {
  return new Promise((resolve) => {
    process.stdout.write(`\n${bold(`$ kaggle ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")}`)}\n`);
    const child = spawn(process.execPath, [path.join(root, "dist/cli/index.js"), ...args], {
      cwd: work,
      env: { PATH: process.env.PATH, HOME: work, ...env },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main(argv = process.argv.slice(2)) {
  const unknown = argv.filter((a) => a !== "--serve");
  if (unknown.length)
    throw new Error(`Unknown option ${unknown[0]}; the demo takes only --serve (keep the emulator serving its web view until Ctrl-C)`);
  const serve = argv.includes("--serve");
  const emulator = await startEmulator(["--scenario", "demo"]);
  const { KAGGLE_API_ENDPOINT, KAGGLE_USERNAME, KAGGLE_KEY } = emulator.env;
  const env = { KAGGLE_API_ENDPOINT, KAGGLE_USERNAME, KAGGLE_KEY };
  console.log(bold(`Kaggle API emulator on ${KAGGLE_API_ENDPOINT} (user ${KAGGLE_USERNAME}); working in ${work}`));
  const comp = "spaceship-survival";
  const data = path.join(work, "data");
  const dataset = path.join(work, "dataset");
  const kernel = path.join(work, "notebook");
  fs.cpSync(path.join(root, "demo", "dataset"), dataset, { recursive: true });
  fs.cpSync(path.join(root, "demo", "notebook"), kernel, { recursive: true });
  const steps = [
    // Competitions: find, fetch, submit and wait for the score.
    ["competitions", "list"],
    ["competitions", "files", comp],
    ["competitions", "download", comp, "-p", data],
    ["competitions", "download", comp, "-f", "sample_submission.csv", "-p", data],
    ["competitions", "submit", comp, "-f", path.join(data, "sample_submission.csv"), "-m", "Demo: sample submission", "--wait", "--timeout", "120"],
    ["competitions", "submissions", comp],
    // Datasets: create one, add a file and version it, download it back.
    ["datasets", "create", "-p", dataset, "--wait"],
    () => fs.writeFileSync(path.join(dataset, "notes.txt"), "Version 2 adds this file.\n"),
    ["datasets", "version", "-p", dataset, "-m", "Add notes", "--wait"],
    ["datasets", "files", "alice/spaceship-ci-features"],
    ["datasets", "download", "alice/spaceship-ci-features", "-p", path.join(work, "dataset-copy"), "--unzip"],
    // Kernels: push a notebook that trains on the competition's data, follow its log while it
    // runs, wait for the run, fetch its output (the executed notebook and submission.csv) and
    // submit it; the weekly accelerator quota.
    ["kernels", "push", "-p", kernel],
    ["kernels", "logs", "alice/spaceship-ci-notebook", "-f"],
    ["kernels", "status", "alice/spaceship-ci-notebook", "--wait", "--timeout", "120"],
    ["kernels", "output", "alice/spaceship-ci-notebook", "-p", path.join(work, "kernel-output")],
    ["quota"],
    [
      "competitions",
      "submit",
      comp,
      "-f",
      path.join(work, "kernel-output", "submission.csv"),
      "-m",
      "Demo: kernel output",
      "--wait",
      "--timeout",
      "120",
    ],
    ["competitions", "leaderboard", comp, "--show", "--page-size", "8"],
  ];
  const failures = [];
  try {
    for (const step of steps) {
      if (typeof step === "function") {
        step();
        continue;
      }
      const code = await kaggle(env, step);
      if (code !== 0) failures.push(`kaggle ${step.join(" ")} (exit ${code})`);
    }
    const workflow = path.join(root, "scripts", "demo-workflow.mjs");
    if (fs.existsSync(workflow)) {
      console.log(`\n${bold("GitHub Actions workflow through the action bundles")}`);
      const code = await new Promise((resolve) => {
        spawn(process.execPath, [workflow], { stdio: "inherit" }).on("exit", (c) => resolve(c ?? 1));
      });
      if (code !== 0) failures.push(`scripts/demo-workflow.mjs (exit ${code})`);
    }
    fs.rmSync(work, { recursive: true, force: true });
    if (failures.length) console.error(`\nDemo failed:\n- ${failures.join("\n- ")}`);
    else console.log(`\n${bold("Demo complete: every step succeeded.")}`);
    await showWorld(KAGGLE_API_ENDPOINT, serve);
  } finally {
    await emulator.stop();
  }
  if (failures.length) process.exit(1);
}

/** Prints the web view's address; with `serve`, waits for Ctrl-C (or SIGTERM) first. */
async function showWorld(endpoint, serve) {
  const index = `${endpoint}/`;
  if (!serve) {
    console.log(
      `The emulator's world (leaderboards, datasets, kernel logs) is browsable while it runs; run \`npm run demo -- --serve\` to keep it serving.`,
    );
    console.log(`Emulator index: ${index}`);
    return;
  }
  console.log(`Serving the emulator's world until Ctrl-C; open the index in a browser:`);
  console.log(`Emulator index: ${index}`);
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
