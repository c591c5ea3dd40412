/**
 * The score history chart, drawn by the server as inline SVG: one point per scored
 * submission (its public score over time) and, dashed, the best score so far.
 */
import { formatTime } from "./context";
import { html, type Html } from "./html";

export interface ScorePoint {
  /** Milliseconds since the epoch. */
  at: number;
  score: number;
}

const W = 640;
const H = 220;
const PAD = { left: 64, right: 16, top: 14, bottom: 34 };

function scale(from: [number, number], to: [number, number]): (v: number) => number {
  const [a, b] = from;
  if (a === b) return () => (to[0] + to[1]) / 2;
  return (v) => to[0] + ((v - a) / (b - a)) * (to[1] - to[0]);
}

/** Best score so far at each point (by the metric's direction). */
export function bestSoFar(points: readonly ScorePoint[], higherIsBetter: boolean): number[] {
  const out: number[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    out.push(prev === undefined ? p.score : higherIsBetter ? Math.max(prev, p.score) : Math.min(prev, p.score));
  }
  return out;
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toPrecision(5).replace(/0+$/, "").replace(/\.$/, ""));

export function scoreChart(input: readonly ScorePoint[], higherIsBetter: boolean, label: string): Html {
  const points = [...input].sort((a, b) => a.at - b.at);
  if (points.length === 0) return html`<p class="muted">No scored submissions yet.</p>`;
  const scores = points.map((p) => p.score);
  const lo = Math.min(...scores);
  const hi = Math.max(...scores);
  const pad = hi === lo ? Math.abs(hi) * 0.05 || 1 : (hi - lo) * 0.1;
  const y = scale([lo - pad, hi + pad], [H - PAD.bottom, PAD.top]);
  const x = scale([points[0]!.at, points[points.length - 1]!.at], [PAD.left + 8, W - PAD.right - 8]);
  const xy = (p: ScorePoint): string => `${x(p.at).toFixed(1)},${y(p.score).toFixed(1)}`;
  const line = points.map(xy).join(" ");
  const best = bestSoFar(points, higherIsBetter);
  const bestLine = points.map((p, i) => `${x(p.at).toFixed(1)},${y(best[i]!).toFixed(1)}`).join(" ");
  const ticks = [lo - pad, (lo + hi) / 2, hi + pad];
  return html`<svg class="chart" role="img" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">
    <title>${label}</title>
    ${ticks.map((t) => html`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" /><text x="${PAD.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${fmt(t)}</text>`)}
    <line class="axis" x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${H - PAD.bottom}" />
    <line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}" />
    <text x="${PAD.left}" y="${H - 10}">${formatTime(points[0]!.at)}</text>
    ${points.length > 1 ? html`<text x="${W - PAD.right}" y="${H - 10}" text-anchor="end">${formatTime(points[points.length - 1]!.at)}</text>` : ""}
    <polyline class="best" points="${bestLine}" />
    <polyline class="line" points="${line}" />
    ${points.map((p) => html`<circle cx="${x(p.at).toFixed(1)}" cy="${y(p.score).toFixed(1)}" r="3.5"><title>${fmt(p.score)} at ${formatTime(p.at)}</title></circle>`)}
  </svg>`;
}
