/**
 * `blobs.BlobApiService/StartBlobUpload`: an upload session for dataset, model and inbox files.
 * Consumers find the finished blob with `ctx.storage.blob(token)`.
 */
import { ApiBlobTypes } from "../../core/types/common";
import { badRequest } from "../errors";
import * as s from "../schema";
import { defineService, method } from "../service";

export const BLOB_BUCKETS: Record<string, string> = {
  DATASET: "kaggle-data-sets",
  MODEL: "kaggle-models-data",
  INBOX: "kaggle-inbox-data",
  COMPETITION_SOLUTION: "kaggle-competitions-solutions",
};

export const blobsService = defineService({
  service: "blobs.BlobApiService",
  methods: {
    StartBlobUpload: method({
      request: s.object({
        type: s.enumOf(ApiBlobTypes),
        name: s.string({ required: true }),
        contentType: s.optional(s.string()),
        contentLength: s.int({ min: 0 }),
        lastModifiedEpochSeconds: s.optional(s.int()),
      }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        if (body.type === "API_BLOB_TYPE_UNSPECIFIED") {
          throw badRequest("Invalid value for field 'type': a blob type (DATASET, MODEL, INBOX, …) is required");
        }
        const rec = ctx.storage.startUpload({
          bucket: BLOB_BUCKETS[body.type]!,
          name: body.name,
          kind: body.type,
          contentLength: body.contentLength || undefined,
          contentType: body.contentType,
          lastModifiedEpochSeconds: body.lastModifiedEpochSeconds,
          owner: user.username,
        });
        ctx.changed();
        return { token: rec.token, createUrl: ctx.storage.uploadUrl(ctx.baseUrl, rec) };
      },
    }),
  },
});
