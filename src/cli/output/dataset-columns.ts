/** Columns of `datasets list` and `datasets files`, named and ordered as the official CLI prints them. */
import type { ApiDataset, ApiDatasetFile } from "../../core/types/datasets";
import { pythonDateTime } from "./cells";
import type { Column } from "./format";

function pyFloat(v: number | undefined): string {
  const n = v ?? 0;
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

export const datasetColumns: Column<ApiDataset>[] = [
  { field: "ref", label: "ref", value: (d) => d.ref ?? "" },
  { field: "title", label: "title", value: (d) => d.title ?? "" },
  { field: "totalBytes", label: "size", value: (d) => d.totalBytes ?? 0 },
  { field: "lastUpdated", label: "lastUpdated", value: (d) => pythonDateTime(d.lastUpdated), json: (d) => d.lastUpdated ?? null },
  { field: "downloadCount", label: "downloadCount", value: (d) => d.downloadCount ?? 0 },
  { field: "voteCount", label: "voteCount", value: (d) => d.voteCount ?? 0 },
  // A float: printed as Python prints it and, being no integer, left-justified.
  { field: "usabilityRating", label: "usabilityRating", value: (d) => pyFloat(d.usabilityRating), json: (d) => d.usabilityRating ?? 0 },
];

export const datasetFileColumns: Column<ApiDatasetFile>[] = [
  { field: "name", label: "name", value: (f) => f.name ?? "" },
  { field: "totalBytes", label: "size", value: (f) => f.totalBytes ?? 0 },
  { field: "creationDate", label: "creationDate", value: (f) => pythonDateTime(f.creationDate), json: (f) => f.creationDate ?? null },
];
