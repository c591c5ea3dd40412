/**
 * What `kaggle search` prints for each result: its kind (the `--type` word), a ref to pass to
 * that kind's commands, the title, the owner, the votes and when it was created.
 */
import { SEARCH_TYPE_WORDS, type ListEntitiesDocument } from "../../core/types/search";
import { pythonDateTime, pythonIsoDateTime } from "./cells";
import type { Column } from "./format";

const KIND_WORD = new Map(Object.entries(SEARCH_TYPE_WORDS).map(([word, type]) => [type, word]));

const ownerOf = (d: ListEntitiesDocument) => d.ownerUser?.userName ?? d.ownerOrganization?.slug ?? "";

/** `owner/slug` for datasets, notebooks and models, the slug of a competition, a user name, a topic id. */
export function searchRef(d: ListEntitiesDocument): string {
  switch (d.documentType) {
    case "DATASET":
    case "KERNEL":
    case "MODEL":
      return d.slug ? `${ownerOf(d)}/${d.slug}` : "";
    case "TOPIC":
    case "COMMENT":
      return String(d.id ?? "");
    default:
      return d.slug ?? String(d.id ?? "");
  }
}

export const searchColumns: Column<ListEntitiesDocument>[] = [
  {
    field: "type",
    label: "type",
    value: (d) => KIND_WORD.get(d.documentType ?? "DOCUMENT_TYPE_UNSPECIFIED") ?? (d.documentType ?? "").toLowerCase(),
  },
  { field: "ref", label: "ref", value: searchRef },
  { field: "title", label: "title", value: (d) => d.title ?? "" },
  { field: "owner", label: "owner", value: ownerOf },
  { field: "votes", label: "votes", value: (d) => d.votes ?? 0 },
  { field: "createTime", label: "created", value: (d) => pythonDateTime(d.createTime), json: (d) => pythonIsoDateTime(d.createTime) },
];
