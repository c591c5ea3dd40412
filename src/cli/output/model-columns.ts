/** Columns of the `models` list commands, named, ordered and valued as kaggle 2.2.3 prints them. */
import type { ApiModel, ApiModelFile, ModelInstanceSummary, ModelInstanceVersion } from "../../core/types/models";
import { humanSize, pythonDateTime, pythonIsoDateTime } from "./cells";
import type { Column } from "./format";

export const modelColumns: Column<ApiModel>[] = [
  { field: "id", label: "id", value: (m) => m.id ?? 0 },
  { field: "ref", label: "ref", value: (m) => m.ref ?? "" },
  { field: "title", label: "title", value: (m) => m.title ?? "" },
  { field: "subtitle", label: "subtitle", value: (m) => m.subtitle ?? "" },
  { field: "author", label: "author", value: (m) => m.author ?? "" },
];

/**
 * `models instances list`: the upstream columns of a *version* (its number, notes, creation
 * status and size) read from each `ModelInstance`; optional fields Kaggle leaves out print `None`.
 */
export const instanceColumns: Column<ModelInstanceSummary>[] = [
  { field: "versionNumber", label: "version", value: (i) => i.versionNumber ?? 0 },
  { field: "versionNotes", label: "notes", value: (i) => i.versionNotes ?? "" },
  {
    field: "creationStatus",
    label: "created",
    value: (i) => (i.creationStatus ? JSON.stringify(i.creationStatus) : "None"),
    json: (i) => (i.creationStatus ? JSON.stringify(i.creationStatus) : null),
  },
  {
    field: "totalUncompressedBytes",
    label: "size",
    value: (i) => i.totalUncompressedBytes ?? "None",
    json: (i) => i.totalUncompressedBytes ?? null,
  },
];

export const versionColumns: Column<ModelInstanceVersion>[] = [
  { field: "versionNumber", label: "version", value: (v) => v.versionNumber ?? 0 },
  { field: "variationSlug", label: "variation", value: (v) => v.variationSlug ?? "" },
  { field: "modelTitle", label: "title", value: (v) => v.modelTitle ?? "" },
  { field: "isPrivate", label: "private", value: (v) => v.isPrivate ?? false },
];

/** `models instances files`: the dataset file columns, the size as text (`File.get_size`). */
export const instanceFileColumns: Column<ApiModelFile>[] = [
  { field: "name", label: "name", value: (f) => f.name ?? "" },
  { field: "total_bytes", label: "total_bytes", value: (f) => humanSize(f.size ?? 0) },
  { field: "creationDate", label: "creationDate", value: (f) => pythonDateTime(f.creationDate), json: (f) => pythonIsoDateTime(f.creationDate) },
];

/** `models instances versions files`. */
export const versionFileColumns: Column<ApiModelFile>[] = [
  { field: "name", label: "name", value: (f) => f.name ?? "" },
  { field: "size", label: "size", value: (f) => f.size ?? 0 },
  { field: "creation_date", label: "creationDate", value: (f) => pythonDateTime(f.creationDate), json: (f) => pythonIsoDateTime(f.creationDate) },
];
