import assert from "node:assert/strict";
import { test } from "node:test";
import { toWireJson } from "../../src/core/json";

test("writes JSON the way Kaggle's Python SDK does", () => {
  assert.equal(toWireJson({}), "{}");
  assert.equal(toWireJson({ competitionName: "titanic", pageSize: 20 }), '{"competitionName": "titanic", "pageSize": 20}');
  assert.equal(
    toWireJson({ group: "COMPETITION_LIST_TAB_EVERYTHING", search: "", page: undefined, nested: { a: [1, true, null] } }),
    '{"group": "COMPETITION_LIST_TAB_EVERYTHING", "search": "", "nested": {"a": [1, true, null]}}',
  );
});

test("escapes non-ASCII as \\uXXXX like json.dumps", () => {
  assert.equal(toWireJson({ m: "café ✓ \u{1F600}" }), '{"m": "caf\\u00e9 \\u2713 \\ud83d\\ude00"}');
  assert.equal(toWireJson({ m: 'quote " and \n' }), '{"m": "quote \\" and \\n"}');
});

test("refuses values JSON cannot carry", () => {
  assert.throws(() => toWireJson({ n: Number.NaN }), /cannot send NaN/);
});
