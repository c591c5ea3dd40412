import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCsv } from "../../src/emulator/scoring/csv";
import { accuracy, auc, computeMetric, formatScore, logloss, mae, rmse } from "../../src/emulator/scoring/metrics";
import { parseSolution, scoreSubmission, ScoringError } from "../../src/emulator/scoring/score";

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} ≉ ${b}`);

test("accuracy compares normalised labels", () => {
  assert.equal(accuracy([["True"], ["False"], ["1"], ["a"]], [["true"], ["True"], ["1.0"], ["a"]]), 0.75);
});

test("rmse and mae on known values", () => {
  close(rmse([[1], [2], [3]], [[1], [2], [4]]), Math.sqrt(1 / 3));
  close(mae([[1], [2], [3]], [[2], [2], [5]]), 1);
  close(rmse([[3], [-0.5], [2], [7]], [[2.5], [0], [2], [8]]), Math.sqrt(0.375)); // scikit-learn docs example
  close(mae([[3], [-0.5], [2], [7]], [[2.5], [0], [2], [8]]), 0.5);
});

test("logloss: binary, clipping, multi-class", () => {
  close(logloss([[1], [0]], [[0.9], [0.1]]), -Math.log(0.9));
  // scikit-learn docs example: log_loss(["spam","ham","ham","spam"], [[.1,.9],[.9,.1],[.8,.2],[.35,.65]]) = 0.21616
  close(logloss([[1], [0], [0], [1]], [[0.9], [0.1], [0.2], [0.65]]), 0.21616187468057912, 1e-12);
  assert.ok(Number.isFinite(logloss([[1]], [[0]]))); // clipped, not Infinity
  close(
    logloss(
      [
        [0, 1],
        [1, 0],
      ],
      [
        [0.2, 0.8],
        [0.6, 0.4],
      ],
    ),
    -(Math.log(0.8) + Math.log(0.6)) / 2,
  );
});

test("auc with and without ties", () => {
  close(auc([[0], [0], [1], [1]], [[0.1], [0.4], [0.35], [0.8]]), 0.75); // scikit-learn docs example
  close(auc([[0], [1]], [[0.5], [0.5]]), 0.5);
  close(auc([[0], [0], [1], [1]], [[0.2], [0.5], [0.5], [0.9]]), 0.875);
  assert.throws(() => auc([[1], [1]], [[0.2], [0.3]]), /only one class/);
});

test("computeMetric parses numbers and formatScore uses five decimals", () => {
  close(computeMetric("rmse", [["1"], ["2"]], [["1"], [" 4 "]]), Math.sqrt(2));
  assert.equal(formatScore(0.775112), "0.77511");
  assert.equal(formatScore(1), "1.00000");
  assert.equal(formatScore(undefined), undefined);
});

test("CSV parser handles quotes, CRLF, BOM and trailing newlines", () => {
  const t = parseCsv('\ufeffid,name\r\n1,"a, ""b"""\r\n2,"multi\nline"\n\n');
  assert.deepEqual(t.header, ["id", "name"]);
  assert.deepEqual(t.rows, [
    ["1", 'a, "b"'],
    ["2", "multi\nline"],
  ]);
});

test("scoring splits public/private by Usage and reports errors", () => {
  const sol = parseSolution("id,y,Usage\n1,a,Public\n2,b,Public\n3,a,Private\n4,b,Private\n");
  assert.deepEqual(scoreSubmission("accuracy", sol, "id,y\n1,a\n2,a\n3,a\n4,b\n"), { publicScore: 0.5, privateScore: 1 });
  const cases: [string, RegExp][] = [
    ["", /empty/],
    ["foo,y\n1,a\n2,a\n3,a\n4,a\n", /Required column 'id'/],
    ["id,y,z\n1,a,1\n2,a,1\n3,a,1\n4,a,1\n", /Unexpected column 'z'/],
    ["id,y\n1,a\n2,a\n3,a\n", /3 rows but 4/],
    ["id,y\n1,a\n1,a\n3,a\n4,a\n", /Duplicate id '1'/],
    ["id,y\n1,a\n2,a\n3,a\n9,a\n", /Unexpected id '9'/],
    ["id,y\n1,a\n2\n3,a\n4,a\n", /columns/],
  ];
  for (const [text, re] of cases)
    assert.throws(
      () => scoreSubmission("accuracy", sol, text),
      (e: Error) => e instanceof ScoringError && re.test(e.message),
    );
  const num = parseSolution("id,v\n1,1\n2,2\n3,3\n4,4\n");
  assert.throws(() => scoreSubmission("rmse", num, "id,v\n1,x\n2,2\n3,3\n4,4\n"), /Non-numeric value 'x'/);
  // no Usage column: first 30% (rounded up: 2 of 4 rows) public
  const r = scoreSubmission("rmse", num, "id,v\n1,2\n2,2\n3,3\n4,4\n");
  close(r.publicScore!, Math.SQRT1_2);
  assert.equal(r.privateScore, 0);
});
