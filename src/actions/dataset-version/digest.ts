/**
 * The content digest that decides `skip-unchanged`: SHA-256 over every file the upload would
 * send (top-level files for `dir-mode: skip`, everything below for zip/tar) and the metadata
 * file, by relative path and content. It is kept on Kaggle itself, as a trailer in the
 * version notes (`[content sha256:<hex>]`), so no cache or artifact is needed to find it again.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { listFiles } from "../common/files";

const TRAILER = /\[content sha256:([0-9a-f]{16,64})\]\s*$/;

export function contentDigest(folder: string, dirMode: string): string {
  const files = listFiles(folder).filter((f) => dirMode !== "skip" || !f.includes("/"));
  const hash = createHash("sha256");
  for (const rel of files) {
    hash.update(rel).update("\0");
    hash.update(createHash("sha256").update(fs.readFileSync(path.join(folder, rel))).digest("hex")).update("\n");
  }
  hash.update(`dir-mode=${dirMode}`);
  return hash.digest("hex").slice(0, 32);
}

export function withDigest(notes: string, digest: string): string {
  return `${notes} [content sha256:${digest}]`;
}

export function digestOf(notes: string | undefined): string | undefined {
  return notes ? TRAILER.exec(notes)?.[1] : undefined;
}
