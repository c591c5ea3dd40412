/** What `kaggle quota` prints: hours with two decimals and an `h`, and the refresh time as Python's `isoformat()`. */
import type { AcceleratorQuota } from "../../core/resources/kernels";
import { pythonIsoDateTime } from "./cells";
import type { Column } from "./format";

export interface QuotaRow {
  quota: AcceleratorQuota;
  refreshAt: string;
}

/**
 * Python's `f"{x:.2f}"`. Both round the exact binary value; they differ only on exact ties, which
 * for two decimals are the odd multiples of 1/8 (0.125, 0.375, …): Python rounds those to even.
 */
export function pythonFixed2(x: number): string {
  const eighths = x * 8; // exact: a power of two
  if (Number.isInteger(eighths) && Math.abs(eighths) % 2 === 1) {
    const floor = Math.floor(x * 100); // x * 100 is exact here (an odd multiple of 12.5)
    return ((floor % 2 === 0 ? floor : floor + 1) / 100).toFixed(2);
  }
  return x.toFixed(2);
}

const hours = (seconds: number) => `${pythonFixed2(seconds / 3600)}h`;

export const quotaColumns: Column<QuotaRow>[] = [
  { field: "resource", label: "resource", value: (r) => r.quota.resource },
  { field: "used", label: "used", value: (r) => hours(r.quota.usedSeconds) },
  { field: "remaining", label: "remaining", value: (r) => hours(r.quota.remainingSeconds) },
  { field: "total", label: "total", value: (r) => hours(r.quota.totalSeconds) },
  { field: "refreshAt", label: "refreshAt", value: (r) => pythonIsoDateTime(r.refreshAt) ?? "" },
];
