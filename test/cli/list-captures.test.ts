/**
 * Every list command's table and CSV against the official CLI's captures in the protocol notes
 * (the format tests cover the competitions lists of `competitions.md`; these cover the 2.x
 * submissions capture and the datasets and kernels lists). A column's minimum width is the length of the field the official
 * CLI reads, which is not always the label.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { submissionColumns } from "../../src/cli/output/columns";
import { datasetColumns, datasetFileColumns } from "../../src/cli/output/dataset-columns";
import { formatCsv, formatTable } from "../../src/cli/output/format";
import { kernelColumns, kernelFileColumns } from "../../src/cli/output/kernel-columns";

test("datasets list: the field totalBytes sets the size column's width (datasets.md §2.4)", () => {
  const rows = [
    {
      ref: "alice/my-data",
      title: "My Data",
      totalBytes: 123456,
      lastUpdated: "2024-05-01T12:34:56.789Z",
      downloadCount: 10,
      voteCount: 3,
      usabilityRating: 0.875,
    },
    {
      ref: "bob/other-ds-with-long-name",
      title: "Other, with comma",
      totalBytes: 5,
      lastUpdated: "2023-01-02T03:04:05Z",
      downloadCount: 0,
      voteCount: 0,
    },
  ];
  assert.equal(
    formatTable(rows, datasetColumns),
    [
      "ref                          title                    size  lastUpdated                 downloadCount  voteCount  usabilityRating  ",
      "---------------------------  -----------------  ----------  --------------------------  -------------  ---------  ---------------  ",
      "alice/my-data                My Data                123456  2024-05-01 12:34:56.789000             10          3  0.875            ",
      "bob/other-ds-with-long-name  Other, with comma           5  2023-01-02 03:04:05                     0          0  0.0              ",
      "",
    ].join("\n"),
  );
  assert.equal(
    formatCsv(rows, datasetColumns),
    "ref,title,size,lastUpdated,downloadCount,voteCount,usabilityRating\r\n" +
      "alice/my-data,My Data,123456,2024-05-01 12:34:56.789000,10,3,0.875\r\n" +
      'bob/other-ds-with-long-name,"Other, with comma",5,2023-01-02 03:04:05,0,0,0.0\r\n',
  );
});

test("datasets files: the field is size, so the column is as wide as its widest value (datasets.md §3)", () => {
  const captured = [
    { name: "data.csv", totalBytes: 2048, creationDate: "2024-05-01T12:34:56.789Z" },
    { name: "sub/big.bin", totalBytes: 5368709120, creationDate: "2024-05-01T12:34:56Z" },
  ];
  assert.equal(
    formatTable(captured, datasetFileColumns),
    [
      "name               size  creationDate                ",
      "-----------  ----------  --------------------------  ",
      "data.csv           2048  2024-05-01 12:34:56.789000  ",
      "sub/big.bin  5368709120  2024-05-01 12:34:56         ",
      "",
    ].join("\n"),
  );
  const small = [{ name: "a.csv", totalBytes: 72, creationDate: "2024-05-01T12:34:56Z" }];
  assert.equal(
    formatTable(small, datasetFileColumns),
    ["name   size  creationDate         ", "-----  ----  -------------------  ", "a.csv    72  2024-05-01 12:34:56  ", ""].join("\n"),
  );
  assert.equal(formatCsv(small, datasetFileColumns), "name,size,creationDate\r\na.csv,72,2024-05-01 12:34:56\r\n");
  assert.equal(formatCsv([], datasetFileColumns), "name,size,creationDate\r\n");
});

test("kernels list table and CSV (kernels.md §1)", () => {
  const rows = [
    { ref: "alice/my-notebook", title: "My Notebook", author: "Alice A", lastRunTime: "2024-03-04T05:06:07.123Z", totalVotes: 12 },
    { ref: "bob/script-x", title: "Script X", author: "Bob", lastRunTime: "2024-03-04T05:06:07Z", totalVotes: 0 },
  ];
  assert.equal(
    formatTable(rows, kernelColumns),
    [
      "ref                title        author   lastRunTime                 totalVotes  ",
      "-----------------  -----------  -------  --------------------------  ----------  ",
      "alice/my-notebook  My Notebook  Alice A  2024-03-04 05:06:07.123000          12  ",
      "bob/script-x       Script X     Bob      2024-03-04 05:06:07                  0  ",
      "",
    ].join("\n"),
  );
  assert.match(
    formatCsv(rows, kernelColumns),
    /^ref,title,author,lastRunTime,totalVotes\r\nalice\/my-notebook,My Notebook,Alice A,2024-03-04 05:06:07\.123000,12\r\n/,
  );
});

test("kernels files: a 4-wide size column and the server's creationDate text (real-world.md §1.4)", () => {
  const rows = [{ name: "benchmark_report.json", size: 936, creationDate: "4:41 pm, Wednesday 23 September 2026 UTC" }];
  // The capture's source stripped trailing spaces; compare without them.
  const table = formatTable(rows, kernelFileColumns)
    .split("\n")
    .map((l) => l.trimEnd());
  assert.deepEqual(table.slice(1, 3), [
    "---------------------  ----  ----------------------------------------",
    "benchmark_report.json   936  4:41 pm, Wednesday 23 September 2026 UTC",
  ]);
});

test("competitions submissions, kaggle 2.x with the ref column (real-world.md §2)", () => {
  const rows = [
    {
      ref: 56477009,
      fileName: "submission.json",
      date: "2026-09-23T00:09:07.723Z",
      description: "Dual-Process Solver v2 (System 2 Bounded Symbolic Program Synthesis)",
      status: "COMPLETE" as const,
      publicScore: "0.00",
    },
    {
      ref: 56474960,
      fileName: "submission.json",
      date: "2026-09-22T22:11:11.300Z",
      description: "",
      status: "COMPLETE" as const,
      publicScore: "0.00",
    },
  ];
  // The capture's source stripped trailing spaces; compare without them.
  assert.deepEqual(
    formatTable(rows, submissionColumns)
      .split("\n")
      .map((l) => l.trimEnd()),
    [
      "     ref  fileName         date                        description                                                           status                     publicScore  privateScore",
      "--------  ---------------  --------------------------  --------------------------------------------------------------------  -------------------------  -----------  ------------",
      "56477009  submission.json  2026-09-23 00:09:07.723000  Dual-Process Solver v2 (System 2 Bounded Symbolic Program Synthesis)  SubmissionStatus.COMPLETE  0.00",
      "56474960  submission.json  2026-09-22 22:11:11.300000                                                                        SubmissionStatus.COMPLETE  0.00",
      "",
    ],
  );
});
