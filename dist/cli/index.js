#!/usr/bin/env node
import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as o}from"./chunks/chunk-4ZOVJBZL.js";import"./chunks/chunk-4UT25HQX.js";import{setFlagsFromString as s}from"node:v8";var e=process.argv.slice(2);e.length===1&&(e[0]==="--version"||e[0]==="-v")?process.stdout.write(o):(s("--semi-space-growth-factor=1"),import("./chunks/main-UBVJO4J6.js").then(async({main:r})=>process.exitCode=await r(e)));
//# sourceMappingURL=index.js.map
