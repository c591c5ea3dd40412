/**
 * CRC-32C: the client's WebAssembly loop and its JavaScript twin, and the emulator's own, against
 * the definition; the committed WebAssembly is what its generator builds.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { borrowChecksumBuffer, crc32c, crc32cBase64, crc32cTables, crc32cUsesWasm } from "../../src/core/crc32c";
import { Crc32c } from "../../src/emulator/storage/crc32c";
import { referenceCrc32c } from "../helpers/crc32c";

const ascending = Uint8Array.from({ length: 32 }, (_, i) => i);
// RFC 3720, appendix B.4, and the usual check value.
const vectors: [string, Uint8Array, number][] = [
  ["32 zero bytes", new Uint8Array(32), 0x8a9136aa],
  ["32 bytes of 0xff", new Uint8Array(32).fill(0xff), 0x62a8ab43],
  ["32 ascending bytes", ascending, 0x46dd794e],
  ["32 descending bytes", ascending.slice().reverse(), 0x113fdb5c],
  ['"123456789"', Buffer.from("123456789"), 0xe3069283],
  ["nothing", new Uint8Array(0), 0],
];

const emulatorCrc = (data: Uint8Array) => Buffer.from(new Crc32c().update(data).base64(), "base64").readUInt32BE(0);

for (const [label, data, want] of vectors) {
  test(`the known value of ${label}`, () => {
    assert.equal(referenceCrc32c(data), want);
    assert.equal(crc32c(data), want);
    assert.equal(crc32cTables(data), want);
    assert.equal(emulatorCrc(data), want);
  });
}

test("Cloud Storage's base64 form: the four bytes big-endian", () => {
  assert.equal(crc32cBase64(0xe3069283), "4waSgw==");
  assert.equal(crc32cBase64(0), "AAAAAA==");
  assert.equal(new Crc32c().update(Buffer.from("123456789")).base64(), "4waSgw==");
});

test("any data, at any alignment and cut into any pieces, gives the reference value", () => {
  const buf = Buffer.alloc(70_000);
  let x = 12345;
  for (let i = 0; i < buf.length; i++) buf[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  for (const [start, end] of [
    [0, 70_000],
    [1, 69_999],
    [3, 50_003],
    [2, 17],
    [5, 20],
  ] as const) {
    const part = buf.subarray(start, end);
    const want = referenceCrc32c(part);
    assert.equal(crc32c(part), want, `bytes ${start}-${end}`);
    assert.equal(crc32cTables(part), want, `bytes ${start}-${end}, JavaScript`);
    assert.equal(emulatorCrc(part), want, `bytes ${start}-${end}, emulator`);
    for (const cut of [1, 15, 16, 17, 4099, 40_000]) {
      let crc = 0;
      const emu = new Crc32c();
      for (let p = 0; p < part.length; p += cut) {
        crc = crc32c(part.subarray(p, p + cut), crc);
        emu.update(part.subarray(p, p + cut));
      }
      assert.equal(crc, want, `bytes ${start}-${end} in pieces of ${cut}`);
      assert.equal(Buffer.from(emu.base64(), "base64").readUInt32BE(0), want, `bytes ${start}-${end} in pieces of ${cut}, emulator`);
    }
  }
});

test("lengths at and around the WebAssembly loop's pairs of 8 KiB segments give the reference value", () => {
  const buf = Buffer.alloc(3 * 16_384 + 64);
  for (let i = 0; i < buf.length; i++) buf[i] = (i * 131 + (i >> 9)) & 255;
  for (const n of [16_368, 16_383, 16_384, 16_385, 16_400, 32_767, 32_768, 32_784, 49_151, 49_152, 49_216]) {
    const part = buf.subarray(0, n);
    assert.equal(crc32c(part), referenceCrc32c(part), `${n} bytes`);
    assert.equal(crc32c(part, 0x12345678), crc32cTables(part, 0x12345678), `${n} bytes, continued`);
  }
});

test("the buffer lent from the checksum's memory is checked in place, lent to one borrower at a time", () => {
  const loan = borrowChecksumBuffer(4 << 20);
  assert.ok(loan, "WebAssembly is there: the buffer can be lent");
  try {
    assert.equal(borrowChecksumBuffer(1024), undefined, "a second borrower gets none while it is lent");
    for (let i = 0; i < loan.buffer.length; i++) loan.buffer[i] = (i * 7 + (i >> 13)) & 255;
    for (const [start, end] of [
      [0, 4 << 20],
      [5, 70_005],
      [1 << 20, (1 << 20) + 16_384],
    ] as const) {
      const part = loan.buffer.subarray(start, end);
      assert.equal(crc32c(part, 0x0badf00d), crc32cTables(Buffer.from(part), 0x0badf00d), `bytes ${start}-${end}`);
    }
  } finally {
    loan.release();
    loan.release(); // twice is once
  }
  const again = borrowChecksumBuffer(1 << 20);
  assert.ok(again, "released, it can be lent again");
  assert.equal(borrowChecksumBuffer(1 << 20), undefined);
  again.release();
});

test("inputs longer than the WebAssembly memory's block are done block by block", () => {
  assert.equal(crc32cUsesWasm(), true, "Node has WebAssembly: the faster loop must be the one in use");
  const big = Buffer.alloc((2 << 20) + 12_345);
  for (let i = 0; i < big.length; i++) big[i] = (i * 31 + (i >> 11)) & 255;
  assert.equal(crc32c(big), referenceCrc32c(big));
  assert.equal(crc32c(big.subarray(7)), crc32cTables(big.subarray(7)));
});

test("src/core/crc32c-wasm.ts is what scripts/crc32c-wasm.mjs builds", () => {
  execFileSync(process.execPath, [path.join(import.meta.dirname, "../../scripts/crc32c-wasm.mjs"), "--check"], { stdio: "pipe" });
});
