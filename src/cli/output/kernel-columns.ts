/** What the kernels commands print, as the official CLI prints it. */
import type { ApiKernelMetadata, ApiListKernelFilesItem } from "../../core/types/kernels";
import { pythonDateTime, pythonIsoDateTime } from "./cells";
import type { Column } from "./format";

export const kernelColumns: Column<ApiKernelMetadata>[] = [
  { field: "ref", label: "ref", value: (k) => k.ref ?? "" },
  { field: "title", label: "title", value: (k) => k.title ?? "" },
  { field: "author", label: "author", value: (k) => k.author ?? "" },
  { field: "lastRunTime", label: "lastRunTime", value: (k) => pythonDateTime(k.lastRunTime), json: (k) => pythonIsoDateTime(k.lastRunTime) },
  { field: "totalVotes", label: "totalVotes", value: (k) => k.totalVotes ?? 0 },
];

/** `alice/x has status "KernelWorkerStatus.COMPLETE"` (+ the failure line), as kaggle 2.x prints it. */
export function kernelStatusLines(typed: string, status: string, failureMessage: string): string {
  let out = `${typed} has status "KernelWorkerStatus.${status}"\n`;
  if (failureMessage) out += `Failure message: "${failureMessage}"\n`;
  return out;
}

/** `kernels files`: the server's `creationDate` is already text (e.g. `4:41 pm, Wednesday 23 September 2026 UTC`). */
export const kernelFileColumns: Column<ApiListKernelFilesItem>[] = [
  { field: "name", label: "name", value: (f) => f.name ?? "" },
  { field: "size", label: "size", value: (f) => f.size ?? 0 },
  { field: "creationDate", label: "creationDate", value: (f) => f.creationDate ?? "" },
];
