/** `blobs.BlobApiService`: where uploads of datasets (and models) start. */
import type { KaggleClient } from "../client";
import { Services, type ApiStartBlobUploadRequest, type ApiStartBlobUploadResponse } from "../types/common";

export class BlobsResource {
  constructor(private readonly client: KaggleClient) {}

  /** Asks for an upload URL for one file; the answer's `token` names the blob afterwards. */
  startUpload(request: ApiStartBlobUploadRequest): Promise<ApiStartBlobUploadResponse> {
    const body: ApiStartBlobUploadRequest = {
      ...(request.type && request.type !== "API_BLOB_TYPE_UNSPECIFIED" ? { type: request.type } : {}),
      name: request.name,
      ...(request.contentType !== undefined ? { contentType: request.contentType } : {}),
      ...(request.contentLength ? { contentLength: request.contentLength } : {}),
      ...(request.lastModifiedEpochSeconds !== undefined ? { lastModifiedEpochSeconds: request.lastModifiedEpochSeconds } : {}),
    };
    return this.client.call(Services.blobs, "StartBlobUpload", body);
  }
}
