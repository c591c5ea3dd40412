/** Option shapes several resources share. */
import type { Progress } from "../progress";

export interface PageOptions {
  pageSize?: number;
  pageToken?: string;
}

export interface DownloadTarget {
  /** Folder to write into. */
  path: string;
  force?: boolean;
  progress?: Progress;
}
