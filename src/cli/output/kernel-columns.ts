/** What the kernels commands print, as the official CLI prints it. */
import type { ApiKernelMetadata } from "../../core/types/kernels";
import { pythonDateTime } from "./cells";
import type { Column } from "./format";

export const kernelColumns: Column<ApiKernelMetadata>[] = [
  { field: "ref", label: "ref", value: (k) => k.ref ?? "" },
  { field: "title", label: "title", value: (k) => k.title ?? "" },
  { field: "author", label: "author", value: (k) => k.author ?? "" },
  { field: "lastRunTime", label: "lastRunTime", value: (k) => pythonDateTime(k.lastRunTime), json: (k) => k.lastRunTime ?? null },
  { field: "totalVotes", label: "totalVotes", value: (k) => k.totalVotes ?? 0 },
];

/** `alice/x has status "KernelWorkerStatus.COMPLETE"` (+ the failure line), as kaggle 2.x prints it. */
export function kernelStatusLines(typed: string, status: string, failureMessage: string): string {
  let out = `${typed} has status "KernelWorkerStatus.${status}"\n`;
  if (failureMessage) out += `Failure message: "${failureMessage}"\n`;
  return out;
}
