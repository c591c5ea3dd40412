/**
 * The bundled `demo` scenario: several users, competitions across categories and groups, data
 * files, a solution and metric per competition, submissions and leaderboards. Data files are
 * generated (deterministically) by demo-data.ts and inlined as `content:` blocks.
 */
import { binaryData, housingData, spaceshipData } from "./demo-data";
import { demoDiscussionsYaml } from "../discussions/demo";
import { demoKernelsYaml } from "../kernels/demo";
import { demoModelsYaml } from "../models/demo";
import { simulationYaml } from "./demo-simulation";

/** `|` block scalar holding `text`, indented by `indent` spaces. */
function block(text: string, indent: number): string {
  const pad = " ".repeat(indent);
  return (
    "|\n" +
    text
      .replace(/\n$/, "")
      .split("\n")
      .map((l) => pad + l)
      .join("\n")
  );
}

const TEAM_NAMES = [
  "Gradient Descenders",
  "Null Hypothesis",
  "Overfit Club",
  "Random Forest Rangers",
  "Kernel Panic",
  "The Boosted Trees",
  "Data Wranglers",
  "Stack Overflowers",
  "Feature Factory",
  "Lonely Outlier",
  "Bayes Watch",
  "Tensor Tinkerers",
  "Cross Validators",
  "Epoch Explorers",
  "Sigmoid Squad",
];

function leaderboardYaml(indent: number, base: number, step: number, spread: number, decimals = 5): string {
  const pad = " ".repeat(indent);
  return TEAM_NAMES.map((name, i) => {
    const pub = (base - i * step).toFixed(decimals);
    const priv = (base - i * step - ((i * 7) % 5) * spread).toFixed(decimals);
    const day = String(1 + ((i * 3) % 27)).padStart(2, "0");
    return `${pad}- { team: "${name}", publicScore: ${pub}, privateScore: ${priv}, date: "2026-10-${day}T${String(8 + (i % 12)).padStart(2, "0")}:15:00Z" }`;
  }).join("\n");
}

export function demoScenario(): string {
  const ship = spaceshipData();
  const house = housingData();
  const ocean = binaryData(99, "image_id", "has_plastic");
  const play = binaryData(2026, "id", "target");
  const retail = housingData();
  return `# kaggle-emulator bundled scenario "demo". Format: docs/emulator.md
name: demo
description: A small Kaggle world for trying every competitions command.
scoringDelayMs: 1500

users:
  - username: alice
    displayName: Alice Archer
    id: 1001
    key: 0a1ce5f3b2c94d7e8f6a5b4c3d2e1f00
    token: KGAT_a11ce0d3m0t0k3n5f3b2c94d7e8f6a5b
  - username: bob
    displayName: Bob Builder
    id: 1002
    key: b0b7c2a9e4d14f3a8b6c5d4e3f2a1b00
    token: KGAT_b0b0d3m0t0k3n7c2a9e4d14f3a8b6c5d
  - username: carol
    displayName: Carol Chen
    id: 1003
    key: ca401e2d3c4b5a69788f9e0d1c2b3a00
    token: KGAT_ca401d3m0t0k3n2d3c4b5a69788f9e
  - username: dave
    displayName: Dave Data
    id: 1004
    key: da7e5f4e3d2c1b0a9f8e7d6c5b4a3900

competitions:
  - slug: spaceship-survival
    id: 3136
    title: Spaceship Survival - Machine Learning from Disaster
    description: Predict which passengers were transported to another dimension.
    category: gettingStarted
    reward: Knowledge
    host: kaggle
    organization: Kaggle
    created: 2022-02-10T18:00:00Z
    deadline: 2030-01-01T00:00:00Z
    teamCount: 2213
    kernelCount: 1534
    maxDailySubmissions: 10
    maxTeamSize: 1
    metric: accuracy
    entrants: [alice, bob, carol]
    tags: [tabular, binary classification, beginner]
    files:
      - name: train.csv
        description: Training data with the Transported label.
        created: 2022-02-10T18:00:00Z
        content: ${block(ship.train, 10)}
      - name: test.csv
        description: Passengers to predict.
        created: 2022-02-10T18:00:00Z
        content: ${block(ship.test, 10)}
      - name: sample_submission.csv
        description: A submission in the correct format (every passenger False).
        created: 2022-02-10T18:00:00Z
        content: ${block(ship.sampleSubmission, 10)}
    solution:
      content: ${block(ship.solution, 8)}
    leaderboard:
${leaderboardYaml(6, 0.82333, 0.00411, 0.0037)}
    pages:
      - name: description
        postTitle: Overview
        content: "<p>Predict which passengers were transported to another dimension during the spaceship's collision.</p>"
      - name: evaluation
        postTitle: Evaluation
        content: "<p>Submissions are evaluated on classification accuracy.</p>"

  - slug: home-value-regression
    id: 5407
    title: Home Values - Advanced Regression Lite
    description: Predict the sale price of each home from a handful of features.
    category: gettingStarted
    reward: Knowledge
    host: kaggle
    organization: Kaggle
    created: 2023-01-05T12:00:00Z
    deadline: 2030-07-01T23:59:00Z
    teamCount: 4511
    kernelCount: 812
    maxDailySubmissions: 5
    metric: rmse
    entrants: [alice, carol]
    files:
      - name: train.csv
        created: 2023-01-05T12:00:00Z
        content: ${block(house.train, 10)}
      - name: test.csv
        created: 2023-01-05T12:00:00Z
        content: ${block(house.test, 10)}
      - name: sample_submission.csv
        created: 2023-01-05T12:00:00Z
        content: ${block(house.sampleSubmission, 10)}
      - name: data_description.txt
        created: 2023-01-05T12:00:00Z
        content: |
          Id: row id. LotArea: lot size in square feet. YearBuilt: construction year.
          Bedrooms, Bathrooms: counts. Neighborhood: one of five areas. SalePrice: the target.
    solution:
      content: ${block(house.solution, 8)}
    leaderboard:
${leaderboardYaml(6, 12150.5, 611.25, 90.5, 1)}
    submissions:
      - user: alice
        fileName: first_try.csv
        description: linear baseline
        date: 2026-11-01T09:30:00Z
        status: COMPLETE
        publicScore: 24873.11024
        privateScore: 25102.5529
      - user: alice
        fileName: broken.csv
        description: forgot the header
        date: 2026-11-02T10:00:00Z
        status: ERROR
        errorDescription: "Required column 'Id' not found in submission header (found: 1461, 169000.1)."

  - slug: ocean-plastic-detection
    id: 61220
    title: Ocean Plastic Detection
    description: Detect floating plastic in satellite image tiles.
    category: featured
    reward: $100,000
    host: ocean-cleanup-lab
    organization: Ocean Cleanup Lab
    created: 2026-09-01T00:00:00Z
    deadline: 2027-03-31T23:59:00Z
    mergerDeadline: 2027-03-24T23:59:00Z
    newEntrantDeadline: 2027-03-24T23:59:00Z
    teamCount: 1187
    kernelCount: 356
    maxDailySubmissions: 5
    metric: auc
    entrants: [bob, carol]
    files:
      - name: train_labels.csv
        created: 2026-09-01T00:00:00Z
        content: ${block(ocean.train, 10)}
      - name: test_ids.csv
        created: 2026-09-01T00:00:00Z
        content: ${block(ocean.test, 10)}
      - name: sample_submission.csv
        created: 2026-09-01T00:00:00Z
        content: ${block(ocean.sampleSubmission, 10)}
      - name: tiles/tiles_000.bin
        description: Raw image tiles (synthetic bytes).
        created: 2026-09-01T00:00:00Z
        size: 2097152
    solution:
      content: ${block(ocean.solution, 8)}
    leaderboard:
      - { team: "Deep Blue", members: [bob], publicScore: 0.91234, privateScore: 0.90551, date: "2026-11-20T10:00:00Z" }
      - { team: "Seaside Vision", members: [carol], publicScore: 0.88812, privateScore: 0.89003, date: "2026-11-21T11:00:00Z" }
      - { team: "Kelp Forest", publicScore: 0.87011, privateScore: 0.86522, date: "2026-11-18T08:00:00Z" }

  - slug: protein-stability-prediction
    id: 58311
    title: Protein Stability Prediction
    description: Predict the melting temperature change of protein variants.
    category: research
    reward: $25,000
    host: bio-research-institute
    organization: Bio Research Institute
    created: 2026-07-15T00:00:00Z
    deadline: 2027-06-15T23:59:00Z
    teamCount: 402
    kernelCount: 97
    maxDailySubmissions: 3
    metric: mae
    entrants: [carol]
    files:
      - name: train.csv
        created: 2026-07-15T00:00:00Z
        content: |
          seq_id,protein_sequence,pH,tm
          1,MKTAYIAKQR,7.0,48.2
          2,MKTAYIAKQL,7.0,47.1
          3,MKTWYIAKQR,6.5,51.9
      - name: test.csv
        created: 2026-07-15T00:00:00Z
        content: |
          seq_id,protein_sequence,pH
          4,MKTAYIAKHR,7.0
          5,MKTAYIGKQR,7.0
          6,MKSAYIAKQR,6.0
      - name: sample_submission.csv
        created: 2026-07-15T00:00:00Z
        content: |
          seq_id,tm
          4,50
          5,50
          6,50
    solution:
      content: |
        seq_id,tm,Usage
        4,49.5,Public
        5,46.0,Private
        6,52.25,Private

  - slug: playground-series-s6e11
    id: 71002
    title: Playground Series - Season 6, Episode 11
    description: A synthetic binary classification playground scored on log loss.
    category: playground
    reward: Swag
    host: kaggle
    organization: Kaggle
    created: 2026-11-01T00:00:00Z
    deadline: 2026-12-31T23:59:00Z
    teamCount: 1630
    kernelCount: 544
    maxDailySubmissions: 5
    metric: logloss
    entrants: [bob]
    files:
      - name: train.csv
        created: 2026-11-01T00:00:00Z
        content: ${block(play.train, 10)}
      - name: test.csv
        created: 2026-11-01T00:00:00Z
        content: ${block(play.test, 10)}
      - name: sample_submission.csv
        created: 2026-11-01T00:00:00Z
        content: ${block(play.sampleSubmission, 10)}
    solution:
      content: ${block(play.solution, 8)}
    leaderboard:
      - { team: "Bob Builder", members: [bob], publicScore: 0.48177, privateScore: 0.48990, date: "2026-11-10T12:00:00Z" }
      - { team: "Log Loss Legends", publicScore: 0.45012, privateScore: 0.45500, date: "2026-11-11T12:00:00Z" }

  - slug: campus-loan-approval
    id: 80114
    title: Campus Loan Approval Prediction
    description: A community competition for the data science club.
    category: community
    reward: Kudos
    host: bob
    created: 2026-10-01T00:00:00Z
    deadline: 2027-01-20T21:50:00Z
    maxDailySubmissions: 5
    metric: accuracy
    entrants: [bob, carol]
    files:
      - name: loans.csv
        created: 2026-10-01T00:00:00Z
        content: |
          loan_id,income,amount,approved
          1,52000,12000,1
          2,31000,20000,0
    solution:
      content: |
        loan_id,approved,Usage
        3,1,Public
        4,0,Private

  - slug: alice-classroom-challenge
    id: 80990
    title: Alice's Classroom Challenge
    description: A community competition hosted by alice for her students.
    category: community
    reward: Kudos
    host: alice
    created: 2026-11-10T00:00:00Z
    deadline: 2027-02-28T23:59:00Z
    maxDailySubmissions: 20
    metric: accuracy
    entrants: [alice, dave]
    files:
      - name: data.csv
        created: 2026-11-10T00:00:00Z
        content: |
          id,x,label
          1,0.5,a
          2,0.7,b
    solution:
      content: |
        id,label,Usage
        10,a,Public
        11,b,Private

  - slug: alice-unlaunched-cup
    id: 81001
    title: Alice's Unlaunched Cup
    description: Not launched yet; only its host sees it.
    category: featured
    reward: $5,000
    host: alice
    launched: false
    created: 2026-11-20T00:00:00Z
    deadline: 2027-09-01T23:59:00Z
    metric: accuracy

  - slug: retail-demand-2025
    id: 49876
    title: Retail Demand Forecasting 2025
    description: Forecast weekly demand per store. The competition has ended.
    category: featured
    reward: $50,000
    host: shopmart
    organization: ShopMart
    created: 2025-01-10T00:00:00Z
    deadline: 2025-06-30T23:59:00Z
    teamCount: 2871
    kernelCount: 640
    maxDailySubmissions: 5
    metric: rmse
    entrants: [alice, bob]
    files:
      - name: train.csv
        created: 2025-01-10T00:00:00Z
        content: ${block(retail.train, 10)}
      - name: test.csv
        created: 2025-01-10T00:00:00Z
        content: ${block(retail.test, 10)}
      - name: sample_submission.csv
        created: 2025-01-10T00:00:00Z
        content: ${block(retail.sampleSubmission, 10)}
    solution:
      content: ${block(retail.solution, 8)}
    leaderboard:
${leaderboardYaml(6, 11820.25, 402.5, 120.75, 2)}
    submissions:
      - user: alice
        fileName: final.csv
        description: final blend
        date: 2025-06-29T20:00:00Z
        status: COMPLETE
        publicScore: 13011.5
        privateScore: 13502.25
        selected: true
${simulationYaml()}
# Sections owned by other domains (datasets, kernels). Placeholders until those domains
# are registered in src/emulator/domains.ts; ignored until then.
datasets:
  - owner: alice
    slug: city-weather-daily
    title: City Weather Daily
    subtitle: Daily temperature and rainfall for five cities
    description: |
      Daily observations for five cities. Version 2 adds rainfall.
    license: CC0-1.0
    keywords: [weather, tabular, time series]
    downloads: 214
    votes: 17
    views: 3120
    usability: 0.875
    created: 2025-03-01T09:00:00Z
    versions:
      - notes: Initial release
        date: 2025-03-01T09:00:00Z
        files:
          - name: weather.csv
            description: One row per city and day
            columns:
              - { name: date, type: date, description: Day of the observation }
              - { name: city, type: string, description: City name }
              - { name: temp_c, type: numeric, description: Mean temperature in Celsius }
            content: |
              date,city,temp_c
              2025-01-01,Oslo,-3.5
              2025-01-01,Lisbon,11.2
              2025-01-01,Cairo,14.8
              2025-01-01,Lima,22.1
              2025-01-01,Osaka,5.9
      - notes: Add rainfall and a README
        date: 2025-06-15T12:30:00Z
        files:
          - name: weather.csv
            description: One row per city and day, with rainfall
            content: |
              date,city,temp_c,rain_mm
              2025-01-01,Oslo,-3.5,1.2
              2025-01-01,Lisbon,11.2,0.0
              2025-01-01,Cairo,14.8,0.0
              2025-01-01,Lima,22.1,0.4
              2025-01-01,Osaka,5.9,3.1
          - name: README.md
            content: |
              # City Weather Daily
              Columns: date, city, temp_c, rain_mm.
          - name: stations/stations.json
            content: |
              [{"city": "Oslo", "station": "OSL-1"}, {"city": "Lisbon", "station": "LIS-4"}]
  - owner: alice
    slug: private-sales-notes
    title: Private Sales Notes
    subtitle: Quarterly sales figures kept private for now
    license: CC-BY-NC-4.0
    private: true
    keywords: [business]
    created: 2025-08-20T10:00:00Z
    versions:
      - notes: First upload
        date: 2025-08-20T10:00:00Z
        files:
          - name: sales.csv
            content: |
              quarter,region,revenue
              2025Q1,north,120500
              2025Q1,south,98200
          - name: blob.bin
            size: 65536
  - owner: bob
    slug: global-coffee-prices
    title: Global Coffee Prices
    subtitle: Monthly arabica and robusta prices since 2010
    license: CC-BY-SA-4.0
    keywords: [finance, food]
    downloads: 1530
    votes: 88
    views: 20400
    usability: 1.0
    featured: true
    created: 2024-11-02T08:00:00Z
    versions:
      - notes: Initial release
        date: 2024-11-02T08:00:00Z
        files:
          - name: coffee.csv
            content: |
              month,arabica_usd_lb,robusta_usd_lb
              2010-01,1.42,0.70
              2010-02,1.38,0.69
  - owner: carol
    slug: tiny-mnist-sample
    title: Tiny MNIST Sample
    subtitle: Two hundred handwritten digits as a JSON file
    license: CC-BY-4.0
    keywords: [computer vision, image, beginner]
    downloads: 640
    votes: 31
    usability: 0.6875
    created: 2025-02-14T16:45:00Z
    versions:
      - notes: Initial release
        date: 2025-02-14T16:45:00Z
        files:
          - name: digits.json
            size: 40960
          - name: labels.csv
            content: |
              id,label
              0,5
              1,0
              2,4
${demoKernelsYaml()}
${demoModelsYaml()}
${demoDiscussionsYaml()}`;
}
