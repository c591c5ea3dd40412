import assert from "node:assert/strict";
import { test } from "node:test";
import { humanSize, pythonDateTime } from "../../src/cli/output/cells";
import { competitionColumns, dataFileColumns, leaderboardColumns, submissionColumns } from "../../src/cli/output/columns";
import { formatCsv, formatJson, formatTable, parseFormat, render } from "../../src/cli/output/format";

test("timestamps print as Python's str(datetime)", () => {
  assert.equal(pythonDateTime("2024-01-02T03:04:05Z"), "2024-01-02 03:04:05");
  assert.equal(pythonDateTime("2024-01-02T03:04:05.000Z"), "2024-01-02 03:04:05");
  assert.equal(pythonDateTime("2024-01-02T03:04:05.5Z"), "2024-01-02 03:04:05.500000");
  assert.equal(pythonDateTime("2024-01-02T03:04:05.1234567Z"), "2024-01-02 03:04:05.123000");
  assert.equal(pythonDateTime("2024-01-02T03:04:05+00:00"), "2024-01-02 03:04:05+00:00");
  assert.equal(pythonDateTime("2024-01-02"), "2024-01-02 00:00:00");
  assert.equal(pythonDateTime(undefined), "None");
});

test("sizes print as the official File.get_size ('%.0f', halves to even), progress lines round halves up", () => {
  // Outputs of kaggle 2.2's File.get_size(n) for each n.
  const official: [number, string][] = [
    [0, "0B"],
    [7, "7B"],
    [1023, "1023B"],
    [1024, "1KB"],
    [1536, "2KB"],
    [2560, "2KB"],
    [3584, "4KB"],
    [1048575, "1024KB"],
    [1048576, "1MB"],
    [(5 * 1024 ** 3) / 2, "2GB"],
    [1024 ** 5, "1024TB"],
  ];
  for (const [n, text] of official) assert.equal(humanSize(n), text, String(n));
  assert.equal(humanSize(2560, { rounding: "half-up" }), "3KB");
  assert.equal(humanSize(1536, { rounding: "half-up" }), "2KB");
  assert.equal(humanSize(1000.4, { rounding: "half-up" }), "1000B");
});

const competitions = [
  {
    id: 1,
    ref: "https://www.kaggle.com/competitions/titanic",
    deadline: "2030-01-01T00:00:00Z",
    category: "Getting Started",
    reward: "Knowledge",
    teamCount: 15000,
    userHasEntered: true,
  },
  {
    id: 2,
    ref: "https://www.kaggle.com/competitions/big-prize",
    deadline: "2025-05-27T23:59:00.1234567Z",
    category: "Featured",
    reward: "$105,000",
    teamCount: 453,
    userHasEntered: false,
  },
];

test("competitions list table, byte for byte as the official CLI", () => {
  assert.equal(
    formatTable(competitions, competitionColumns),
    [
      "ref                                            deadline                    category            reward  teamCount  userHasEntered  ",
      "---------------------------------------------  --------------------------  ---------------  ---------  ---------  --------------  ",
      "https://www.kaggle.com/competitions/titanic    2030-01-01 00:00:00         Getting Started  Knowledge      15000            True  ",
      "https://www.kaggle.com/competitions/big-prize  2025-05-27 23:59:00.123000  Featured          $105,000        453           False  ",
      "",
    ].join("\n"),
  );
});

test("competitions list CSV: CRLF, quoting only where needed", () => {
  assert.equal(
    formatCsv(competitions, competitionColumns),
    "ref,deadline,category,reward,teamCount,userHasEntered\r\n" +
      "https://www.kaggle.com/competitions/titanic,2030-01-01 00:00:00,Getting Started,Knowledge,15000,True\r\n" +
      'https://www.kaggle.com/competitions/big-prize,2025-05-27 23:59:00.123000,Featured,"$105,000",453,False\r\n',
  );
});

test("files table: the field name totalBytes sets the width of the size column", () => {
  const files = [
    { ref: "train.csv", name: "train.csv", totalBytes: 61194, creationDate: "2019-12-11T02:17:51.727Z" },
    { ref: "test.csv", name: "test.csv", totalBytes: 28629, creationDate: "2019-12-11T02:17:51Z" },
  ];
  assert.equal(
    formatTable(files, dataFileColumns),
    [
      "name             size  creationDate                ",
      "---------  ----------  --------------------------  ",
      "train.csv       61194  2019-12-11 02:17:51.727000  ",
      "test.csv        28629  2019-12-11 02:17:51         ",
      "",
    ].join("\n"),
  );
  assert.equal(formatTable([], dataFileColumns), "", "an empty table prints nothing");
  assert.equal(formatCsv([], dataFileColumns), "name,size,creationDate\r\n", "empty CSV is the header");
});

test("submissions: status as SubmissionStatus.X, absent status is PENDING", () => {
  const rows = [
    {
      ref: 56477009,
      fileName: "submission.csv",
      date: "2024-01-02T03:04:05Z",
      description: "first",
      status: "COMPLETE" as const,
      publicScore: "0.77511",
    },
    { ref: 56474960, fileName: "sub2.csv", date: "2024-01-03T03:04:05.5Z", description: "second" },
  ];
  const csv = formatCsv(rows, submissionColumns);
  assert.equal(
    csv,
    "ref,fileName,date,description,status,publicScore,privateScore\r\n" +
      "56477009,submission.csv,2024-01-02 03:04:05,first,SubmissionStatus.COMPLETE,0.77511,\r\n" +
      "56474960,sub2.csv,2024-01-03 03:04:05.500000,second,SubmissionStatus.PENDING,,\r\n",
  );
  const table = formatTable(rows, submissionColumns).split("\n");
  assert.equal(table[0], "     ref  fileName        date                        description  status                     publicScore  privateScore  ");
});

test("leaderboard table and CSV as captured from the official CLI", () => {
  const rows = [
    { teamId: 1, teamName: "Team A", submissionDate: "2024-01-02T03:04:05Z", score: "1.00000" },
    { teamId: 22222, teamName: "B, with comma", submissionDate: "2024-01-03T00:00:00Z", score: "0.99" },
  ];
  assert.equal(
    formatTable(rows, leaderboardColumns),
    [
      "teamId  teamName       submissionDate       score    ",
      "------  -------------  -------------------  -------  ",
      "     1  Team A         2024-01-02 03:04:05  1.00000  ",
      " 22222  B, with comma  2024-01-03 00:00:00  0.99     ",
      "",
    ].join("\n"),
  );
  assert.equal(
    formatCsv(rows, leaderboardColumns),
    'teamId,teamName,submissionDate,score\r\n1,Team A,2024-01-02 03:04:05,1.00000\r\n22222,"B, with comma",2024-01-03 00:00:00,0.99\r\n',
  );
});

test("--format json and projections by field or label", () => {
  const rows = [{ ref: "train.csv", name: "train.csv", totalBytes: 10, creationDate: "2019-12-11T02:17:51Z" }];
  assert.deepEqual(JSON.parse(formatJson(rows, dataFileColumns)), [{ name: "train.csv", size: 10, creationDate: "2019-12-11T02:17:51" }]);
  const choice = parseFormat("json(totalBytes,name)", false, undefined);
  assert.deepEqual(JSON.parse(render(rows, dataFileColumns, choice)), [{ size: 10, name: "train.csv" }]);
  assert.equal(render(rows, dataFileColumns, parseFormat("csv(name)", false, undefined)), "name\r\ntrain.csv\r\n");
  assert.throws(
    () => render(rows, dataFileColumns, parseFormat("json(bogus)", false, undefined)),
    /unknown field 'bogus'.*allowed fields: name, size, creationDate/,
  );
  assert.throws(() => parseFormat("yaml", false, undefined), /invalid --format 'yaml'/);
  assert.deepEqual(parseFormat(undefined, false, "json"), { format: "json" });
  assert.throws(() => parseFormat(undefined, false, "nonsense"), /^Error: invalid KAGGLE_OUTPUT_FORMAT 'nonsense': use table, csv or json/);
  assert.deepEqual(parseFormat(undefined, true, "json"), { format: "csv" }, "--csv wins over the environment");
});
