/**
 * `GetAcceleratorQuotaStatistics` read into numbers: each accelerator's weekly time used,
 * reserved by running sessions, allowed and left, and when the window refreshes.
 */
import type { ApiAcceleratorQuota, ApiGetAcceleratorQuotaStatisticsResponse } from "../types/kernels";

export interface AcceleratorQuota {
  resource: "GPU" | "TPU";
  usedSeconds: number;
  reservedSeconds: number;
  totalSeconds: number;
  /** `total - used`, never below 0 (what `kaggle quota` shows as remaining). */
  remainingSeconds: number;
  /** `total - used - reserved`, never below 0: what a new run can still count on. */
  availableSeconds: number;
}

export interface QuotaStatistics {
  /** RFC 3339 time the weekly window starts again, or "" when the server does not say. */
  refreshAt: string;
  /** GPU then TPU, each only when the server answers it. */
  quotas: AcceleratorQuota[];
}

/** A protobuf JSON duration (`"3600s"`, `"151.500s"`, `"-1.5s"`) in seconds; undefined when it is not one. */
export function parseDuration(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(-?\d+(?:\.\d{1,9})?)s$/.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

function accelerator(resource: AcceleratorQuota["resource"], q: ApiAcceleratorQuota): AcceleratorQuota {
  const seconds = (field: keyof ApiAcceleratorQuota) => {
    const raw = q[field];
    return typeof raw === "string" ? (parseDuration(raw) ?? 0) : 0;
  };
  const usedSeconds = seconds("timeUsed");
  const reservedSeconds = seconds("timeReserved");
  const totalSeconds = seconds("totalTimeAllowed");
  return {
    resource,
    usedSeconds,
    reservedSeconds,
    totalSeconds,
    remainingSeconds: Math.max(0, totalSeconds - usedSeconds),
    availableSeconds: Math.max(0, totalSeconds - usedSeconds - reservedSeconds),
  };
}

export function readQuota(res: ApiGetAcceleratorQuotaStatisticsResponse): QuotaStatistics {
  const quotas: AcceleratorQuota[] = [];
  if (res.gpuQuota) quotas.push(accelerator("GPU", res.gpuQuota));
  if (res.tpuQuota) quotas.push(accelerator("TPU", res.tpuQuota));
  return { refreshAt: res.quotaRefreshTime ?? "", quotas };
}

/** Which accelerator a push uses: from `machine_shape` / `--accelerator`, else the enable flags. */
export function acceleratorOf(machineShape: string | undefined, enableGpu: boolean, enableTpu: boolean): "GPU" | "TPU" | undefined {
  const shape = (machineShape ?? "").trim();
  if (/^tpu/i.test(shape)) return "TPU";
  if (/^(nvidia|gpu)/i.test(shape)) return "GPU";
  if (enableTpu) return "TPU";
  if (enableGpu) return "GPU";
  return undefined;
}
