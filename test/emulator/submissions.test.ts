import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { spaceshipData } from "../../src/emulator/scenarios/demo-data";
import type { Emulator } from "../../src/emulator/server";
import { comp, put, start, submit, userAuth } from "./helpers";
import { useEmulator } from "../helpers/emulator";

type Json = Record<string, unknown>;

/** Expected public accuracy of an all-"False" submission, computed from the demo solution. */
function sampleAccuracy(): string {
  const rows = spaceshipData()
    .solution.trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));
  const pub = rows.filter((r) => r[2] === "Public");
  return (pub.filter((r) => r[1] === "False").length / pub.length).toFixed(5);
}

describe("submissions", () => {
  const emu = useEmulator({ scoringDelayMs: 0 });

  const sampleFile = (): string => {
    const c = emu.state.competitions.competitions.find((x) => x.slug === "spaceship-survival")!;
    return readFileSync(c.files.find((f) => f.name === "sample_submission.csv")!.path, "utf8");
  };

  test("StartSubmissionUpload → PUT → CreateSubmission → COMPLETE with the expected accuracy", async () => {
    const start = await comp(emu, "StartSubmissionUpload", {
      competitionName: "spaceship-survival",
      contentLength: Buffer.byteLength(sampleFile()),
      lastModifiedEpochSeconds: 1795666166,
      fileName: "sample_submission.csv",
    });
    assert.equal(start.status, 200);
    assert.equal(typeof start.json.token, "string");
    const createUrl = new URL(start.json.createUrl as string);
    assert.equal(createUrl.origin, emu.url);
    assert.equal(createUrl.pathname, "/upload/storage/v1/b/kaggle-competitions-submissions/o");
    assert.equal(createUrl.searchParams.get("uploadType"), "resumable");
    const up = await put(createUrl.href, sampleFile());
    assert.equal(up.status, 200);
    assert.equal(((await up.json()) as { kind: string }).kind, "storage#object");
    const created = await comp(emu, "CreateSubmission", {
      competitionName: "spaceship-survival",
      blobFileTokens: start.json.token,
      submissionDescription: "all false",
    });
    assert.equal(created.status, 200, created.text);
    assert.equal(created.json.message, "Successfully submitted to Spaceship Survival - Machine Learning from Disaster");
    assert.equal(typeof created.json.ref, "number");
    const list = await comp(emu, "ListSubmissions", { competitionName: "spaceship-survival", page: -1 });
    const sub = (list.json.submissions as Json[])[0]!;
    assert.equal(sub.ref, created.json.ref);
    assert.equal(sub.status, "COMPLETE");
    assert.equal(sub.publicScore, sampleAccuracy());
    assert.equal(sub.privateScore, undefined); // hidden before the deadline
    assert.equal(sub.fileName, "sample_submission.csv");
    assert.equal(sub.description, "all false");
    assert.equal(sub.submittedBy, "Alice Archer");
    assert.equal(sub.submittedByRef, "alice");
    assert.equal(sub.totalBytes, Buffer.byteLength(sampleFile()));
    // the token cannot be used twice
    const again = await comp(emu, "CreateSubmission", { competitionName: "spaceship-survival", blobFileTokens: start.json.token });
    assert.equal(again.status, 400);
    // the caller's team is now on the leaderboard
    const lb = (await comp(emu, "GetLeaderboard", { competitionName: "spaceship-survival", pageSize: 200 })).json.submissions as Json[];
    assert.ok(lb.some((r) => r.teamName === "Alice Archer" && r.score === sampleAccuracy()));
  });

  test("perfect and malformed submissions", async () => {
    const perfect = await submit(emu, "spaceship-survival", spaceshipData().perfectSubmission, { fileName: "perfect.csv" });
    assert.equal(perfect.status, 200);
    const bad = await submit(emu, "spaceship-survival", "PassengerId,Survived\n0001_01,1\n", { fileName: "bad.csv" });
    assert.equal(bad.status, 200);
    const empty = await submit(emu, "spaceship-survival", "", { fileName: "empty.csv" });
    assert.equal(empty.status, 200);
    const subs = (await comp(emu, "ListSubmissions", { competitionName: "spaceship-survival" })).json.submissions as Json[];
    const byName = new Map(subs.map((s) => [s.fileName, s]));
    assert.equal(byName.get("perfect.csv")!.publicScore, "1.00000");
    assert.equal(byName.get("bad.csv")!.status, "ERROR");
    assert.match(String(byName.get("bad.csv")!.errorDescription), /Required column 'Transported' not found/);
    assert.equal(byName.get("empty.csv")!.status, "ERROR");
    assert.match(String(byName.get("empty.csv")!.errorDescription), /empty/);
    // newest first by default; sorting and groups
    const dates = subs.map((s) => String(s.date));
    assert.deepEqual(dates, [...dates].sort().reverse());
    const byScore = (await comp(emu, "ListSubmissions", { competitionName: "spaceship-survival", sortBy: "SUBMISSION_SORT_BY_PUBLIC_SCORE" })).json
      .submissions as Json[];
    assert.equal(byScore[0]!.fileName, "perfect.csv");
    const ok = (await comp(emu, "ListSubmissions", { competitionName: "spaceship-survival", group: "SUBMISSION_GROUP_SUCCESSFUL" })).json
      .submissions as Json[];
    assert.ok(ok.every((s) => s.status === "COMPLETE"));
    const names = (await comp(emu, "ListSubmissions", { competitionName: "spaceship-survival", sortBy: "SUBMISSION_SORT_BY_NAME" })).json
      .submissions as Json[];
    assert.deepEqual(
      names.map((s) => s.fileName),
      [...names.map((s) => String(s.fileName))].sort(),
    );
    const paged = await comp(emu, "ListSubmissions", { competitionName: "spaceship-survival", pageSize: 2 });
    assert.equal((paged.json.submissions as Json[]).length, 2);
    assert.equal(typeof paged.json.nextPageToken, "string");
  });

  test("rules not accepted → 403 on submit; unknown competition → 404", async () => {
    const r = await submit(emu, "ocean-plastic-detection", "image_id,has_plastic\n1,0\n");
    assert.equal(r.status, 403);
    assert.equal(r.json.message, "You must accept this competition's rules before you'll be able to submit.");
    const u = await comp(emu, "StartSubmissionUpload", { competitionName: "nope", fileName: "a.csv" });
    assert.equal(u.status, 404);
  });

  test("a token uploaded for another competition or never uploaded is rejected", async () => {
    const s = await comp(emu, "StartSubmissionUpload", { competitionName: "spaceship-survival", fileName: "x.csv", contentLength: 3 });
    const notUploaded = await comp(emu, "CreateSubmission", { competitionName: "spaceship-survival", blobFileTokens: s.json.token });
    assert.equal(notUploaded.status, 400);
    assert.match(String(notUploaded.json.message), /not complete/);
    await (await put(s.json.createUrl as string, "a,b")).arrayBuffer();
    const other = await comp(emu, "CreateSubmission", { competitionName: "home-value-regression", blobFileTokens: s.json.token });
    assert.equal(other.status, 400);
    const unknown = await comp(emu, "CreateSubmission", { competitionName: "spaceship-survival", blobFileTokens: "nope" });
    assert.equal(unknown.status, 400);
  });

  test("rmse scoring and private scores after the deadline", async () => {
    const r = await submit(
      emu,
      "retail-demand-2025",
      readFileSync(
        emu.state.competitions.competitions.find((c) => c.slug === "retail-demand-2025")!.files.find((f) => f.name === "sample_submission.csv")!.path,
        "utf8",
      ),
    );
    assert.equal(r.status, 200);
    const subs = (await comp(emu, "ListSubmissions", { competitionName: "retail-demand-2025" })).json.submissions as Json[];
    const s = subs.find((x) => x.ref === r.json.ref)!;
    assert.equal(s.status, "COMPLETE");
    assert.match(String(s.publicScore), /^\d+\.\d{5}$/);
    assert.match(String(s.privateScore), /^\d+\.\d{5}$/); // competition closed: private visible
  });

  test("CreateCodeSubmission without kernel output → ERROR with a reason", async () => {
    const r = await comp(emu, "CreateCodeSubmission", {
      competitionName: "home-value-regression",
      kernelOwner: "alice",
      kernelSlug: "my-nb",
      kernelVersion: 3,
      fileName: "submission.csv",
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(typeof r.json.ref, "number");
    const subs = (await comp(emu, "ListSubmissions", { competitionName: "home-value-regression" })).json.submissions as Json[];
    const s = subs.find((x) => x.ref === r.json.ref)!;
    assert.equal(s.status, "ERROR");
    assert.match(String(s.errorDescription), /Could not find provided notebook alice\/my-nb version 3/);
    assert.equal(s.description, "Notebook my-nb | Version 3");
  });
});

describe("scoring delay and daily limit", () => {
  let emu: Emulator;
  before(async () => {
    emu = await start({
      // Scoring waits an hour of the emulator's clock: nothing is scored behind the test's back.
      scoringDelayMs: 3_600_000,
      scenarioYaml: `
users:
  - { username: alice }
  - { username: bob }
competitions:
  - slug: tiny
    title: Tiny
    metric: accuracy
    maxDailySubmissions: 2
    entrants: [alice]
    solution:
      content: |
        id,y,Usage
        1,a,Public
        2,b,Private
`,
    });
  });
  after(() => emu.close());

  test("PENDING first, COMPLETE after scoringDelayMs", async () => {
    const r = await submit(emu, "tiny", "id,y\n1,a\n2,a\n");
    assert.equal(r.status, 200);
    let s = ((await comp(emu, "ListSubmissions", { competitionName: "tiny" })).json.submissions as Json[])[0]!;
    assert.equal(s.status, undefined); // PENDING is the zero value, omitted on the wire
    assert.equal(s.publicScore, undefined);
    emu.runtime.clock.advance(3_540_000);
    s = ((await comp(emu, "ListSubmissions", { competitionName: "tiny" })).json.submissions as Json[])[0]!;
    assert.equal(s.status, undefined, "still pending a minute before scoringDelayMs");
    emu.runtime.clock.advance(60_000);
    try {
      s = ((await comp(emu, "ListSubmissions", { competitionName: "tiny" })).json.submissions as Json[])[0]!;
      assert.equal(s.status, "COMPLETE");
      assert.equal(s.publicScore, "1.00000");
    } finally {
      emu.runtime.clock.reset();
    }
  });

  test("daily limit → 400 with a clear message; resets the next UTC day", async () => {
    assert.equal((await submit(emu, "tiny", "id,y\n1,a\n2,b\n")).status, 200);
    const third = await submit(emu, "tiny", "id,y\n1,b\n2,b\n");
    assert.equal(third.status, 400);
    assert.equal(third.json.message, "Submission limit reached: you have used 2 of 2 submissions today. The limit resets at 00:00 UTC.");
    emu.runtime.clock.advance(86400_000);
    try {
      assert.equal((await submit(emu, "tiny", "id,y\n1,b\n2,b\n")).status, 200);
    } finally {
      emu.runtime.clock.reset();
    }
  });

  test("another user who has not entered gets 403", async () => {
    const r = await submit(emu, "tiny", "id,y\n1,a\n2,a\n", { auth: userAuth(emu, "bob") });
    assert.equal(r.status, 403);
  });
});
