/**
 * Evaluation metrics. Each takes the solution's target values and the submission's values for
 * the same rows (already aligned by id); multi-target rows are arrays of equal length.
 */
export const MetricNames = ["accuracy", "rmse", "mae", "logloss", "auc"] as const;
export type MetricName = (typeof MetricNames)[number];

export interface MetricInfo {
  /** Display name, as in `ApiCompetition.evaluationMetric`. */
  title: string;
  higherIsBetter: boolean;
  /** Whether submission values must parse as numbers. */
  numeric: boolean;
}

export const metricInfo: Record<MetricName, MetricInfo> = {
  accuracy: { title: "Categorization Accuracy", higherIsBetter: true, numeric: false },
  rmse: { title: "Root Mean Squared Error", higherIsBetter: false, numeric: true },
  mae: { title: "Mean Absolute Error", higherIsBetter: false, numeric: true },
  logloss: { title: "Log Loss", higherIsBetter: false, numeric: true },
  auc: { title: "Area Under Receiver Operating Characteristic Curve", higherIsBetter: true, numeric: true },
};

export class MetricError extends Error {}

/** Normalise a label for exact-match comparison: trimmed; numbers canonical; booleans lower-case. */
function label(v: string): string {
  const t = v.trim();
  if (t !== "" && Number.isFinite(Number(t))) return String(Number(t));
  const lower = t.toLowerCase();
  return lower === "true" || lower === "false" ? lower : t;
}

/** Fraction of cells equal after normalisation (multi-column rows count every cell). */
export function accuracy(actual: string[][], predicted: string[][]): number {
  let ok = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const p = predicted[i]!;
    for (let j = 0; j < a.length; j++) {
      n++;
      if (label(a[j]!) === label(p[j]!)) ok++;
    }
  }
  if (n === 0) throw new MetricError("No rows to score.");
  return ok / n;
}

function flat(values: number[][]): number[] {
  return values.flat();
}

export function rmse(actual: number[][], predicted: number[][]): number {
  const a = flat(actual);
  const p = flat(predicted);
  if (a.length === 0) throw new MetricError("No rows to score.");
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i]! - p[i]!) ** 2;
  return Math.sqrt(sum / a.length);
}

export function mae(actual: number[][], predicted: number[][]): number {
  const a = flat(actual);
  const p = flat(predicted);
  if (a.length === 0) throw new MetricError("No rows to score.");
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - p[i]!);
  return sum / a.length;
}

const EPS = 1e-15;
const clip = (p: number): number => Math.min(Math.max(p, EPS), 1 - EPS);

/**
 * Log loss. One column: binary, the solution holds 0/1 and the submission the probability of 1.
 * Several columns: one-hot solution, submission probabilities per class, each row rescaled to
 * sum to 1 after clipping (scikit-learn's behaviour).
 */
export function logloss(actual: number[][], predicted: number[][]): number {
  if (actual.length === 0) throw new MetricError("No rows to score.");
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const p = predicted[i]!;
    if (a.length === 1) {
      const y = a[0]!;
      if (y !== 0 && y !== 1) throw new MetricError(`Log loss needs 0/1 targets, found ${y}.`);
      const q = clip(p[0]!);
      sum += -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
    } else {
      const clipped = p.map(clip);
      const total = clipped.reduce((s, x) => s + x, 0);
      for (let j = 0; j < a.length; j++) if (a[j]! > 0) sum += -a[j]! * Math.log(clipped[j]! / total);
    }
  }
  return sum / actual.length;
}

/** ROC AUC of the first column (binary 0/1 targets), ties get the average rank (Mann–Whitney). */
export function auc(actual: number[][], predicted: number[][]): number {
  const ys = actual.map((r) => r[0]!);
  const ps = predicted.map((r) => r[0]!);
  const order = ps.map((_, i) => i).sort((x, y) => ps[x]! - ps[y]!);
  const ranks = new Array<number>(ps.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && ps[order[j + 1]!] === ps[order[i]!]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = avg;
    i = j + 1;
  }
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < ys.length; i++) {
    if (ys[i] === 1) {
      pos++;
      rankSum += ranks[i]!;
    } else if (ys[i] !== 0) throw new MetricError(`AUC needs 0/1 targets, found ${ys[i]}.`);
  }
  const neg = ys.length - pos;
  if (pos === 0 || neg === 0) throw new MetricError("AUC is undefined when only one class is present.");
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

export function computeMetric(name: MetricName, actual: string[][], predicted: string[][]): number {
  if (name === "accuracy") return accuracy(actual, predicted);
  const toNum = (rows: string[][]): number[][] => rows.map((r) => r.map((v) => Number(v.trim())));
  const a = toNum(actual);
  const p = toNum(predicted);
  switch (name) {
    case "rmse":
      return rmse(a, p);
    case "mae":
      return mae(a, p);
    case "logloss":
      return logloss(a, p);
    case "auc":
      return auc(a, p);
  }
}

export function isMetricName(v: string): v is MetricName {
  return (MetricNames as readonly string[]).includes(v);
}

/** Scores as Kaggle shows them: five decimals, e.g. `0.77511`. */
export function formatScore(v: number | undefined): string | undefined {
  return v === undefined || !Number.isFinite(v) ? undefined : v.toFixed(5);
}

/** `a` ranks before `b`? */
export function better(metric: MetricName, a: number, b: number): boolean {
  return metricInfo[metric].higherIsBetter ? a > b : a < b;
}
