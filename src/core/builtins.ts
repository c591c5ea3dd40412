/**
 * Node built-ins that only some commands need, loaded on first use: `node:tls` (with `https`),
 * `node:crypto` and `node:zlib` load some forty internal modules, 30–40 ms of a command's
 * start-up, and a command that talks to an `http://` emulator, hashes nothing or writes no
 * archive never needs them. Loaded as CommonJS: importing `node:http` as an ES module reads
 * every one of its exports, `WebSocket` among them, and that loads the whole of undici.
 */
import type crypto from "node:crypto";
import type http from "node:http";
import type https from "node:https";
import { createRequire } from "node:module";
import type tls from "node:tls";
import type zlib from "node:zlib";

const requireBuiltin = createRequire(import.meta.url);

export const builtins = {
  crypto: () => requireBuiltin("node:crypto") as typeof crypto,
  http: () => requireBuiltin("node:http") as typeof http,
  https: () => requireBuiltin("node:https") as typeof https,
  tls: () => requireBuiltin("node:tls") as typeof tls,
  zlib: () => requireBuiltin("node:zlib") as typeof zlib,
};
