/**
 * Which files of a folder are never published: kagglehub's default ignore patterns, plus the
 * user's (`--ignore-patterns`, the actions' `ignore` input). Patterns are shell wildcards matched
 * against the path relative to the folder, as Python's `fnmatch` (and kagglehub) match them: `*`
 * and `?` also match `/`, and a pattern ending in `/` ignores the whole folder (`.git/`).
 */

/** kagglehub's DEFAULT_IGNORE_PATTERNS, and the other VCS folders. */
export const DEFAULT_IGNORE_PATTERNS: readonly string[] = [".git/", "*/.git/", ".cache/", ".huggingface/", ".svn/", "*/.svn/", ".hg/", "*/.hg/"];

export interface IgnoreRules {
  /** Every pattern in effect, defaults first. */
  readonly patterns: readonly string[];
  /** Whether the file (or, with `isDir`, the whole folder) at `rel` (`/`-separated) is left out. */
  ignores(rel: string, isDir: boolean): boolean;
}

/** `a.log, tmp/` or one per line: the patterns in a text input. */
export function splitPatterns(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Python's `fnmatch.translate` for the subset that matters here: `*`, `?`, `[seq]`, `[!seq]`. */
function fnmatchRegExp(pattern: string): RegExp {
  let src = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*") src += ".*";
    else if (ch === "?") src += ".";
    else if (ch === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1) {
        src += "\\[";
        continue;
      }
      let body = pattern.slice(i + 1, end).replace(/\\/g, "\\\\");
      if (body.startsWith("!")) body = `^${body.slice(1)}`;
      else if (body.startsWith("^")) body = `\\${body}`;
      src += `[${body}]`;
      i = end;
    } else src += ch.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${src}$`, "s");
}

/** The rules for `extra` patterns, on top of the defaults unless `defaults` is false. */
export function ignoreRules(extra: readonly string[] = [], opts: { defaults?: boolean } = {}): IgnoreRules {
  const patterns = [...(opts.defaults === false ? [] : DEFAULT_IGNORE_PATTERNS), ...extra];
  const res = patterns.map((p) => fnmatchRegExp(p.endsWith("/") ? `${p}*` : p));
  return {
    patterns,
    ignores: (rel, isDir) => {
      const name = isDir ? `${rel}/` : rel;
      return res.some((re) => re.test(name));
    },
  };
}
