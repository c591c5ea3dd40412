/**
 * `admin.InboxFileService`: files put in the caller's Kaggle inbox (`kaggle files upload`).
 * Each path is uploaded as an `INBOX` blob (folders as one zip, or tar without compression),
 * resumably, then every blob becomes an inbox file under `virtualDirectory`, as the official CLI
 * does it (`files_upload_cli`): all uploads first, so a failed upload creates nothing.
 */
import fs from "node:fs";
import type { KaggleClient } from "../client";
import { BadRequestError, ConfigurationError } from "../errors";
import { ignoreRules } from "../ignore";
import type { Progress } from "../progress";
import type { UploadEvents, UploadItem } from "../uploads";

/** The most paths one upload takes (the official CLI's `MAX_NUM_INBOX_FILES_TO_UPLOAD`). */
export const MAX_INBOX_PATHS = 1000;

export interface InboxUploadOptions {
  /** Folder on the server (`-i/--inbox-path`); empty = the top. */
  inboxPath?: string;
  /** False: folders as tar instead of zip (`--no-compress`). */
  compress?: boolean;
  /** False: never continue an earlier run's upload (`--no-resume`). */
  resume?: boolean;
  events?: UploadEvents & {
    planned?(items: readonly UploadItem[]): void;
    skipped?(name: string): void;
    created?(name: string): void;
  };
  progress?: (item: UploadItem) => Progress | undefined;
}

export class InboxResource {
  constructor(private readonly client: KaggleClient) {}

  /** Uploads `paths` and creates one inbox file for each; returns the names created. */
  async upload(paths: readonly string[], opts: InboxUploadOptions = {}): Promise<string[]> {
    if (paths.length > MAX_INBOX_PATHS)
      throw new ConfigurationError(`Cannot upload more than ${MAX_INBOX_PATHS} files at once (got ${paths.length}); split the upload`);
    const missing = paths.filter((p) => !fs.existsSync(p));
    if (missing.length) throw new ConfigurationError(`No such file or folder: ${missing.join(", ")}; nothing was uploaded`);
    const virtualDirectory = opts.inboxPath ?? "";
    if (virtualDirectory.split("/").some((part) => part === "..")) {
      throw new ConfigurationError(`Invalid --inbox-path '${virtualDirectory}': '..' is not allowed; name a folder inside the inbox`);
    }
    const m = await import("../uploads");
    const plan = await m.planPaths(paths, { dirMode: opts.compress === false ? "tar" : "zip", ignore: ignoreRules([], { defaults: false }) });
    try {
      for (const name of plan.skippedOther) opts.events?.skipped?.(name);
      opts.events?.planned?.(plan.items);
      const stateDir = m.defaultStateDir(this.client.host.env);
      const send = (items: readonly UploadItem[], resume: boolean) =>
        m.uploadAll(this.client, items, {
          blobType: "INBOX",
          stateDir,
          resume,
          ...(opts.events ? { events: opts.events } : {}),
          ...(opts.progress ? { progress: opts.progress } : {}),
        });
      const uploaded = await send(plan.items, opts.resume !== false);
      const created: string[] = [];
      for (const file of uploaded) {
        const create = (token: string) => this.client.rpc("admin.InboxFileService/CreateInboxFile", { virtualDirectory, blobFileToken: token });
        try {
          await create(file.token);
        } catch (err) {
          // A finished upload kept from an earlier run whose token Kaggle no longer takes
          // (already made into a file, or expired): send the file again, once.
          if (!(err instanceof BadRequestError) || file.how !== "reused") throw err;
          this.client.logger.debug(`the kept upload of ${file.item.name} was refused (${err.message}); uploading it again`);
          const [again] = await send([file.item], false);
          await create(again!.token);
        }
        const name = file.item.entry ?? file.item.name;
        created.push(name);
        opts.events?.created?.(name);
        await m.clearResumeState([file.item], stateDir);
      }
      return created;
    } finally {
      await plan.cleanup();
    }
  }
}
