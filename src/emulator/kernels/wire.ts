/** Kernel records as the wire answers them: `ApiKernelMetadata` and Kaggle's human-readable dates. */
import type { ApiKernelMetadata } from "../../core/types/kernels";
import type { RequestContext } from "../service";
import { findUser } from "../state";
import { wireTime } from "../wire";
import { latest, type KernelRecord, type KernelVersionRecord } from "./state";

function authorName(ctx: RequestContext, owner: string): string {
  return findUser(ctx.state, owner)?.displayName ?? owner;
}

export function lastRun(k: KernelRecord): string {
  const v = [...k.versions].reverse().find((x) => x.session.startedAt);
  return v?.session.startedAt ?? latest(k).createdAt;
}

export function toMetadata(ctx: RequestContext, k: KernelRecord, v: KernelVersionRecord = latest(k)): ApiKernelMetadata {
  return {
    id: k.id,
    ref: `${k.owner}/${k.slug}`,
    title: v.title,
    author: authorName(ctx, k.owner),
    slug: k.slug,
    lastRunTime: wireTime(lastRun(k)),
    language: v.language,
    kernelType: v.kernelType,
    isPrivate: v.isPrivate,
    enableGpu: v.enableGpu,
    enableInternet: v.enableInternet,
    categoryIds: v.categoryIds,
    datasetDataSources: v.datasetSources,
    kernelDataSources: v.kernelSources,
    competitionDataSources: v.competitionSources,
    totalVotes: k.totalVotes,
    modelDataSources: v.modelSources,
    enableTpu: v.enableTpu,
    currentVersionNumber: latest(k).number,
    ...(v.dockerImage ? { dockerImage: v.dockerImage } : {}),
    ...(v.machineShape ? { machineShape: v.machineShape } : {}),
  };
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The way real Kaggle shows a kernel file's date: `4:41 pm, Wednesday 23 September 2026 UTC`. */
export function humanDate(iso: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const minutes = String(d.getUTCMinutes()).padStart(2, "0");
  return `${h % 12 || 12}:${minutes} ${h < 12 ? "am" : "pm"}, ${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} UTC`;
}
