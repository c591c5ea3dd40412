/**
 * `kaggle.json` and the `KAGGLE_*` variables, read the way the official CLI (2.x) reads them:
 * the file first, then every `KAGGLE_<NAME>` variable on top as config value `<name>`.
 */
import fs from "node:fs";
import path from "node:path";
import { ConfigurationError } from "./errors";
import { writeFileAtomicSync } from "./fs";
import type { HostInfo } from "./env";
import { jsonSyntaxError } from "./json";

export const CONFIG_FILE_NAME = "kaggle.json";

/** The folder holding `kaggle.json`: `KAGGLE_CONFIG_DIR`, `~/.kaggle`, or the XDG folder. */
export function configDir(host: HostInfo): string {
  const explicit = host.env.KAGGLE_CONFIG_DIR;
  if (explicit) return path.resolve(explicit);
  const legacy = path.join(host.home, ".kaggle");
  if (host.platform !== "linux" || fs.existsSync(legacy)) return legacy;
  const xdg = host.env.XDG_CONFIG_HOME || path.join(host.home, ".config");
  return path.join(xdg, "kaggle");
}

export function configFilePath(host: HostInfo): string {
  return path.join(configDir(host), CONFIG_FILE_NAME);
}

export type ConfigValues = Record<string, unknown>;

/** Reads `kaggle.json`; a missing file is `{}`, a malformed one a ConfigurationError. */
export function readConfigFile(file: string): ConfigValues {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw err;
  }
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const at = jsonSyntaxError(text, err as Error);
    const where = at.line !== undefined ? ` at line ${at.line}, column ${at.column}` : "";
    throw new ConfigurationError(
      `${file} is not valid JSON: ${at.detail}${where} (a trailing comma or a missing quote?); fix it or delete it and run 'kaggle config set' again`,
      { file, ...(at.line !== undefined ? { line: at.line } : {}) },
    );
  }
  if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as ConfigValues;
  throw new ConfigurationError(`${file} is not a JSON object; fix it or delete it and run 'kaggle config set' again`, { file });
}

/** Config names set through `KAGGLE_<NAME>` environment variables. */
export function configFromEnv(host: HostInfo): ConfigValues {
  const out: ConfigValues = {};
  for (const [name, value] of Object.entries(host.env)) {
    if (value === undefined || !name.startsWith("KAGGLE_") || name.length <= 7) continue;
    out[name.slice(7).toLowerCase()] = value;
  }
  return out;
}

/** The effective configuration: the file, then the environment on top. */
export function loadConfig(host: HostInfo): { dir: string; file: string; values: ConfigValues } {
  const dir = configDir(host);
  const file = path.join(dir, CONFIG_FILE_NAME);
  return { dir, file, values: { ...readConfigFile(file), ...configFromEnv(host) } };
}

export function configString(values: ConfigValues, name: string): string | undefined {
  const value = values[name];
  if (value === undefined || value === null || value === "") return undefined;
  return String(value);
}

/**
 * Writes `kaggle.json` atomically with mode 0600: a temporary file in the same folder, then a
 * rename, so a crash never leaves half a credentials file behind.
 */
export function writeConfigFile(file: string, values: ConfigValues): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileAtomicSync(file, `${JSON.stringify(values, null, 2)}\n`, { mode: 0o600 });
}

/** The names `kaggle config set/unset` accept: the ones something reads. */
export const CONFIG_NAMES = ["competition", "path", "proxy", "username", "key"] as const;

/** Refuses a config name nothing reads (an empty one, a path, a typo) before the file is touched. */
export function checkConfigName(name: string): void {
  if ((CONFIG_NAMES as readonly string[]).includes(name)) return;
  const shown = name === "" ? "an empty name" : `'${name}'`;
  throw new ConfigurationError(`Unknown configuration name ${shown}: use one of ${CONFIG_NAMES.join(", ")}`);
}

/** Refuses a value that cannot work for its name (a proxy that is no http(s) URL) before it is stored. */
export function checkConfigValue(name: string, value: string): void {
  if (name !== "proxy") return;
  let ok = false;
  try {
    ok = ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    // reported below
  }
  if (!ok) {
    throw new ConfigurationError(`The proxy must be an http:// or https:// URL such as http://proxy.example:3128, got '${redactUrlPassword(value)}'`);
  }
}

/** A URL with its password replaced by `***` (`http://user:***@host:3128`), for printing. */
export function redactUrlPassword(value: string): string {
  const start = value.indexOf("//");
  if (start === -1) return value;
  const rest = value.slice(start + 2);
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf("@");
  const colon = authority.indexOf(":");
  if (at === -1 || colon === -1 || colon > at) return value;
  return `${value.slice(0, start + 2)}${authority.slice(0, colon)}:***${authority.slice(at)}${end === -1 ? "" : rest.slice(end)}`;
}
