/**
 * The `kernels` section of the bundled demo scenario: alice (the first user) owns a public
 * script that trains on the spaceship-survival data and writes `submission.csv` (two versions:
 * one that failed with a traceback, one that completed), a private notebook and a GPU script;
 * bob and carol own public kernels.
 */
import { stringify } from "yaml";
import { spaceshipData } from "../scenarios/demo-data";

/** A stdlib-only model: the majority label per (CryoSleep, HomePlanet), read from ../input. */
export const SPACESHIP_TRAIN_SCRIPT = `import collections
import csv
import os

INPUT = "../input/spaceship-survival"

with open(os.path.join(INPUT, "train.csv")) as f:
    rows = list(csv.DictReader(f))
votes = collections.defaultdict(collections.Counter)
for r in rows:
    votes[(r["CryoSleep"], r["HomePlanet"])][r["Transported"]] += 1
overall = collections.Counter(r["Transported"] for r in rows).most_common(1)[0][0]
rule = {k: c.most_common(1)[0][0] for k, c in votes.items()}
correct = sum(rule[(r["CryoSleep"], r["HomePlanet"])] == r["Transported"] for r in rows)
print(f"trained on {len(rows)} rows, train accuracy {correct / len(rows):.4f}")

n = 0
with open(os.path.join(INPUT, "test.csv")) as f, open("submission.csv", "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["PassengerId", "Transported"])
    for r in csv.DictReader(f):
        w.writerow([r["PassengerId"], rule.get((r["CryoSleep"], r["HomePlanet"]), overall)])
        n += 1
print(f"wrote submission.csv with {n} predictions")
`;

const FAILED_V1 = SPACESHIP_TRAIN_SCRIPT.replace(
  '"CryoSleep"], r["HomePlanet"])][r["Transported"]]',
  '"Cryosleep"], r["HomePlanet"])][r["Transported"]]',
);

const NOTEBOOK = JSON.stringify({
  cells: [
    { cell_type: "markdown", metadata: {}, source: "# Spaceship EDA\nA first look at the passengers." },
    {
      cell_type: "code",
      execution_count: null,
      metadata: {},
      outputs: [],
      source: "import csv\nrows = list(csv.DictReader(open('../input/spaceship-survival/train.csv')))\nprint(len(rows), 'passengers')",
    },
  ],
  metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
  nbformat: 4,
  nbformat_minor: 4,
});

export function demoKernelsYaml(): string {
  const ship = spaceshipData();
  return stringify(
    {
      kernelSettings: { queueDelayMs: 300, simulatedRunMs: 1500, defaultTimeoutSeconds: 43200, maxGpuSessions: 2 },
      kernels: [
        {
          owner: "alice",
          slug: "spaceship-baseline",
          title: "Spaceship Baseline",
          language: "python",
          kernelType: "script",
          private: false,
          competitionSources: ["spaceship-survival"],
          keywords: ["beginner", "tabular"],
          votes: 14,
          views: 512,
          comments: 3,
          score: 0.7521,
          created: "2026-09-01T10:00:00Z",
          versions: [
            {
              source: FAILED_V1,
              date: "2026-09-01T10:00:00Z",
              status: "error",
              failureMessage: "Kernel run failed: KeyError: 'Cryosleep'",
              log: [
                { stream: "stderr", time: 0.912345678, data: "Traceback (most recent call last):\n" },
                {
                  stream: "stderr",
                  time: 0.912401234,
                  data: '  File "/kaggle/src/script.py", line 11, in <module>\n    votes[(r["Cryosleep"], r["HomePlanet"])][r["Transported"]] += 1\n',
                },
                { stream: "stderr", time: 0.912455555, data: "KeyError: 'Cryosleep'\n" },
              ],
            },
            {
              source: SPACESHIP_TRAIN_SCRIPT,
              date: "2026-09-01T10:20:00Z",
              status: "complete",
              log: [
                { stream: "stdout", time: 1.204518211, data: "trained on 600 rows, train accuracy 0.7517\n" },
                { stream: "stdout", time: 1.215630004, data: "wrote submission.csv with 300 predictions\n" },
              ],
              outputs: [{ name: "submission.csv", content: ship.sampleSubmission }],
            },
          ],
        },
        {
          owner: "alice",
          slug: "spaceship-eda",
          title: "Spaceship EDA",
          language: "python",
          kernelType: "notebook",
          private: true,
          competitionSources: ["spaceship-survival"],
          source: NOTEBOOK,
          created: "2026-08-20T09:00:00Z",
          simulate: {
            status: "complete",
            durationMs: 1000,
            outputs: [{ name: "summary.txt", content: "600 passengers\n" }],
            log: "600 passengers\n",
          },
          versions: [
            {
              date: "2026-08-20T09:00:00Z",
              status: "complete",
              log: "600 passengers\n",
              outputs: [{ name: "summary.txt", content: "600 passengers\n" }],
            },
          ],
        },
        {
          owner: "alice",
          slug: "gpu-warmup",
          title: "GPU Warmup",
          language: "python",
          kernelType: "script",
          private: true,
          gpu: true,
          machineShape: "NvidiaTeslaT4",
          source: 'print("cuda ready")\n',
          created: "2026-10-02T08:00:00Z",
          versions: [{ date: "2026-10-02T08:00:00Z", status: "complete", log: "cuda ready\n", outputs: [{ name: "model/weights.bin", size: 4096 }] }],
        },
        {
          owner: "bob",
          slug: "spaceship-random-forest",
          title: "Spaceship Random Forest",
          language: "python",
          kernelType: "notebook",
          private: false,
          competitionSources: ["spaceship-survival"],
          parent: "alice/spaceship-baseline",
          votes: 41,
          views: 2210,
          comments: 12,
          score: 0.8011,
          created: "2026-09-10T12:00:00Z",
          source: NOTEBOOK,
          versions: [{ date: "2026-09-10T12:00:00Z", status: "complete", outputs: [{ name: "submission.csv", content: ship.sampleSubmission }] }],
        },
        {
          owner: "carol",
          slug: "home-values-eda-in-r",
          title: "Home Values EDA in R",
          language: "r",
          kernelType: "script",
          private: false,
          competitionSources: ["home-value-regression"],
          votes: 7,
          views: 300,
          created: "2026-07-15T15:30:00Z",
          source: 'df <- read.csv("../input/home-value-regression/train.csv")\nsummary(df)\n',
          versions: [{ date: "2026-07-15T15:30:00Z", status: "complete", log: "  SalePrice ...\n" }],
        },
        {
          owner: "carol",
          slug: "private-experiments",
          title: "Private Experiments",
          private: true,
          created: "2026-07-01T00:00:00Z",
        },
      ],
    },
    { lineWidth: 0 },
  );
}
