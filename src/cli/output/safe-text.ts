/**
 * Text on its way to the user's terminal, much of it written by a server: secrets are replaced
 * with `***` (the user's own, and anything shaped like a credential), and terminal control is
 * removed (ANSI escape sequences, other control characters, a carriage return that would
 * overwrite the line), so a server can neither leak a token into a CI log nor repaint the
 * screen. Tabs, newlines and CRLF line ends are kept.
 */
import { redact } from "../../core/errors";

/** CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`), the 8-bit CSI, and two-byte escapes. */
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[ -~]?/g;
/** Control characters other than tab and newline; a CR only where it does not end a line. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/** Credential shapes: `Bearer …`/`Basic …` values and Kaggle access tokens (`KGAT_…`). */
const CREDENTIALS: [RegExp, string][] = [
  [/\bBearer\s+[A-Za-z0-9._~+/=-]{16,}/g, "Bearer ***"],
  [/\bBasic\s+[A-Za-z0-9+/]{16,}={0,2}/g, "Basic ***"],
  [/\bKGAT_[A-Za-z0-9_-]+/g, "***"],
];

/** Removes escape sequences and control characters (keeping `\t`, `\n` and `\r\n`). */
export function stripControl(text: string): string {
  return text.replace(ESCAPES, "").replace(CONTROLS, "");
}

/** Replaces the given secrets and anything shaped like a credential with `***`. */
export function redactCredentials(text: string, secrets: readonly string[]): string {
  let out = redact(text, secrets);
  for (const [pattern, replacement] of CREDENTIALS) out = out.replace(pattern, replacement);
  return out;
}

/** Text safe to print: secrets redacted, terminal control removed. */
export function safeText(text: string, secrets: readonly string[]): string {
  return redactCredentials(stripControl(text), secrets);
}
