import { COMPETITION_INPUT, CREDENTIAL_INPUTS } from "../common/shared-inputs";
import { defineAction } from "../common/spec";

export const spec = defineAction({
  name: "leaderboard-gate",
  title: "Kaggle leaderboard gate",
  description:
    "Passes or fails a step on a submission's public score and leaderboard rank, and can post the verdict with the leaderboard around your team on the pull request.",
  inputs: {
    competition: { ...COMPETITION_INPUT, required: true },
    submission: { description: "Id of the submission to judge. Default: your latest completed submission.", kind: "int" },
    "min-score": { description: "Fail when the public score is below this number.", kind: "number" },
    "max-score": { description: "Fail when the public score is above this number (for error metrics such as RMSE).", kind: "number" },
    "max-rank": { description: "Fail when the submission would rank below this place on the public leaderboard.", kind: "int" },
    "top-percent": { description: "Fail when the submission would not rank within this top percentage of teams (0 to 100).", kind: "percent" },
    "must-beat-best": {
      description: "Fail unless the submission beats your team's best earlier submission (the metric's direction is respected).",
      kind: "boolean",
      default: "false",
    },
    comment: {
      description: "Post the verdict and the leaderboard around your team as one comment on the pull request, updated on later runs.",
      kind: "boolean",
      default: "false",
    },
    "github-token": {
      description: "Token for posting the pull request comment (needs pull-requests: write).",
      default: "${{ github.token }}",
      secret: true,
    },
    fail: { description: "Fail the step when the gate does not pass (otherwise only the outputs say so).", kind: "boolean", default: "true" },
    ...CREDENTIAL_INPUTS,
  },
  outputs: {
    passed: "true when every check passed, false otherwise.",
    score: "Public score of the judged submission.",
    rank: "Place the submission takes on the public leaderboard among the other teams' best scores.",
    teams: "Number of teams on the public leaderboard, yours included.",
    "best-score": "Your team's best public score before this submission (empty when there is none).",
    reason: "Why the gate failed, or a one-line account of the checks that passed.",
  },
});
