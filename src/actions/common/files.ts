/** File helpers shared by the actions: glob patterns, folder sizes, digests. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { splitPatterns } from "../../core/ignore";

/** `*.csv, data/**` (comma- or newline-separated globs) as one matcher; empty matches everything. */
export function globMatcher(patterns: string | undefined): (name: string) => boolean {
  const list = splitPatterns(patterns);
  if (!list.length) return () => true;
  const res = list.map((p) => {
    let src = "";
    for (let i = 0; i < p.length; i++) {
      const ch = p[i]!;
      if (ch === "*" && p[i + 1] === "*") {
        src += ".*";
        i++;
        if (p[i + 1] === "/") i++;
      } else if (ch === "*") src += "[^/]*";
      else if (ch === "?") src += "[^/]";
      else src += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    return new RegExp(`^${src}$`);
  });
  return (name) => res.some((re) => re.test(name) || re.test(path.posix.basename(name)));
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else if (entry.isFile()) out.push(name);
    }
  };
  if (fs.existsSync(dir)) walk("");
  return out.sort();
}

export function folderBytes(dir: string): number {
  return listFiles(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
}

export function shortDigest(...parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 16);
}
