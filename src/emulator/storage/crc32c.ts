/**
 * CRC-32C (Castagnoli) for the `crc32c=` of `x-goog-hash`. The emulator keeps its own, written
 * apart from the client's (src/core/crc32c.ts): four table lookups per four bytes, read byte by
 * byte, so that a fault in one cannot hide behind the same fault in the other.
 */
const TABLE = (() => {
  const rows = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)] as const;
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let bit = 0; bit < 8; bit++) c = (c >>> 1) ^ (0x82f63b78 & -(c & 1));
    rows[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let r = 1; r < 4; r++) rows[r][n] = (rows[r - 1][n]! >>> 8) ^ rows[0][rows[r - 1][n]! & 0xff]!;
  }
  return rows;
})();

/** A running CRC-32C: `update` with the bytes in order, then `base64` as Cloud Storage writes it. */
export class Crc32c {
  private state = 0xffffffff;

  update(bytes: Uint8Array): this {
    const [t0, t1, t2, t3] = TABLE;
    let c = this.state;
    const n = bytes.length;
    const whole = n - (n % 4);
    let i = 0;
    for (; i < whole; i += 4) {
      c ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
      c = t3[c & 0xff]! ^ t2[(c >>> 8) & 0xff]! ^ t1[(c >>> 16) & 0xff]! ^ t0[c >>> 24]!;
    }
    for (; i < n; i++) c = (c >>> 8) ^ t0[(c ^ bytes[i]!) & 0xff]!;
    this.state = c >>> 0;
    return this;
  }

  /** The CRC's four bytes, most significant first, in base64. */
  base64(): string {
    const out = Buffer.alloc(4);
    out.writeUInt32BE((this.state ^ 0xffffffff) >>> 0, 0);
    return out.toString("base64");
  }
}
