import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { authHeader, comp, userAuth, type Auth } from "./helpers";
import { referenceCrc32cBase64 } from "../helpers/crc32c";
import { useEmulator } from "../helpers/emulator";

type Json = Record<string, unknown>;
const slugOf = (c: Json): string => String(c.ref).split("/").pop()!;

describe("competitions", () => {
  let tmp: string;
  const emu = useEmulator({}, async () => {
    tmp = mkdtempSync(join(tmpdir(), "emu-comp-test-"));
  });
  after(async () => {
    rmSync(tmp, { recursive: true, force: true });
  });

  const list = async (body: Json, auth?: Auth): Promise<Json[]> => {
    const r = await comp(emu, "ListCompetitions", body, { auth });
    assert.equal(r.status, 200, r.text);
    return (r.json.competitions as Json[] | undefined) ?? [];
  };

  test("ListCompetitions groups", async () => {
    const slugs = async (group: string) => (await list({ group })).map(slugOf).sort();
    assert.equal((await slugs("COMPETITION_LIST_TAB_EVERYTHING")).length, 9);
    assert.ok(!(await slugs("COMPETITION_LIST_TAB_EVERYTHING")).includes("alice-unlaunched-cup"));
    assert.deepEqual(await slugs("COMPETITION_LIST_TAB_ENTERED"), [
      "alice-classroom-challenge",
      "connect-arena",
      "home-value-regression",
      "retail-demand-2025",
      "spaceship-survival",
    ]);
    assert.deepEqual(await slugs("COMPETITION_LIST_TAB_COMMUNITY"), ["alice-classroom-challenge", "campus-loan-approval"]);
    assert.equal((await slugs("COMPETITION_LIST_TAB_GENERAL")).length, 7);
    assert.deepEqual(await slugs("COMPETITION_LIST_TAB_HOSTED"), ["alice-classroom-challenge", "alice-unlaunched-cup"]);
    assert.deepEqual(await slugs("COMPETITION_LIST_TAB_UNLAUNCHED"), ["alice-unlaunched-cup"]);
    assert.deepEqual(await slugs("COMPETITION_LIST_TAB_UNLAUNCHED_COMMUNITY"), []);
    const entered = await list({ group: "COMPETITION_LIST_TAB_ENTERED" });
    assert.ok(entered.every((c) => c.userHasEntered === true));
    const notEntered = (await list({})).find((c) => slugOf(c) === "ocean-plastic-detection")!;
    assert.equal(notEntered.userHasEntered, undefined); // false is omitted
    assert.equal(notEntered.reward, "$100,000");
    assert.equal(notEntered.category, "Featured");
  });

  test("ListCompetitions category and search", async () => {
    assert.deepEqual((await list({ category: "HOST_SEGMENT_FEATURED" })).map(slugOf).sort(), [
      "connect-arena",
      "ocean-plastic-detection",
      "retail-demand-2025",
    ]);
    assert.deepEqual(
      (await list({ category: "HOST_SEGMENT_RESEARCH" })).map((c) => c.category),
      ["Research"],
    );
    assert.deepEqual((await list({ search: "SPACESHIP" })).map(slugOf), ["spaceship-survival"]);
    assert.deepEqual((await list({ search: "satellite" })).map(slugOf), ["ocean-plastic-detection"]); // description
    assert.deepEqual(await list({ search: "no-such-thing" }), []);
  });

  test("ListCompetitions sort orders", async () => {
    const by = async (sortBy: string) => list({ sortBy });
    const t = (c: Json) => Date.parse(String(c.deadline));
    const earliest = await by("COMPETITION_SORT_BY_EARLIEST_DEADLINE");
    assert.deepEqual(
      earliest.map(t),
      [...earliest.map(t)].sort((a, b) => a - b),
    );
    const latest = await by("COMPETITION_SORT_BY_LATEST_DEADLINE");
    assert.deepEqual(
      latest.map(t),
      [...latest.map(t)].sort((a, b) => b - a),
    );
    const prize = (await by("COMPETITION_SORT_BY_PRIZE")).map(slugOf);
    assert.deepEqual(prize.slice(0, 3), ["ocean-plastic-detection", "retail-demand-2025", "protein-stability-prediction"]);
    const teams = (await by("COMPETITION_SORT_BY_NUMBER_OF_TEAMS")).map((c) => Number(c.teamCount ?? 0));
    assert.deepEqual(
      teams,
      [...teams].sort((a, b) => b - a),
    );
    const created = (await by("COMPETITION_SORT_BY_RECENTLY_CREATED")).map((c) => Date.parse(String(c.dateCreated)));
    assert.deepEqual(
      created,
      [...created].sort((a, b) => b - a),
    );
    const best = await by("COMPETITION_SORT_BY_BEST");
    assert.equal(slugOf(best.at(-1)!), "retail-demand-2025"); // finished competitions last
    const grouped = (await by("COMPETITION_SORT_BY_GROUPED")).map((c) => c.category);
    assert.equal(grouped[0], "Featured");
    assert.equal(slugOf((await by("COMPETITION_SORT_BY_GROUPED")).at(-1)!), "retail-demand-2025");
    const rel = (await list({ sortBy: "COMPETITION_SORT_BY_RELEVANCE", search: "prediction" })).map(slugOf);
    assert.deepEqual(rel.slice(0, 2).sort(), ["campus-loan-approval", "protein-stability-prediction"]);
  });

  test("ListCompetitions paging by page and pageToken", async () => {
    const all = (await list({ sortBy: "COMPETITION_SORT_BY_EARLIEST_DEADLINE" })).map(slugOf);
    const p1 = await comp(emu, "ListCompetitions", { sortBy: "COMPETITION_SORT_BY_EARLIEST_DEADLINE", pageSize: 3 });
    assert.deepEqual((p1.json.competitions as Json[]).map(slugOf), all.slice(0, 3));
    assert.equal(typeof p1.json.nextPageToken, "string");
    const p2 = await comp(emu, "ListCompetitions", {
      sortBy: "COMPETITION_SORT_BY_EARLIEST_DEADLINE",
      pageSize: 3,
      pageToken: p1.json.nextPageToken,
    });
    assert.deepEqual((p2.json.competitions as Json[]).map(slugOf), all.slice(3, 6));
    const p3 = await comp(emu, "ListCompetitions", { sortBy: "COMPETITION_SORT_BY_EARLIEST_DEADLINE", pageSize: 3, page: 3 });
    assert.deepEqual((p3.json.competitions as Json[]).map(slugOf), all.slice(6));
    assert.equal(p3.json.nextPageToken, undefined);
    const bad = await comp(emu, "ListCompetitions", { pageToken: "garbage!!" });
    assert.equal(bad.status, 400);
    assert.equal((await comp(emu, "ListCompetitions", { pageSize: -1 })).status, 400);
  });

  test("ListDataFiles lists (even without entering) and pages", async () => {
    const r = await comp(emu, "ListDataFiles", { competitionName: "spaceship-survival", pageSize: 20 });
    const files = r.json.files as Json[];
    assert.deepEqual(
      files.map((f) => f.name),
      ["sample_submission.csv", "test.csv", "train.csv"],
    );
    assert.equal(files[0]!.ref, "sample_submission.csv");
    assert.equal(typeof files[0]!.totalBytes, "number");
    assert.equal(files[0]!.creationDate, "2022-02-10T18:00:00Z");
    assert.equal(r.json.nextPageToken, undefined);
    const p1 = await comp(emu, "ListDataFiles", { competitionName: "spaceship-survival", pageSize: 2 });
    assert.equal((p1.json.files as Json[]).length, 2);
    const p2 = await comp(emu, "ListDataFiles", { competitionName: "spaceship-survival", pageSize: 2, pageToken: p1.json.nextPageToken });
    assert.deepEqual(
      (p2.json.files as Json[]).map((f) => f.name),
      ["train.csv"],
    );
    const notEntered = await comp(emu, "ListDataFiles", { competitionName: "ocean-plastic-detection" });
    assert.equal(notEntered.status, 200);
    assert.ok((notEntered.json.files as Json[]).some((f) => f.name === "tiles/tiles_000.bin"));
  });

  test("unknown and unlaunched competitions → 404", async () => {
    const r = await comp(emu, "ListDataFiles", { competitionName: "titanicc" });
    assert.equal(r.status, 404);
    assert.equal(r.json.code, 404);
    assert.match(String(r.json.message), /Competition 'titanicc' not found/);
    assert.equal((await comp(emu, "ListDataFiles", { competitionName: "alice-unlaunched-cup" }, { auth: userAuth(emu, "bob") })).status, 404);
    assert.equal((await comp(emu, "ListDataFiles", { competitionName: "alice-unlaunched-cup" })).status, 200);
    const f = await comp(emu, "DownloadDataFile", { competitionName: "spaceship-survival", fileName: "nope.csv" });
    assert.equal(f.status, 404);
  });

  test("rules not accepted → 403 on downloads", async () => {
    for (const [m, body] of [
      ["DownloadDataFile", { competitionName: "ocean-plastic-detection", fileName: "test_ids.csv" }],
      ["DownloadDataFiles", { competitionName: "ocean-plastic-detection" }],
    ] as const) {
      const r = await comp(emu, m, body);
      assert.equal(r.status, 403);
      assert.deepEqual(r.json, { code: 403, message: "You must accept this competition's rules before you'll be able to download files." });
    }
  });

  test("DownloadDataFile: 302 to a signed URL; GET, HEAD, Range, 416, bad signature, expiry", async () => {
    const r = await comp(emu, "DownloadDataFile", { competitionName: "spaceship-survival", fileName: "train.csv" });
    assert.equal(r.status, 302);
    const loc = r.headers.get("location")!;
    const u = new URL(loc);
    assert.equal(u.origin, emu.url);
    assert.match(u.pathname, /^\/storage\/kagglesdsdata\/competitions\/3136\/\d+\/train\.csv$/);
    assert.deepEqual(
      [...u.searchParams.keys()],
      ["X-Goog-Algorithm", "X-Goog-Credential", "X-Goog-Date", "X-Goog-Expires", "X-Goog-SignedHeaders", "X-Goog-Signature"],
    );
    assert.equal(u.searchParams.get("X-Goog-Expires"), "345600");
    const onDisk = readFileSync(
      emu.state.competitions.competitions.find((c) => c.slug === "spaceship-survival")!.files.find((f) => f.name === "train.csv")!.path,
    );

    const g = await fetch(loc, { headers: authHeader(emu) });
    assert.equal(g.status, 200);
    assert.equal(g.headers.get("content-length"), String(onDisk.length));
    assert.equal(g.headers.get("last-modified"), "Thu, 10 Feb 2022 18:00:00 GMT");
    assert.equal(g.headers.get("accept-ranges"), "bytes");
    assert.equal(g.headers.get("content-type"), "application/octet-stream");
    assert.equal(g.headers.get("content-encoding"), null);
    const md5 = (await import("node:crypto")).createHash("md5").update(onDisk).digest("base64");
    assert.equal(g.headers.get("x-goog-hash"), `crc32c=${referenceCrc32cBase64(onDisk)},md5=${md5}`);
    assert.ok(Buffer.from(await g.arrayBuffer()).equals(onDisk));

    const h = await fetch(loc, { method: "HEAD" });
    assert.equal(h.status, 200);
    assert.equal(h.headers.get("content-length"), String(onDisk.length));

    const tail = await fetch(loc, { headers: { Range: "bytes=100-" } });
    assert.equal(tail.status, 206);
    assert.equal(tail.headers.get("content-range"), `bytes 100-${onDisk.length - 1}/${onDisk.length}`);
    assert.ok(Buffer.from(await tail.arrayBuffer()).equals(onDisk.subarray(100)));
    const mid = await fetch(loc, { headers: { Range: "bytes=10-19" } });
    assert.equal(mid.status, 206);
    assert.equal(await mid.text(), onDisk.subarray(10, 20).toString());
    const suffix = await fetch(loc, { headers: { Range: "bytes=-5" } });
    assert.equal(await suffix.text(), onDisk.subarray(-5).toString());
    const bad = await fetch(loc, { headers: { Range: `bytes=${onDisk.length}-` } });
    assert.equal(bad.status, 416);
    assert.equal(bad.headers.get("content-range"), `bytes */${onDisk.length}`);
    await bad.arrayBuffer();

    const forged = new URL(loc);
    forged.searchParams.set("X-Goog-Signature", "0".repeat(512));
    const f = await fetch(forged);
    assert.equal(f.status, 403);
    assert.match(await f.text(), /SignatureDoesNotMatch/);
    const unsigned = await fetch(`${emu.url}${u.pathname}`);
    assert.equal(unsigned.status, 403);
    await unsigned.arrayBuffer();

    emu.runtime.clock.advance(345601 * 1000);
    try {
      const e = await fetch(loc);
      assert.equal(e.status, 400);
      assert.match(await e.text(), /ExpiredToken/);
    } finally {
      emu.runtime.clock.reset();
    }
  });

  test("DownloadDataFiles: 302 to a .zip that is a valid archive of all files", async () => {
    const bob = userAuth(emu, "bob");
    const r = await comp(emu, "DownloadDataFiles", { competitionName: "ocean-plastic-detection" }, { auth: bob });
    assert.equal(r.status, 302);
    const loc = r.headers.get("location")!;
    assert.match(new URL(loc).pathname, /\/ocean-plastic-detection\.zip$/);
    const g = await fetch(loc);
    assert.equal(g.status, 200);
    const bytes = Buffer.from(await g.arrayBuffer());
    assert.equal(g.headers.get("content-length"), String(bytes.length));
    const file = join(tmp, "ocean.zip");
    writeFileSync(file, bytes);
    const out = execFileSync("unzip", ["-t", file], { encoding: "utf8" });
    assert.match(out, /No errors detected/);
    const names = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).trim().split("\n").sort();
    assert.deepEqual(names, ["sample_submission.csv", "test_ids.csv", "tiles/tiles_000.bin", "train_labels.csv"]);
    const tiles = execFileSync("unzip", ["-p", file, "tiles/tiles_000.bin"], { maxBuffer: 8 << 20 });
    assert.equal(tiles.length, 2097152);
    // second request reuses the cached zip
    const again = await comp(emu, "DownloadDataFiles", { competitionName: "ocean-plastic-detection" }, { auth: bob });
    const g2 = await fetch(again.headers.get("location")!);
    assert.ok(Buffer.from(await g2.arrayBuffer()).equals(bytes));
  });

  test("GetLeaderboard: ranked by metric direction, paged, private after the deadline", async () => {
    const lb = await comp(emu, "GetLeaderboard", { competitionName: "spaceship-survival" });
    const rows = lb.json.submissions as Json[];
    assert.equal(rows.length, 15);
    assert.equal(lb.json.nextPageToken, undefined);
    const scores = rows.map((x) => Number(x.score));
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    ); // accuracy: higher first
    assert.match(String(rows[0]!.score), /^\d\.\d{5}$/);
    assert.equal(typeof rows[0]!.teamId, "number");
    const page = await comp(emu, "GetLeaderboard", { competitionName: "spaceship-survival", pageSize: 5 });
    assert.equal((page.json.submissions as Json[]).length, 5);
    const next = await comp(emu, "GetLeaderboard", { competitionName: "spaceship-survival", pageSize: 5, pageToken: page.json.nextPageToken });
    assert.deepEqual((next.json.submissions as Json[])[0], rows[5]);

    const rmse = (await comp(emu, "GetLeaderboard", { competitionName: "home-value-regression" })).json.submissions as Json[];
    const r2 = rmse.map((x) => Number(x.score));
    assert.deepEqual(
      r2,
      [...r2].sort((a, b) => a - b),
    ); // rmse: lower first
    assert.equal(rmse.at(-1)!.teamName, "Alice Archer"); // the caller's team, with its complete submission

    const closed = (await comp(emu, "GetLeaderboard", { competitionName: "retail-demand-2025" })).json.submissions as Json[];
    const pub = (await comp(emu, "GetLeaderboard", { competitionName: "retail-demand-2025", overridePublic: true })).json.submissions as Json[];
    assert.notDeepEqual(
      closed.map((x) => x.score),
      pub.map((x) => x.score),
    );
    assert.ok(closed.some((x) => x.teamName === "Alice Archer" && x.score === "13502.25000"));
    assert.ok(pub.some((x) => x.teamName === "Alice Archer" && x.score === "13011.50000"));
  });

  test("DownloadLeaderboard: 200 zip with <slug>-publicleaderboard.csv", async () => {
    const res = await fetch(`${emu.url}/api/v1/competitions.CompetitionApiService/DownloadLeaderboard`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...authHeader(emu) },
      body: JSON.stringify({ competitionName: "spaceship-survival" }),
    });
    assert.equal(res.status, 200);
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.equal(res.headers.get("content-length"), String(bytes.length));
    assert.ok(res.headers.get("last-modified"));
    const file = join(tmp, "lb.zip");
    writeFileSync(file, bytes);
    assert.equal(execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).trim(), "spaceship-survival-publicleaderboard.csv");
    const csv = execFileSync("unzip", ["-p", file], { encoding: "utf8" }).trim().split("\r\n");
    assert.equal(csv[0], "TeamId,TeamName,SubmissionDate,Score");
    assert.equal(csv.length, 16);
    assert.match(csv[1]!, /^\d+,Gradient Descenders,2026-10-01 08:15:00,0\.82333$/);
  });
});
