/**
 * `kernels.KernelsApiService`: list, push (`SaveKernel`), pull (`GetKernel`), session status,
 * session output (every page, filtered, names checked) and waiting for a run to finish.
 */
import fs from "node:fs";
import path from "node:path";
import type { KaggleClient } from "../client";
import { ConfigurationError, ProtocolError } from "../errors";
import { joinLikePython, makeDir, realFolder, resolveInside, writeFileAtomic } from "../fs";
import {
  KERNEL_METADATA_FILE,
  CODE_FILE_PLACEHOLDER,
  planKernelPush,
  pulledKernelMetadata,
  readKernelMetadata,
  sourceExtension,
  withOverrides,
  acceleratorWarning,
  type KernelPushPlan,
} from "../metadata/kernel";
import { paginate } from "../paginate";
import { onWeb, type KernelRef } from "../refs";
import { Services } from "../types/common";
import {
  FINAL_KERNEL_STATUSES,
  KernelWorkerStatuses,
  type ApiGetKernelResponse,
  type ApiKernelRefRequest,
  type ApiKernelSessionOutputFile,
  type ApiListKernelFilesResponse,
  type ApiListKernelSessionOutputResponse,
  type ApiListKernelsRequest,
  type ApiListKernelsResponse,
  type ApiSaveKernelRequest,
  type ApiSaveKernelResponse,
  type KernelWorkerStatus,
  type KernelsListSortType,
  type KernelsListViewType,
} from "../types/kernels";
import { pollUntil } from "../wait";
import { downloadKernelOutput, type DownloadOutputOptions, type DownloadOutputResult } from "./kernel-output";
import { followKernelLog, kernelLog, type FollowLogOptions } from "./kernel-logs";
import { readQuota, type QuotaStatistics } from "./kernel-quota";

const SERVICE = Services.kernels;

export { LOG_STREAM_END, type FollowLogOptions, type LogEvent } from "./kernel-logs";
export { acceleratorOf, parseDuration, readQuota, type AcceleratorQuota, type QuotaStatistics } from "./kernel-quota";
export { compileFilePattern, safeOutputPath, type DownloadOutputOptions, type DownloadOutputResult, type OutputFileResult } from "./kernel-output";

export const MAX_KERNELS_PAGE_SIZE = 100;

export interface ListKernelsOptions {
  /** `PROFILE` for `--mine`, `EVERYONE` otherwise (always sent). */
  group?: KernelsListViewType;
  page?: number;
  pageSize?: number;
  search?: string;
  parentKernel?: string;
  competition?: string;
  dataset?: string;
  user?: string;
  language?: string;
  kernelType?: string;
  outputType?: string;
  sortBy?: KernelsListSortType;
}

export interface KernelStatus {
  /** A `KernelWorkerStatus` member, or the server's own word when it is not one this client knows. */
  status: KernelWorkerStatus | (string & {});
  failureMessage: string;
}

export interface PushOptions {
  sessionTimeoutSeconds?: number;
  accelerator?: string;
  /** Save the version without running it (`kernelExecutionType: QUICK_SAVE`). */
  noRun?: boolean;
}

export interface PushResult {
  plan: KernelPushPlan;
  request: ApiSaveKernelRequest;
  response: ApiSaveKernelResponse;
}

export interface PullOptions {
  /** Folder, or an existing file to write the source into. */
  path: string;
  metadata?: boolean;
  /** Source file name to use (from the metadata file the kernel was taken from). */
  codeFile?: string;
}

export interface PullResult {
  sourcePath: string;
  metadataPath?: string;
  folder: string;
}

export interface WaitForRunOptions {
  timeoutMs: number;
  initialIntervalMs?: number;
  maxIntervalMs?: number;
  signal?: AbortSignal;
  onPoll?: (s: KernelStatus) => void;
}

/** Parses a status word leniently (`COMPLETE`, `complete`, `KERNEL_WORKER_STATUS_COMPLETE`). */
export function parseKernelStatus(raw: string | undefined): KernelWorkerStatus | undefined {
  if (!raw) return "QUEUED";
  const norm = raw
    .toUpperCase()
    .replace(/^KERNEL_WORKER_STATUS_/, "")
    .replace(/([a-z])([A-Z])/g, "$1_$2");
  const camel = raw.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
  return (KernelWorkerStatuses as readonly string[]).find((s) => s === norm || s === camel) as KernelWorkerStatus | undefined;
}

/** True once a run can no longer change (an unknown word is not final: keep waiting). */
export function isFinalStatus(s: string): boolean {
  return (FINAL_KERNEL_STATUSES as readonly string[]).includes(s);
}

export class KernelsResource {
  constructor(private readonly client: KaggleClient) {}

  /** One page, with the request shaped exactly as the official CLI sends it. */
  list(opts: ListKernelsOptions = {}): Promise<ApiListKernelsResponse> {
    const body: ApiListKernelsRequest = {
      competition: opts.competition ?? "",
      dataset: opts.dataset ?? "",
      parentKernel: opts.parentKernel ?? "",
      group: opts.group ?? "EVERYONE",
      kernelType: opts.kernelType ?? "all",
      language: opts.language ?? "all",
      outputType: opts.outputType ?? "all",
      search: opts.search ?? "",
      sortBy: opts.sortBy && opts.sortBy !== "HOTNESS" ? opts.sortBy : undefined,
      user: opts.user ?? "",
      page: opts.page ?? 1,
      pageSize: Math.min(opts.pageSize ?? 20, MAX_KERNELS_PAGE_SIZE),
    };
    return this.client.rpc("kernels.KernelsApiService/ListKernels", body);
  }

  /** Every kernel matching the filters, page after page until a short page. */
  async *listAll(opts: Omit<ListKernelsOptions, "page"> = {}) {
    const pageSize = Math.min(opts.pageSize ?? MAX_KERNELS_PAGE_SIZE, MAX_KERNELS_PAGE_SIZE);
    for (let page = 1; page <= 10_000; page++) {
      const res = await this.list({ ...opts, page, pageSize });
      const items = res.kernels ?? [];
      yield* items;
      if (items.length < pageSize) return;
    }
  }

  /** `SaveKernel` (a new kernel or a new version); the page URL is on the endpoint's web host. */
  async save(request: ApiSaveKernelRequest): Promise<ApiSaveKernelResponse> {
    const res = await this.client.rpc("kernels.KernelsApiService/SaveKernel", request);
    if (res.url) res.url = onWeb(res.url, this.client.webBase);
    return res;
  }

  /** Validates `<dir>/kernel-metadata.json` and its code file, then pushes a new version. */
  async push(dir: string, opts: PushOptions = {}): Promise<PushResult> {
    const plan = this.plan(dir, opts);
    const request = withOverrides(plan.request, opts);
    const response = await this.save(request);
    return { plan, request, response };
  }

  /** Everything `push` checks and builds, without any request. */
  plan(dir: string, opts: PushOptions = {}): KernelPushPlan {
    if (opts.sessionTimeoutSeconds !== undefined && (!Number.isInteger(opts.sessionTimeoutSeconds) || opts.sessionTimeoutSeconds <= 0)) {
      throw new ConfigurationError(`-t/--timeout must be a positive number of seconds, got ${opts.sessionTimeoutSeconds}`);
    }
    const plan = planKernelPush(readKernelMetadata(dir));
    const warning = opts.accelerator === undefined ? undefined : acceleratorWarning(opts.accelerator);
    if (warning) plan.warnings.push(warning);
    return plan;
  }

  /** Source and metadata; a version rides in the slug (`slug/7`) as kaggle 2.2 sends it. */
  get(ref: KernelRef): Promise<ApiGetKernelResponse> {
    return this.client.rpc("kernels.KernelsApiService/GetKernel", versionedRef(ref));
  }

  /** Writes the source (and with `metadata` the kernel-metadata.json) of a kernel. */
  async pull(ref: KernelRef, opts: PullOptions): Promise<PullResult> {
    let folder = opts.path;
    let fileTarget: string | undefined;
    const st = await fs.promises.stat(folder).catch(() => undefined);
    if (st?.isFile()) {
      fileTarget = folder;
      folder = path.dirname(folder);
    } else if (st && !st.isDirectory()) {
      throw new ConfigurationError(`${folder} is neither a folder nor a file: give a folder with -p`);
    }
    const res = await this.get(ref);
    const blob = res.blob ?? {};
    let codeFile = opts.codeFile && opts.codeFile !== CODE_FILE_PLACEHOLDER ? opts.codeFile : undefined;
    let codeFileFrom = KERNEL_METADATA_FILE;
    if (!codeFile) {
      try {
        const existing = JSON.parse(fs.readFileSync(path.join(folder, KERNEL_METADATA_FILE), "utf8")) as { code_file?: unknown };
        if (typeof existing.code_file === "string" && existing.code_file && existing.code_file !== CODE_FILE_PLACEHOLDER) {
          codeFile = existing.code_file;
        }
      } catch {
        // no metadata file in the folder
      }
    }
    if (!codeFile) {
      const ext = sourceExtension(blob.kernelType, blob.language);
      if (!ext) {
        throw new ProtocolError(
          `Cannot name the source of ${ref.owner}/${ref.slug}: unknown kernel type '${blob.kernelType ?? ""}' / language '${blob.language ?? ""}'. Give a file to write it to with -p <file>`,
          { status: 0, rpc: `${SERVICE}/GetKernel` },
        );
      }
      codeFile = `${blob.slug || ref.slug}${ext}`;
      codeFileFrom = "the server";
    }
    if (!fileTarget) await resolveInside(folder, codeFile, { what: "code file name", from: codeFileFrom });
    else await realFolder(folder);
    const sourcePath = fileTarget ?? joinLikePython(folder, codeFile);
    await makeDir(path.dirname(sourcePath));
    await writeFileAtomic(sourcePath, blob.source ?? "");
    const out: PullResult = { sourcePath, folder };
    if (opts.metadata) {
      const metadataPath = joinLikePython(folder, KERNEL_METADATA_FILE);
      await writeFileAtomic(metadataPath, pulledKernelMetadata(res.metadata ?? {}, codeFile));
      out.metadataPath = metadataPath;
    }
    return out;
  }

  /** The run status of the latest version, or of version N (sent as `slug/N`, as `GetKernel` takes it). */
  async status(ref: KernelRef): Promise<KernelStatus> {
    const res = await this.client.rpc("kernels.KernelsApiService/GetKernelSessionStatus", versionedRef(ref));
    const raw = (res.status as string | undefined) ?? "QUEUED";
    return { status: parseKernelStatus(raw) ?? raw, failureMessage: res.failureMessage ?? "" };
  }

  /** One page of the kernel's output files (`kaggle kernels files`). */
  files(ref: KernelRef, opts: { pageSize?: number; pageToken?: string } = {}): Promise<ApiListKernelFilesResponse> {
    return this.client.rpc("kernels.KernelsApiService/ListKernelFiles", {
      userName: ref.owner,
      kernelSlug: ref.slug,
      pageSize: opts.pageSize ?? 20,
      pageToken: opts.pageToken || undefined,
    });
  }

  /** The latest run's log at once, as the server keeps it (`kaggle kernels logs`). */
  log(ref: KernelRef): Promise<string> {
    return kernelLog(this.client, ref);
  }

  /** Follows the run's log as it is produced until the run ends (`kaggle kernels logs -f`); the number of records. */
  followLog(ref: KernelRef, opts: FollowLogOptions): Promise<number> {
    return followKernelLog(this.client, ref, opts);
  }

  /** The caller's weekly GPU and TPU quota (`kaggle quota`). */
  async quota(): Promise<QuotaStatistics> {
    return readQuota(await this.client.rpc("kernels.KernelsApiService/GetAcceleratorQuotaStatistics", {}));
  }

  /** Deletes a kernel and all its versions. */
  async delete(ref: KernelRef): Promise<void> {
    await this.client.rpc("kernels.KernelsApiService/DeleteKernel", { userName: ref.owner, kernelSlug: ref.slug });
  }

  /** One page of the latest session's output files and its log. */
  outputPage(ref: KernelRef, opts: { pageSize?: number; pageToken?: string } = {}): Promise<ApiListKernelSessionOutputResponse> {
    return this.client.rpc("kernels.KernelsApiService/ListKernelSessionOutput", {
      userName: ref.owner,
      kernelSlug: ref.slug,
      pageSize: opts.pageSize ?? 20,
      pageToken: opts.pageToken || undefined,
    });
  }

  /** Every output file across pages, and the log of the first page. */
  async outputFiles(ref: KernelRef, pageSize = 100): Promise<{ files: ApiKernelSessionOutputFile[]; log: string }> {
    let log: string | undefined;
    const files: ApiKernelSessionOutputFile[] = [];
    for await (const f of paginate(
      async (pageToken) => {
        const page = await this.outputPage(ref, { pageSize, ...(pageToken ? { pageToken } : {}) });
        log ??= page.log ?? "";
        return page;
      },
      (page) => page.files,
    )) {
      files.push(f);
    }
    return { files, log: log ?? "" };
  }

  /** Downloads the output of the latest run into `dir` (see `downloadKernelOutput`). */
  downloadOutput(ref: KernelRef, dir: string, opts: DownloadOutputOptions = {}): Promise<DownloadOutputResult> {
    return downloadKernelOutput(this.client, this, ref, dir, opts);
  }

  /**
   * Polls the status of `ref` (with a version, that version's run) until the run
   * ends or the deadline passes: every `initialIntervalMs` at first, then backing off.
   */
  waitForRun(ref: KernelRef, opts: WaitForRunOptions): Promise<KernelStatus> {
    return pollUntil(
      async () => {
        const s = await this.status(ref);
        opts.onPoll?.(s);
        return isFinalStatus(s.status) ? s : undefined;
      },
      {
        timeoutMs: opts.timeoutMs,
        initialIntervalMs: opts.initialIntervalMs ?? 2_000,
        maxIntervalMs: opts.maxIntervalMs ?? 30_000,
        clock: this.client.clock,
        ...(opts.signal ? { signal: opts.signal } : {}),
        describe: (ms) =>
          `${ref.owner}/${ref.slug}${ref.version !== undefined ? ` version ${ref.version}` : ""} was still running after ${Math.round(ms / 1000)} s; raise the wait timeout or check it later with 'kaggle kernels status ${ref.owner}/${ref.slug}'`,
      },
    );
  }
}

/** A kernel, or version N of it, as `GetKernel` and `GetKernelSessionStatus` take it (`slug/N`). */
function versionedRef(ref: KernelRef): ApiKernelRefRequest {
  return { userName: ref.owner, kernelSlug: ref.version !== undefined ? `${ref.slug}/${ref.version}` : ref.slug };
}
