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

/** Python's `repr()` of a string. */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text
    .replace(/\\/g, "\\\\")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(new RegExp(quote, "g"), `\\${quote}`);
  return `${quote}${body}${quote}`;
}

/** Python's `str()` of a list of strings: `['a', 'b']`. */
export function pyList(items: readonly string[]): string {
  return `[${items.map(pyRepr).join(", ")}]`;
}

/** `alice/x has status "KernelWorkerStatus.COMPLETE"` (+ the failure line), as kaggle 2.x prints it. */
export function kernelStatusLines(typed: string, status: string, failureMessage: string): string {
  let out = `${typed} has status "KernelWorkerStatus.${status}"\n`;
  if (failureMessage) out += `Failure message: "${failureMessage}"\n`;
  return out;
}
