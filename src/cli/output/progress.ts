/**
 * Progress of a transfer on stderr: a redrawn bar on a terminal, otherwise a plain line every
 * 10% (and at least every 15 s) so CI logs show movement without flooding. The speed counts
 * only the bytes moved in this run, not those a resumed transfer already had.
 */
import type { Progress } from "../../core/progress";
import { humanSize } from "./cells";
import { stripControl } from "./safe-text";

/** Sizes in the progress lines round halves up (the `Upload successful` line rounds as upstream). */
const HALF_UP = { rounding: "half-up" } as const;

export interface Reporter extends Progress {
  /** Bytes that were already there (resumed or reused): in the total done, not in the speed. */
  credit(bytes: number): void;
  /** Runs `write` (which prints a line) with a drawn bar cleared first and redrawn after. */
  around(write: () => void): void;
}

export function progressReporter(stream: NodeJS.WriteStream, now: () => number = Date.now): Reporter {
  const tty = Boolean(stream.isTTY);
  let name = "";
  let total: number | undefined;
  let done = 0;
  let moved = 0;
  let started = 0;
  let lastDraw = 0;
  let lastDecile = -1;
  let drawn = false;
  let finished = false;
  const rate = () => {
    const secs = Math.max((now() - started) / 1000, 0.001);
    return `${humanSize(moved / secs, HALF_UP)}/s`;
  };
  const draw = (final: boolean) => {
    const shown = total === undefined ? done : Math.min(done, total);
    const pct = total ? Math.floor((shown / total) * 100) : undefined;
    if (tty) {
      const width = 30;
      const filled = pct === undefined ? 0 : Math.round((pct / 100) * width);
      const bar = `${"█".repeat(filled)}${" ".repeat(width - filled)}`;
      const text = `${pct === undefined ? "" : `${String(pct).padStart(3)}%|${bar}| `}${humanSize(shown, HALF_UP)}${total ? `/${humanSize(total, HALF_UP)}` : ""} [${rate()}]`;
      stream.write(`\r${text}${final ? "\n" : ""}`);
      drawn = !final;
      return;
    }
    const decile = pct === undefined ? -1 : Math.floor(pct / 10);
    if (final && decile === 10 && lastDecile === 10) return;
    if (final || decile > lastDecile || now() - lastDraw >= 15_000) {
      lastDecile = decile;
      lastDraw = now();
      stream.write(
        `${name}: ${pct === undefined ? "" : `${pct}% `}${humanSize(shown, HALF_UP)}${total ? ` of ${humanSize(total, HALF_UP)}` : ""} (${rate()})\n`,
      );
    }
  };
  return {
    start(n, t, already) {
      name = stripControl(n);
      total = t;
      done = already;
      moved = 0;
      finished = false;
      started = now();
      lastDraw = started;
      lastDecile = -1;
    },
    advance(bytes) {
      done += bytes;
      moved += bytes;
      if (tty && now() - lastDraw < 100) return;
      if (tty) lastDraw = now();
      draw(false);
    },
    finish() {
      if (finished) return;
      finished = true;
      draw(true);
    },
    credit(bytes) {
      done += bytes;
    },
    around(write) {
      if (!drawn || finished) return write();
      stream.write("\r\x1b[K");
      write();
      draw(false);
    },
  };
}
