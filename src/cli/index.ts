#!/usr/bin/env node
import { VERSION_LINE } from "./version";

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) process.stdout.write(VERSION_LINE);
else void import("./main").then(async ({ main }) => (process.exitCode = await main(argv)));
