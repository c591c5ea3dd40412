/**
 * The one entry point for byte transfers (downloads, upload PUTs, a file's size), built once per
 * client: each transfer gets the client's logger, clock, retry policy, proxy and stall window, so
 * a setting made on the client reaches every byte. The socket fast paths are chosen inside
 * download.ts and upload.ts.
 */
import type { Clock, Logger } from "../env";
import { downloadFile, type DownloadOptions, type DownloadResult } from "./download";
import { header, rawRequest, transferIdleMs } from "./request";
import type { RetryPolicy } from "./retry";
import { uploadFile, type UploadOptions, type UploadResult } from "./upload";

export interface TransferSettings {
  logger: Logger;
  clock: Clock;
  retry?: Partial<RetryPolicy> | undefined;
  /** Looked up at each transfer (the config that names it may be read late). */
  proxy: () => string | undefined;
  /** `KAGGLE_TRANSFER_TIMEOUT` as set: read at each transfer, so a bad value fails that transfer. */
  idleTimeout: () => string | undefined;
}

/** What a caller gives: everything but the settings the client supplies. */
export type ClientDownloadOptions = Omit<DownloadOptions, "logger" | "clock" | "proxy">;
export type ClientUploadOptions = Omit<UploadOptions, "logger" | "clock" | "proxy">;

/** Time the size check waits for the response head, and then for its (empty) body. */
const SIZE_TIMEOUT_MS = 60_000;

export class Transfers {
  constructor(private readonly settings: TransferSettings) {}

  /** A streaming download into a `.part` file, resumed and verified (download.ts). */
  download(opts: ClientDownloadOptions): Promise<DownloadResult> {
    return downloadFile({ ...opts, ...this.common(opts), logger: this.settings.logger, clock: this.settings.clock });
  }

  /** A streamed, resumable upload PUT (upload.ts). */
  upload(opts: ClientUploadOptions): Promise<UploadResult> {
    return uploadFile({ ...opts, ...this.common(opts), logger: this.settings.logger, clock: this.settings.clock });
  }

  /** The `Content-Length` a `HEAD` of the URL answers, or undefined when it fails or sends none. */
  async size(url: string): Promise<number | undefined> {
    const proxy = this.settings.proxy();
    const res = await rawRequest({ method: "HEAD", url, headersTimeoutMs: SIZE_TIMEOUT_MS, idleTimeoutMs: SIZE_TIMEOUT_MS, proxy });
    await res.body.dump().catch(() => {});
    const len = header(res, "content-length");
    return res.status < 400 && len !== undefined ? Number(len) : undefined;
  }

  private common(opts: { idleTimeoutMs?: number; retry?: Partial<RetryPolicy> }) {
    return {
      idleTimeoutMs: opts.idleTimeoutMs ?? transferIdleMs(this.settings.idleTimeout()),
      retry: { ...this.settings.retry, ...opts.retry },
      proxy: this.settings.proxy(),
    };
  }
}
