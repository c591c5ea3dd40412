/** `api.v1.DiagnosticsService/Hello`, as kagglehub's whoami() calls it. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { rpc } from "./helpers";
import { useEmulator } from "../helpers/emulator";

const DIAG = "api.v1.DiagnosticsService";
const emu = useEmulator();

test("Hello answers the caller's userName, with a key or a token", async () => {
  for (const auth of ["basic", "bearer"] as const) {
    const r = await rpc(emu, DIAG, "Hello", {}, { auth });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.userName, emu.credentials.username);
  }
});

test("Hello without valid credentials is 401 with code 401 (kagglehub's invalid-credentials answer)", async () => {
  for (const auth of ["none", { user: "alice", key: "wrong" }] as const) {
    const r = await rpc(emu, DIAG, "Hello", {}, { auth });
    assert.equal(r.status, 401, r.text);
    assert.equal(r.json.code, 401);
  }
});

test("Hello is strict about its body", async () => {
  const r = await rpc(emu, DIAG, "Hello", { bogus: 1 });
  assert.equal(r.status, 400, r.text);
  assert.match(String(r.json.message), /bogus/);
});
