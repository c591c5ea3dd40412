import { COMPETITION_INPUT, CREDENTIAL_INPUTS } from "../common/shared-inputs";
import { defineAction } from "../common/spec";

export const spec = defineAction({
  name: "competition-submit",
  title: "Kaggle competition submit",
  description: "Submits a file to a Kaggle competition and waits for its score; fails the step with the server's reason when scoring fails.",
  inputs: {
    competition: { ...COMPETITION_INPUT, required: true },
    file: { description: "Path of the submission file (usually a CSV).", required: true },
    message: { description: "Submission description. Default: the commit subject and short SHA." },
    wait: { description: "Wait until the submission is scored (or fails).", kind: "boolean", default: "true" },
    timeout: { description: "How long to wait for the score: seconds, or a duration such as 90s, 15m or 1h30m.", kind: "duration", default: "30m" },
    ...CREDENTIAL_INPUTS,
  },
  outputs: {
    submission: "Id of the new submission.",
    status: "PENDING, COMPLETE or ERROR.",
    "public-score": "Public leaderboard score (when scored).",
    "private-score": "Private leaderboard score (when Kaggle shows it).",
    url: "Link to the competition's submissions page.",
  },
});
