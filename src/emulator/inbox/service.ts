/**
 * `admin.InboxFileService/CreateInboxFile` (kagglesdk `admin/services/inbox_file_service.py`):
 * a completed `INBOX` upload of the caller becomes a file of their inbox, under
 * `virtualDirectory`. Each upload makes one inbox file; the slice `inbox` lists them.
 */
import type { DomainDefinition } from "../scenario";
import { badRequest, forbidden } from "../errors";
import * as s from "../schema";
import { defineService, method } from "../service";

export interface InboxFile {
  id: number;
  owner: string;
  virtualDirectory: string;
  name: string;
  size: number;
  /** Where the bytes are (the completed upload's blob). */
  path: string;
  createdAt: string;
}

export interface InboxState {
  files: InboxFile[];
}

declare module "../state" {
  interface StateSlices {
    inbox: InboxState;
  }
}

export const inboxDomain: DomainDefinition = { name: "inbox", sections: [], load: (): InboxState => ({ files: [] }) };

/** `a/b` (no leading or trailing `/`, no empty, `.` or `..` part), or empty for the top. */
function checkDirectory(dir: string): string {
  if (dir === "") return dir;
  const parts = dir.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..") || dir.length > 255) {
    throw badRequest(`Invalid virtualDirectory '${dir}': use folder names separated by '/', without '.', '..' or empty parts.`);
  }
  return dir;
}

export const inboxService = defineService({
  service: "admin.InboxFileService",
  methods: {
    CreateInboxFile: method({
      request: s.object({ virtualDirectory: s.optional(s.string()), blobFileToken: s.optional(s.string()) }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        const token = body.blobFileToken ?? "";
        if (!token) throw badRequest("Missing blobFileToken: upload the file with StartBlobUpload (type INBOX) first.");
        const upload = ctx.storage.uploadByToken(token);
        if (!upload || upload.kind !== "INBOX")
          throw badRequest("Invalid blobFileToken: it is not an inbox upload. Start the upload with StartBlobUpload (type INBOX).");
        if (upload.owner && upload.owner.toLowerCase() !== user.username.toLowerCase()) throw forbidden("This upload belongs to another user.");
        if (!upload.complete)
          throw badRequest(`The upload of ${upload.name} is not complete (${upload.size} of ${upload.contentLength ?? "?"} bytes received).`);
        if (upload.consumedBy) throw badRequest(`The uploaded file ${upload.name} was already used by ${upload.consumedBy}; upload it again.`);
        const virtualDirectory = checkDirectory(body.virtualDirectory ?? "");
        const blob = ctx.storage.blob(token)!;
        const id = ctx.nextId("inboxFile");
        ctx.state.inbox ??= { files: [] };
        ctx.state.inbox.files.push({
          id,
          owner: user.username,
          virtualDirectory,
          name: upload.name,
          size: blob.size,
          path: blob.path,
          createdAt: new Date(ctx.now()).toISOString(),
        });
        ctx.storage.consume(token, `inbox:${id}`);
        ctx.changed();
        return {};
      },
    }),
  },
});
