/** The archive cache: a STORE zip (or a tar.gz) of several files, built once on disk and then served like any file. */
import { mkdirSync } from "node:fs";
import { rename, stat } from "node:fs/promises";
import { join } from "node:path";
import { writeTarGz } from "../tar";
import { writeZip, type ZipEntry } from "../zip";
import type { StoredFile } from "./serve";

export class ZipCache {
  private readonly pending = new Map<string, Promise<StoredFile>>();

  /** `dir`: the cache folder (`DATA/cache/zips`). */
  constructor(private readonly dir: string) {}

  clear(): void {
    this.pending.clear();
  }

  /** A zip of `entries` under `cacheKey` (callers include a version in the key). */
  zip(cacheKey: string, name: string, entries: ZipEntry[], lastModified: string, format: "zip" | "tar.gz" = "zip"): Promise<StoredFile> {
    let p = this.pending.get(cacheKey);
    if (!p) {
      p = this.build(cacheKey, name, entries, lastModified, format);
      p.catch(() => this.pending.delete(cacheKey));
      this.pending.set(cacheKey, p);
    }
    return p;
  }

  private async build(cacheKey: string, name: string, entries: ZipEntry[], lastModified: string, format: "zip" | "tar.gz"): Promise<StoredFile> {
    const path = join(this.dir, `${cacheKey.replace(/[^A-Za-z0-9._-]/g, "_")}.${format}`);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      mkdirSync(this.dir, { recursive: true });
      const tmp = `${path}.tmp-${process.pid}`;
      await (format === "zip" ? writeZip : writeTarGz)(tmp, entries);
      await rename(tmp, path);
      size = (await stat(path)).size;
    }
    return { path, size, lastModified, name, contentType: format === "zip" ? "application/zip" : "application/gzip" };
  }
}
