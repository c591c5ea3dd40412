/**
 * CRC-32C (Castagnoli), the checksum Cloud Storage sends for every object in
 * `x-goog-hash: crc32c=…` (composite objects included, which have no MD5). Node has none of its
 * own (`zlib.crc32` is the IEEE polynomial), so it is computed here from tables, sixteen bytes per
 * step, by a WebAssembly loop (crc32c-wasm.ts) or, for short inputs and where WebAssembly is
 * missing, the same loop in JavaScript: about four and two times as fast as Node's MD5, so a
 * download can be checked as it is written.
 */
import os from "node:os";
import { CRC32C_WASM } from "./crc32c-wasm";

const POLYNOMIAL = 0x82f63b78; // reflected Castagnoli polynomial

/** TABLES[k * 256 + b]: the CRC of byte b followed by k zero bytes. */
const TABLES = buildTables();

function buildTables(): Int32Array {
  const t = new Int32Array(16 * 256);
  for (let b = 0; b < 256; b++) {
    let c = b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
    t[b] = c;
  }
  for (let b = 0; b < 256; b++) {
    let c = t[b]!;
    for (let k = 1; k < 16; k++) {
      c = t[c & 255]! ^ (c >>> 8);
      t[k * 256 + b] = c;
    }
  }
  return t;
}

/**
 * The WebAssembly loop takes pairs of segments of this many bytes side by side, as two CRC
 * registers, and adds them with the shift tables (SEGMENT in scripts/crc32c-wasm.mjs).
 */
const SHIFT_SEGMENT = 8192;
/** Four shift tables of 256 registers, one per byte of a register. */
const SHIFT_ENTRIES = 4 * 256;

/**
 * The shift tables, `[k * 256 + b]`: the register after SHIFT_SEGMENT zero bytes from the
 * register `b << 8k`. The register's update is linear, so the register after a segment pair is
 * the first segment's register shifted past the second, plus the second's own from zero.
 */
function buildShiftTables(): Int32Array {
  const t = TABLES;
  // Sixteen zero bytes from register r: the sixteen-byte step with data words of zero.
  const zeros16 = (r: number) => t[3840 + (r & 255)]! ^ t[3584 + ((r >>> 8) & 255)]! ^ t[3328 + ((r >>> 16) & 255)]! ^ t[3072 + (r >>> 24)]!;
  const columns = new Int32Array(32);
  for (let bit = 0; bit < 32; bit++) {
    let r = 1 << bit;
    for (let n = 0; n < SHIFT_SEGMENT; n += 16) r = zeros16(r);
    columns[bit] = r;
  }
  const shift = new Int32Array(SHIFT_ENTRIES);
  for (let k = 0; k < 4; k++) {
    for (let b = 0; b < 256; b++) {
      let r = 0;
      for (let j = 0; j < 8; j++) if (b & (1 << j)) r ^= columns[k * 8 + j]!;
      shift[k * 256 + b] = r;
    }
  }
  return shift;
}

// Words are read in the machine's order; the sixteen-byte step assumes little-endian.
const WORDS = os.endianness() === "LE";

/** Bytes copied into the WebAssembly memory per call; shorter inputs stay in JavaScript. */
const WASM_BLOCK = 1 << 20;
const WASM_MIN = 4096;
/** The sixteen tables, then the four shift tables. */
const TABLE_BYTES = TABLES.byteLength + SHIFT_ENTRIES * 4;

// The little of the WebAssembly API used here (TypeScript declares it only with the DOM library).
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
};
type WasmMemory = { buffer: ArrayBuffer; grow(pages: number): number };

type WasmCrc = { crc(p: number, n: number, c: number): number; memory: Uint8Array };
let wasm: WasmCrc | null | undefined;

/** After the tables and the block: bytes lent to one download at a time (see {@link borrowChecksumBuffer}). */
const LOAN_BYTES = 4 << 20;
const LOAN_OFFSET = TABLE_BYTES + WASM_BLOCK;
let lent = false;

/**
 * The module, made on first use: its memory holds the tables, the shift tables, one block of
 * data copied in per call, then the buffer lent to a download.
 */
function wasmCrc(): WasmCrc | null {
  if (wasm !== undefined) return wasm;
  try {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(CRC32C_WASM, "base64")));
    const memory = instance.exports.memory as WasmMemory;
    // Grown once, to its final size: growing detaches the buffer every view is on.
    memory.grow(Math.ceil((LOAN_OFFSET + LOAN_BYTES) / 65536) - memory.buffer.byteLength / 65536);
    // WebAssembly memory is little-endian, as WORDS requires.
    new Int32Array(memory.buffer, 0, TABLES.length).set(TABLES);
    new Int32Array(memory.buffer, TABLES.byteLength, SHIFT_ENTRIES).set(buildShiftTables());
    wasm = { crc: instance.exports.crc as WasmCrc["crc"], memory: new Uint8Array(memory.buffer) };
  } catch {
    wasm = null; // no WebAssembly here (--jitless): the JavaScript loop does it all
  }
  return wasm;
}

/** The CRC-32C of `data` continued from `crc` (the CRC of what came before it; 0 to start). */
export function crc32c(data: Uint8Array, crc = 0): number {
  const w = WORDS && data.length >= WASM_MIN ? wasmCrc() : null;
  if (!w) return crc32cTables(data, crc);
  // Bytes read into the lent buffer are checked where they lie.
  if (data.buffer === w.memory.buffer && data.byteOffset >= LOAN_OFFSET) return w.crc(data.byteOffset, data.length, crc) >>> 0;
  for (let off = 0; off < data.length; off += WASM_BLOCK) {
    const part = data.subarray(off, off + WASM_BLOCK);
    w.memory.set(part, TABLE_BYTES);
    crc = w.crc(TABLE_BYTES, part.length, crc) >>> 0;
  }
  return crc;
}

/**
 * A buffer of up to 4 MiB inside the checksum's own memory, for one download at a time: the
 * CRC-32C of bytes read into it is computed where they lie, without the copy any other input
 * needs (0.1 s per GiB). Undefined while it is lent, or without WebAssembly; `release` gives it
 * back, after which the caller must not touch it.
 */
export function borrowChecksumBuffer(bytes: number): { buffer: Buffer; release: () => void } | undefined {
  const w = WORDS && bytes <= LOAN_BYTES && !lent ? wasmCrc() : null;
  if (!w) return undefined;
  lent = true;
  let given = true;
  return {
    buffer: Buffer.from(w.memory.buffer, LOAN_OFFSET, bytes),
    release: () => {
      if (given) lent = given = false;
    },
  };
}

/** Whether long inputs go to the WebAssembly loop on this machine. */
export function crc32cUsesWasm(): boolean {
  return WORDS && wasmCrc() !== null;
}

/** {@link crc32c} in JavaScript alone. */
export function crc32cTables(data: Uint8Array, crc = 0): number {
  const t = TABLES;
  let c = ~crc;
  let i = 0;
  const end = data.length;
  // Byte by byte up to a word boundary, sixteen bytes at a time, then the tail byte by byte.
  while (i < end && (data.byteOffset + i) & 3) c = t[(c ^ data[i++]!) & 255]! ^ (c >>> 8);
  if (WORDS && end - i >= 16) {
    const steps = (end - i) >>> 4;
    const words = new Int32Array(data.buffer, data.byteOffset + i, steps * 4);
    for (let w = 0; w < words.length; w += 4) {
      const a = words[w]! ^ c;
      const b = words[w + 1]!;
      const d = words[w + 2]!;
      const e = words[w + 3]!;
      c =
        t[3840 + (a & 255)]! ^
        t[3584 + ((a >>> 8) & 255)]! ^
        t[3328 + ((a >>> 16) & 255)]! ^
        t[3072 + (a >>> 24)]! ^
        t[2816 + (b & 255)]! ^
        t[2560 + ((b >>> 8) & 255)]! ^
        t[2304 + ((b >>> 16) & 255)]! ^
        t[2048 + (b >>> 24)]! ^
        t[1792 + (d & 255)]! ^
        t[1536 + ((d >>> 8) & 255)]! ^
        t[1280 + ((d >>> 16) & 255)]! ^
        t[1024 + (d >>> 24)]! ^
        t[768 + (e & 255)]! ^
        t[512 + ((e >>> 8) & 255)]! ^
        t[256 + ((e >>> 16) & 255)]! ^
        t[e >>> 24]!;
    }
    i += steps * 16;
  }
  while (i < end) c = t[(c ^ data[i++]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** The CRC as Cloud Storage writes it in `x-goog-hash`: its four bytes, big-endian, in base64. */
export function crc32cBase64(crc: number): string {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(crc >>> 0);
  return b.toString("base64");
}
