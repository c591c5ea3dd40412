/** The RPC table: every row names a known service, and the emulator serves every RPC in it. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { RPCS, rpcParts, type RpcName } from "../../src/core/rpc";
import { Services } from "../../src/core/types/common";
import { useEmulator } from "../helpers/emulator";

const emu = useEmulator();

const names = Object.keys(RPCS) as RpcName[];

test("every row is service/Method of a known service", () => {
  const known = new Set<string>(Object.values(Services));
  for (const name of names) {
    const { service, method } = rpcParts(name);
    assert.ok(known.has(service), name);
    assert.match(method, /^[A-Z][A-Za-z]+$/, name);
  }
});

test("the emulator knows every RPC of the table", async () => {
  for (const name of names) {
    const res = await fetch(`${emu.url}/api/v1/${name}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
      redirect: "manual",
    });
    const text = await res.text();
    assert.ok(!text.includes("Unknown RPC"), `${name}: ${res.status} ${text}`);
  }
});
