/** Flags and helpers several command groups share. */
import path from "node:path";
import type { OptionSpec } from "../args";
import type { CliContext } from "../context";
import { ConfigurationError } from "../../core/errors";

export const CSV = {
  flags: ["-v", "--csv"],
  type: "bool",
  help: "Print results in CSV format (if not set print in table format)",
} as const satisfies OptionSpec;
export const FORMAT = {
  flags: ["--format"],
  help: "Output format: table (default), csv or json, optionally with fields, e.g. json(ref,title). Default from KAGGLE_OUTPUT_FORMAT",
} as const satisfies OptionSpec;
export const QUIET = {
  flags: ["-q", "--quiet"],
  type: "bool",
  help: "Suppress printing information about the upload/download progress",
} as const satisfies OptionSpec;
export const PAGE_SIZE = {
  flags: ["--page-size"],
  type: "int",
  help: "Number of items to show on a page. Default size is 20, max is 200",
} as const satisfies OptionSpec;
export const PAGE_TOKEN = { flags: ["--page-token"], help: "Page token for results paging" } as const satisfies OptionSpec;
export const FORCE = {
  flags: ["-o", "--force"],
  type: "bool",
  help: "Skip check whether local version of file is up to date, force file download",
} as const satisfies OptionSpec;
export const WP = { flags: ["-w", "--wp"], type: "bool", help: "Download files to current working path" } as const satisfies OptionSpec;

export const LIST_EXCLUSIVE = [["csv", "format"]] as const;

/** `--page-size` and `--page-token` as request options; `defaultSize` is sent when none is given. */
export function pageOptions(args: { page_size?: number; page_token?: string }, defaultSize?: number): { pageSize?: number; pageToken?: string } {
  const size = args.page_size ?? defaultSize;
  const token = args.page_token;
  return { ...(size !== undefined ? { pageSize: size } : {}), ...(token !== undefined ? { pageToken: token } : {}) };
}

/** Rejects a page size the API cannot serve, before any request. */
export function checkPageSize(value: number | undefined, max = 200): void {
  if (value !== undefined && (value < 1 || value > max)) {
    throw new ConfigurationError(`--page-size must be between 1 and ${max}, got ${value}`);
  }
}

/**
 * The download folder: `-p`, `-w` (current folder), the `path` config value joined with the
 * sub-folders (e.g. `competitions/<name>`), or the current folder.
 */
export function downloadDir(ctx: CliContext, args: { path?: string; wp?: boolean }, ...subdirs: string[]): string {
  const explicit = args.path;
  if (explicit) return explicit;
  if (args.wp) return ".";
  const configured = ctx.config("path");
  return configured ? path.join(configured, ...subdirs) : ".";
}
