import assert from "node:assert/strict";
import { test } from "node:test";
import { progressReporter } from "../../src/cli/output/progress";

function stream(isTTY: boolean) {
  const out = {
    text: "",
    isTTY,
    write(s: string) {
      out.text += s;
      return true;
    },
  };
  return out;
}

test("off a terminal: a first line, one per 10%, never a carriage return", () => {
  let now = 0;
  const s = stream(false);
  const p = progressReporter(s as unknown as NodeJS.WriteStream, () => now);
  p.start("train.csv", 1000, 0);
  for (let i = 0; i < 100; i++) {
    now += 10;
    p.advance(10);
  }
  p.finish();
  const lines = s.text.trim().split("\n");
  assert.equal(lines.length, 11, s.text);
  assert.equal(lines[0], "train.csv: 1% 10B of 1000B (1000B/s)");
  assert.equal(lines.at(-1), "train.csv: 100% 1000B of 1000B (1000B/s)");
  assert.ok(!s.text.includes("\r"));
});

test("off a terminal, a slow transfer still reports every 15 s", () => {
  let now = 0;
  const s = stream(false);
  const p = progressReporter(s as unknown as NodeJS.WriteStream, () => now);
  p.start("big.bin", 1_000_000, 0);
  p.advance(1);
  now += 5_000;
  p.advance(1);
  assert.equal(s.text.split("\n").filter(Boolean).length, 1, "no new decile, not yet 15 s");
  now += 11_000;
  p.advance(1);
  assert.equal(s.text.split("\n").filter(Boolean).length, 2, s.text);
});

test("on a terminal: a bar redrawn in place, at most every 100 ms", () => {
  let now = 0;
  const s = stream(true);
  const p = progressReporter(s as unknown as NodeJS.WriteStream, () => now);
  p.start("train.csv", 100, 0);
  p.advance(10);
  p.advance(10);
  now += 150;
  p.advance(80);
  p.finish();
  const frames = s.text.split("\r").filter(Boolean);
  assert.equal(frames.length, 2, JSON.stringify(s.text)); // nothing within 100 ms of the start, 100% at 150 ms, then the final frame
  assert.match(frames.at(-1)!, /^100%\|█+\| 100B\/100B \[.*\]\n$/);
});
