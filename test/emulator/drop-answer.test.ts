/** The fault "drop-answer": the RPC is handled and committed, then the connection closes unanswered. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFaultSpec, ruleFromJson } from "../../src/emulator/faults";
import { rpc, start } from "./helpers";

test("drop-answer parses in both forms and applies to RPCs only", () => {
  assert.deepEqual(parseFaultSpec("CreateDatasetVersion:drop-answerx1"), [{ target: "CreateDatasetVersion", dropAnswer: true, count: 1 }]);
  assert.deepEqual(ruleFromJson({ target: "rpc", dropAnswer: true }), { target: "rpc", dropAnswer: true });
  assert.throws(() => ruleFromJson({ target: "rpc", dropAnswer: "yes" }), /must be true or false/);
});

test("a dropped answer: the call took effect, the client saw the connection close", async () => {
  const emu = await start({ scenario: "empty", faults: "StartBlobUpload:drop-answerx1" });
  try {
    const body = { type: "DATASET", name: "lost.csv", contentLength: 3 };
    await assert.rejects(rpc(emu, "blobs.BlobApiService", "StartBlobUpload", body), /fetch failed/);
    assert.deepEqual(
      Object.values(emu.state.uploads).map((u) => u.name),
      ["lost.csv"],
    );
    const again = await rpc(emu, "blobs.BlobApiService", "StartBlobUpload", body);
    assert.equal(again.status, 200, "the rule was used up");
    assert.equal(Object.keys(emu.state.uploads).length, 2);
  } finally {
    await emu.close();
  }
});
