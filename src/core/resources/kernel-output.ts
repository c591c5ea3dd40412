/** A kernel's session output: names checked, filtered by pattern and size, downloaded, and its log written. */
import fs from "node:fs";
import type { KaggleClient } from "../client";
import type { DownloadResult } from "../http/download";
import { ConfigurationError, ProtocolError, UnsafePathError } from "../errors";
import { joinLikePython, nameParts, realFolder, resolveInside, writeFileAtomic } from "../fs";
import type { Progress } from "../progress";
import type { KernelRef } from "../refs";
import type { ApiKernelSessionOutputFile } from "../types/kernels";
import type { KernelsResource } from "./kernels";

export interface OutputFileResult {
  fileName: string;
  path: string;
  status: "downloaded" | "skipped" | "too-large";
  bytes: number;
}

export interface DownloadOutputOptions {
  /** Python-style regular expression searched in each file name. */
  pattern?: string;
  /** Skip files larger than this many bytes. */
  maxBytes?: number;
  force?: boolean;
  pageSize?: number;
  /** Fetch only this page (the log is then not written, as kaggle 2.2). */
  pageToken?: string;
  progress?: (fileName: string) => Progress | undefined;
  onFile?: (result: OutputFileResult) => void;
}

export interface DownloadOutputResult {
  files: OutputFileResult[];
  logPath?: string;
  nextPageToken?: string;
}

/**
 * The local path for an output file name the server sent, or an error when the name would
 * land outside `dir` (absolute, `..`, backslashes, empty components, NUL). A text check: the
 * folder is checked on disk (links) again just before each file is written.
 */
export function safeOutputPath(dir: string, fileName: string): string {
  try {
    nameParts(fileName, OUTPUT_NAME);
  } catch (err) {
    if (!(err instanceof UnsafePathError)) throw err;
    throw new UnsafePathError(
      `Refusing output file '${fileName}' from the server: its name would be written outside ${dir}. Nothing of this output was downloaded`,
      err.reason,
    );
  }
  return joinLikePython(dir, fileName);
}

const OUTPUT_NAME = { what: "output file", strict: true } as const;

/** Compiles a `--file-pattern` (Python `re.search` semantics for the common subset). */
export function compileFilePattern(pattern: string): RegExp {
  let src = pattern;
  let flags = "";
  const inline = /^\(\?([aiLmsux]+)\)/.exec(src);
  if (inline) {
    src = src.slice(inline[0].length);
    if (inline[1]!.includes("i")) flags += "i";
    if (inline[1]!.includes("m")) flags += "m";
    if (inline[1]!.includes("s")) flags += "s";
  }
  src = src
    .replace(/\(\?P<(\w+)>/g, "(?<$1>")
    .replace(/\(\?P=(\w+)\)/g, "\\k<$1>")
    .replace(/\\Z/g, "$");
  try {
    return new RegExp(src, flags);
  } catch (e) {
    throw new ConfigurationError(`Invalid regex pattern '${pattern}': ${(e as Error).message.replace(/^Invalid regular expression: /, "")}`);
  }
}

type OutputLister = Pick<KernelsResource, "outputPage" | "outputFiles">;

/**
 * Downloads the output of the latest run into `dir`: every page (unless `pageToken`), names
 * checked before anything is written, filtered by pattern and size; then the log as
 * `<slug>.log` (always overwritten).
 */
export async function downloadKernelOutput(
  client: KaggleClient,
  kernels: OutputLister,
  ref: KernelRef,
  dir: string,
  opts: DownloadOutputOptions,
): Promise<DownloadOutputResult> {
  const pattern = opts.pattern !== undefined ? compileFilePattern(opts.pattern) : undefined;
  const st = await fs.promises.stat(dir).catch(() => undefined);
  if (st && !st.isDirectory()) throw new ConfigurationError("You must specify a directory for the kernels output");
  let files: ApiKernelSessionOutputFile[];
  let log: string;
  let nextPageToken: string | undefined;
  if (opts.pageToken) {
    const page = await kernels.outputPage(ref, { pageSize: opts.pageSize ?? 20, pageToken: opts.pageToken });
    files = page.files ?? [];
    log = "";
    nextPageToken = page.nextPageToken || undefined;
  } else {
    ({ files, log } = await kernels.outputFiles(ref, opts.pageSize ?? 20));
  }
  // Check every name before writing anything.
  const planned = files.map((f) => ({ file: f, target: safeOutputPath(dir, f.fileName ?? "") }));
  await realFolder(dir);
  const one = async ({ file, target }: (typeof planned)[number]): Promise<OutputFileResult | undefined> => {
    const fileName = file.fileName!;
    if (pattern && !pattern.test(fileName)) return undefined;
    if (!file.url) throw new ProtocolError(`The server sent no URL for output file '${fileName}'`, { status: 0 });
    if (opts.maxBytes !== undefined) {
      const size = await client.remoteSize(file.url);
      if (size !== undefined && size > opts.maxBytes) return { fileName, path: target, status: "too-large", bytes: size };
    }
    await resolveInside(dir, fileName, OUTPUT_NAME);
    const progress = opts.progress?.(fileName);
    const d: DownloadResult = await client.download({
      source: async () => ({ url: file.url! }),
      dest: target,
      ...(opts.force ? { force: true } : {}),
      ...(progress ? { progress } : {}),
    });
    return { fileName, path: target, status: d.status, bytes: d.bytes };
  };
  // Two entries for one path must not be written at once.
  const distinct = new Set(planned.map((p) => p.target)).size === planned.length;
  const results = (await inOrder(planned, distinct ? OUTPUT_PARALLEL : 1, one, (r) => r && opts.onFile?.(r))).filter(
    (r): r is OutputFileResult => r !== undefined,
  );
  const out: DownloadOutputResult = { files: results };
  if (log) {
    const logPath = joinLikePython(dir, `${ref.slug}.log`);
    await writeFileAtomic(logPath, log);
    out.logPath = logPath;
  }
  if (nextPageToken) out.nextPageToken = nextPageToken;
  return out;
}

/** Output files downloaded at once (the official CLI fetches one at a time). */
const OUTPUT_PARALLEL = 8;

/**
 * Maps `items` through `fn`, at most `parallel` at a time; `done` sees each result in the items'
 * order (so that what is printed follows the listing). The first failure stops the rest.
 */
async function inOrder<T, R>(items: readonly T[], parallel: number, fn: (item: T) => Promise<R>, done: (r: R) => void): Promise<R[]> {
  const out: R[] = new Array(items.length);
  const finished: boolean[] = new Array(items.length).fill(false);
  let next = 0;
  let reported = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!);
      } catch (err) {
        failed = true;
        throw err;
      }
      finished[i] = true;
      while (reported < items.length && finished[reported]) done(out[reported++]!);
    }
  };
  const workers = Array.from({ length: Math.min(parallel, items.length) }, worker);
  const settled = await Promise.allSettled(workers);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failure) throw failure.reason;
  return out;
}
