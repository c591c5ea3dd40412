/** Columns of `datasets list` and `datasets files`, named and ordered as the official CLI prints them. */
import type { ApiDataset, ApiDatasetFile } from "../../core/types/datasets";
import { pythonDateTime, pythonIsoDateTime } from "./cells";
import type { Column } from "./format";

/**
 * As the official CLI prints the JSON number it received: `1` stays `1` (and, as an integer in
 * the first row, right-aligns the column), `0.875` stays `0.875`; an absent rating is the float
 * default `0.0`.
 */
function usability(v: number | undefined): number | string {
  return v === undefined ? "0.0" : v;
}

export const datasetColumns: Column<ApiDataset>[] = [
  { field: "ref", label: "ref", value: (d) => d.ref ?? "" },
  { field: "title", label: "title", value: (d) => d.title ?? "" },
  { field: "totalBytes", label: "size", value: (d) => d.totalBytes ?? 0 },
  { field: "lastUpdated", label: "lastUpdated", value: (d) => pythonDateTime(d.lastUpdated), json: (d) => pythonIsoDateTime(d.lastUpdated) },
  { field: "downloadCount", label: "downloadCount", value: (d) => d.downloadCount ?? 0 },
  { field: "voteCount", label: "voteCount", value: (d) => d.voteCount ?? 0 },
  // A float: printed as Python prints it and, being no integer, left-justified.
  { field: "usabilityRating", label: "usabilityRating", value: (d) => usability(d.usabilityRating), json: (d) => d.usabilityRating ?? 0 },
];

/**
 * The official `datasets files` reads the field `size` (the file object's byte count), so `size`,
 * not `totalBytes`, sets the column's minimum width; `competitions files` and `datasets list` read
 * `totalBytes` and pad to 10.
 */
export const datasetFileColumns: Column<ApiDatasetFile>[] = [
  { field: "name", label: "name", value: (f) => f.name ?? "" },
  { field: "size", label: "size", value: (f) => f.totalBytes ?? 0 },
  { field: "creationDate", label: "creationDate", value: (f) => pythonDateTime(f.creationDate), json: (f) => pythonIsoDateTime(f.creationDate) },
];
