#!/usr/bin/env node
import { VERSION_LINE } from "./version";

const argv = process.argv.slice(2);
/**
 * Words of the commands that move many files: `datasets create/version/download`, `files
 * upload`, `models … create/download`, `kernels output/pull`, `competitions download`.
 */
const TRANSFERRING = new Set(["create", "version", "upload", "u", "download", "output", "pull"]);

if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) process.stdout.write(VERSION_LINE);
else void start();

async function start(): Promise<void> {
  if (argv.some((a) => TRANSFERRING.has(a))) {
    // V8 doubles its young generation under a steady stream of short-lived objects, up to 32 MiB
    // over a thousand uploads; kept at its starting size, the peak memory of such a run is about
    // a quarter lower, at no measurable cost in time. The flag must be set before the heap
    // grows, so here, and only for these commands: the others need not load `node:v8`. (Unlike
    // the semi-space sizes, it takes effect after start-up; Node 20 to 24 know it.)
    const { setFlagsFromString } = await import("node:v8");
    setFlagsFromString("--semi-space-growth-factor=1");
  }
  const { main } = await import("./main");
  process.exitCode = await main(argv);
}
