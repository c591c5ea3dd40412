/**
 * The corpus of real metadata files (`shared/corpus/<kind>` beside this checkout, or
 * `$KAGGLE_CORPUS_DIR/<kind>`). Tests that need it are skipped, saying why, when it is absent.
 */
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export function corpusDir(kind: "datasets" | "kernels"): string | undefined {
  const base = process.env.KAGGLE_CORPUS_DIR ?? path.resolve(root, "../shared/corpus");
  const dir = path.join(base, kind);
  return fs.existsSync(dir) ? dir : undefined;
}

export const NO_CORPUS = "the metadata corpus is not beside this checkout (../shared/corpus); set KAGGLE_CORPUS_DIR to run these tests";
