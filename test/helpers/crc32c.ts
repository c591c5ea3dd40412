/** CRC-32C bit by bit, straight from the definition: the reference the fast versions are checked against. */
export function referenceCrc32c(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** As `x-goog-hash` writes it: the four bytes, most significant first, in base64. */
export function referenceCrc32cBase64(data: Uint8Array): string {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(referenceCrc32c(data));
  return out.toString("base64");
}
