/**
 * Progress of a transfer on stderr: a redrawn bar on a terminal, otherwise a plain line every
 * 10% (and at least every 15 s) so CI logs show movement without flooding.
 */
import type { Progress } from "../../core/progress";
import { humanSize } from "../../core/progress";
import { stripControl } from "./safe-text";

export function progressReporter(stream: NodeJS.WriteStream, now: () => number = Date.now): Progress {
  const tty = Boolean(stream.isTTY);
  let name = "";
  let total: number | undefined;
  let done = 0;
  let started = 0;
  let lastDraw = 0;
  let lastDecile = -1;
  const rate = () => {
    const secs = Math.max((now() - started) / 1000, 0.001);
    return `${humanSize(done / secs)}/s`;
  };
  const draw = (final: boolean) => {
    const pct = total ? Math.floor((done / total) * 100) : undefined;
    if (tty) {
      const width = 30;
      const filled = pct === undefined ? 0 : Math.round((pct / 100) * width);
      const bar = `${"█".repeat(filled)}${" ".repeat(width - filled)}`;
      const text = `${pct === undefined ? "" : `${String(pct).padStart(3)}%|${bar}| `}${humanSize(done)}${total ? `/${humanSize(total)}` : ""} [${rate()}]`;
      stream.write(`\r${text}${final ? "\n" : ""}`);
      return;
    }
    const decile = pct === undefined ? -1 : Math.floor(pct / 10);
    if (final && decile === 10 && lastDecile === 10) return;
    if (final || decile > lastDecile || now() - lastDraw >= 15_000) {
      lastDecile = decile;
      lastDraw = now();
      stream.write(`${name}: ${pct === undefined ? "" : `${pct}% `}${humanSize(done)}${total ? ` of ${humanSize(total)}` : ""} (${rate()})\n`);
    }
  };
  return {
    start(n, t, already) {
      name = stripControl(n);
      total = t;
      done = already;
      started = now();
      lastDraw = started;
      lastDecile = -1;
    },
    advance(bytes) {
      done += bytes;
      if (tty && now() - lastDraw < 100) return;
      if (tty) lastDraw = now();
      draw(false);
    },
    finish() {
      draw(true);
    },
  };
}
