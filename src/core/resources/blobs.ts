/** `blobs.BlobApiService`: where uploads of datasets (and models) start. */
import type { KaggleClient } from "../client";
import type { ApiStartBlobUploadRequest, ApiStartBlobUploadResponse } from "../types/common";

export class BlobsResource {
  constructor(private readonly client: KaggleClient) {}

  /** Asks for an upload URL for one file; the answer's `token` names the blob afterwards. */
  startUpload(request: ApiStartBlobUploadRequest): Promise<ApiStartBlobUploadResponse> {
    return this.client.rpc("blobs.BlobApiService/StartBlobUpload", {
      type: request.type && request.type !== "API_BLOB_TYPE_UNSPECIFIED" ? request.type : undefined,
      name: request.name,
      contentType: request.contentType,
      contentLength: request.contentLength || undefined,
      lastModifiedEpochSeconds: request.lastModifiedEpochSeconds,
    });
  }
}
