/** Temporary folders for a test file, each removed after the test that made it. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "node:test";

/** Returns a maker of fresh temporary folders named `<prefix>…`; call it at the top of a test file. */
export function tempFolders(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(d);
    return d;
  };
}

/** A fresh folder holding `inside` (the folder given to the client) and `outside` (one it must not touch). */
export function sandbox(tmp: () => string): { root: string; inside: string; outside: string } {
  const root = tmp();
  const inside = path.join(root, "d1");
  const outside = path.join(root, "outside");
  fs.mkdirSync(inside);
  fs.mkdirSync(outside);
  return { root, inside, outside };
}

/** `buf` written as `<tmp>/<name>`, with an empty `<tmp>/out` to extract it into. */
export function zipInTemp(tmp: () => string, buf: Buffer, name = "a.zip"): { zip: string; dest: string } {
  const d = tmp();
  const zip = path.join(d, name);
  fs.writeFileSync(zip, buf);
  const dest = path.join(d, "out");
  fs.mkdirSync(dest);
  return { zip, dest };
}
