/** Every sub-action's declaration, for the action.yml/README generator and the metadata test. */
import type { ActionSpec } from "./common/spec";
import { spec as competitionSubmit } from "./competition-submit/spec";
import { spec as datasetDownload } from "./dataset-download/spec";
import { spec as datasetVersion } from "./dataset-version/spec";
import { spec as kernelPush } from "./kernel-push/spec";
import { spec as kernelStatus } from "./kernel-status/spec";
import { spec as leaderboardGate } from "./leaderboard-gate/spec";
import { spec as modelVersion } from "./model-version/spec";
import { spec as setup } from "./setup/spec";

export const specs: ActionSpec[] = [
  setup,
  datasetVersion,
  kernelPush,
  kernelStatus,
  competitionSubmit,
  leaderboardGate,
  datasetDownload,
  modelVersion,
];
