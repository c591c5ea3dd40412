#!/usr/bin/env node
import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as s}from"./chunks/chunk-4ZOVJBZL.js";import"./chunks/chunk-4UT25HQX.js";var e=process.argv.slice(2);e.length===1&&(e[0]==="--version"||e[0]==="-v")?process.stdout.write(s):import("./chunks/main-J6PBRPQW.js").then(async({main:o})=>process.exitCode=await o(e));
//# sourceMappingURL=index.js.map
