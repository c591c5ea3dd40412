/** Dataset records as the wire answers them: `ApiDataset`, `ApiDatasetFile`, `DatasetInfo`. */
import type { ApiDataset, ApiDatasetFile, DatasetInfo } from "../../core/types/datasets";
import type { RequestContext } from "../service";
import { findUser } from "../state";
import { wireTime } from "../wire";
import { currentVersion, liveVersions, totalBytes, versionStatus, type DatasetFileRecord, type DatasetRecord } from "./state";

export const datasetUrl = (ds: DatasetRecord): string => `https://www.kaggle.com/datasets/${ds.owner}/${ds.slug}`;

function fileType(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > name.lastIndexOf("/") ? name.slice(dot) : "";
}

export function toApiFile(ds: DatasetRecord, f: DatasetFileRecord): ApiDatasetFile {
  return {
    ref: f.name,
    datasetRef: `${ds.owner}/${ds.slug}`,
    ownerRef: ds.owner,
    name: f.name,
    creationDate: wireTime(f.creationDate),
    description: f.description,
    fileType: fileType(f.name),
    url: `${datasetUrl(ds)}?select=${encodeURIComponent(f.name)}`,
    totalBytes: f.size,
    columns: f.columns,
  };
}

function ownerName(ctx: RequestContext, ds: DatasetRecord): string {
  return findUser(ctx.state, ds.owner)?.displayName ?? ds.owner;
}

export function toApiDataset(ctx: RequestContext, ds: DatasetRecord, full = false): ApiDataset {
  const cur = currentVersion(ds);
  const out: ApiDataset = {
    id: ds.id,
    ref: `${ds.owner}/${ds.slug}`,
    subtitle: ds.subtitle,
    creatorName: ownerName(ctx, ds),
    creatorUrl: ds.owner,
    totalBytes: totalBytes(cur),
    url: datasetUrl(ds),
    lastUpdated: wireTime(ds.updatedAt),
    downloadCount: ds.downloadCount,
    isPrivate: ds.isPrivate,
    isFeatured: ds.featured,
    licenseName: ds.licenseName,
    description: ds.description,
    ownerName: ownerName(ctx, ds),
    ownerRef: ds.owner,
    kernelCount: ds.kernelCount,
    title: ds.title,
    topicCount: ds.topicCount,
    viewCount: ds.viewCount,
    voteCount: ds.voteCount,
    currentVersionNumber: cur?.number,
    usabilityRating: ds.usabilityRating,
    tags: ds.keywords.map((k) => ({ ref: k.replace(/\s+/g, "-"), name: k })),
    thumbnailImageUrl: `https://storage.googleapis.com/kaggle-datasets-images/${ds.id}/thumbnail.png`,
  };
  if (full) {
    out.files = (cur?.files ?? []).map((f) => toApiFile(ds, f));
    out.versions = liveVersions(ds).map((v) => ({
      versionNumber: v.number,
      creationDate: wireTime(v.creationDate),
      creatorName: findUser(ctx.state, v.creator)?.displayName ?? v.creator,
      creatorRef: v.creator,
      versionNotes: v.notes,
      status: versionStatus(v, ctx.now()).toLowerCase(),
    }));
  }
  return out;
}

export function toInfo(ds: DatasetRecord): DatasetInfo {
  return {
    datasetId: ds.id,
    datasetSlug: ds.slug,
    ownerUser: ds.owner,
    usabilityRating: ds.usabilityRating,
    totalViews: ds.viewCount,
    totalVotes: ds.voteCount,
    totalDownloads: ds.downloadCount,
    title: ds.title,
    subtitle: ds.subtitle,
    description: ds.description,
    isPrivate: ds.isPrivate,
    keywords: ds.keywords,
    licenses: [{ name: ds.licenseName }],
    collaborators: ds.collaborators.map((c) => ({ username: c.username, role: c.role })),
    expectedUpdateFrequency: ds.expectedUpdateFrequency ?? "not specified",
    userSpecifiedSources: ds.userSpecifiedSources,
  };
}
