/**
 * The content digest that decides `skip-unchanged`: SHA-256 over every file the upload would
 * send (top-level files for `dir-mode: skip`, everything below for zip/tar) and the metadata
 * file, by relative path and content. It is kept on Kaggle itself, as a trailer in the
 * version notes (`[content sha256:<hex>]`), so no cache or artifact is needed to find it again.
 * A create has no version notes (Kaggle names its version "Initial release"), so a create records
 * it at the end of the dataset's description instead, as an HTML comment that the rendered
 * description does not show; the first version is then judged by that.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { IgnoreRules } from "../../core/ignore";
import { listFiles } from "./files";

const TRAILER = /\[content sha256:([0-9a-f]{16,64})\]\s*$/;
const DESCRIPTION_TRAILER = /<!-- kaggle-actions content sha256:([0-9a-f]{16,64}) -->\s*$/;

/** The digest of what would be published: ignored files do not count. */
export function contentDigest(folder: string, dirMode: string, rules: IgnoreRules): string {
  const files = listFiles(folder).filter((f) => (dirMode !== "skip" || !f.includes("/")) && !rules.ignores(f, false));
  const hash = createHash("sha256");
  for (const rel of files) {
    hash.update(rel).update("\0");
    hash
      .update(
        createHash("sha256")
          .update(fs.readFileSync(path.join(folder, rel)))
          .digest("hex"),
      )
      .update("\n");
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

/** What a create appends to the description to record the digest of the first version. */
export function descriptionNote(digest: string): string {
  return `<!-- kaggle-actions content sha256:${digest} -->`;
}

export function digestOfDescription(description: string | undefined): string | undefined {
  return description ? DESCRIPTION_TRAILER.exec(description)?.[1] : undefined;
}
