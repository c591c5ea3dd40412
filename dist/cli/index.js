#!/usr/bin/env node
import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as s}from"./chunks/chunk-4ZOVJBZL.js";import"./chunks/chunk-4UT25HQX.js";var o=process.argv.slice(2),i=new Set(["create","version","upload","u","download","output","pull"]);o.length===1&&(o[0]==="--version"||o[0]==="-v")?process.stdout.write(s):r();async function r(){if(o.some(t=>i.has(t))){let{setFlagsFromString:t}=await import("node:v8");t("--semi-space-growth-factor=1")}let{main:e}=await import("./chunks/main-7ECAYCPV.js");process.exitCode=await e(o)}
//# sourceMappingURL=index.js.map
