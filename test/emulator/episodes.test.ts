/**
 * The newer competitions RPCs over real HTTP: one submission and its file, submission limits,
 * team submissions, simulation episodes with replays and agent logs, pages, and the scenario keys
 * behind them.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Emulator } from "../../src/emulator/server";
import { comp, start, userAuth } from "./helpers";

type Json = Record<string, unknown>;
const ARENA = "connect-arena";

describe("submissions, limits, episodes and pages", () => {
  let emu: Emulator;
  let mine: Json[];
  before(async () => {
    emu = await start();
    mine = (await comp(emu, "ListSubmissions", { competitionName: ARENA })).json.submissions as Json[];
  });
  after(() => emu.close());

  test("GetSubmission answers the caller's own submission only", async () => {
    const ref = mine[0]!.ref as number;
    const own = await comp(emu, "GetSubmission", { ref });
    assert.equal(own.status, 200, own.text);
    assert.deepEqual(own.json, mine[0]);
    const other = await comp(emu, "GetSubmission", { ref }, { auth: userAuth(emu, "bob") });
    assert.equal(other.status, 404);
    assert.equal(other.json.message, `Submission ${ref} not found among your submissions.`);
    assert.equal((await comp(emu, "GetSubmission", { ref: 0 })).status, 400);
  });

  test("DownloadSubmission redirects to the submitted bytes", async () => {
    const r = await comp(emu, "DownloadSubmission", { submissionId: mine[0]!.ref });
    assert.equal(r.status, 302);
    const location = r.headers.get("location")!;
    assert.match(new URL(location).pathname, /\/main\.py$/);
    const file = await fetch(location);
    assert.equal(file.status, 200);
    assert.match(await file.text(), /^def agent\(observation, configuration\):/);
    const seeded = (await comp(emu, "ListSubmissions", { competitionName: "retail-demand-2025" })).json.submissions as Json[];
    const none = await comp(emu, "DownloadSubmission", { submissionId: seeded[0]!.ref });
    assert.equal(none.status, 404);
    assert.match(String(none.json.message), /has no file to download/);
  });

  test("GetSubmissionLimits counts today's and all submissions against both caps", async () => {
    const r = await comp(emu, "GetSubmissionLimits", { competitionName: ARENA });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { numTotal: 2, numAllowedNow: 5 }); // zero and false are omitted
    const fresh = await comp(emu, "GetSubmissionLimits", { competitionName: ARENA }, { auth: userAuth(emu, "bob") });
    assert.deepEqual(fresh.json, { numAllowedNow: 5 });
    assert.equal((await comp(emu, "GetSubmissionLimits", { competitionName: "no-such-comp" })).status, 404);
  });

  test("ListTeamPublicSubmissions: the leaderboard entry, or every scored agent of a simulation", async () => {
    const team = await comp(emu, "ListTeamPublicSubmissions", { teamId: 11900001 });
    assert.equal(team.status, 200, team.text);
    assert.deepEqual(team.json, {
      submissions: [{ id: (team.json.submissions as Json[])[0]!.id, dateSubmitted: "2026-11-20T10:00:00Z", publicScore: "1312.40000" }],
    });
    const aliceTeam = (await comp(emu, "ListSubmissionEpisodes", { submissionId: mine[0]!.ref })).json.episodes as Json[];
    const teamId = ((aliceTeam[0]!.agents as Json[]).find((a) => a.submissionId === mine[0]!.ref) as Json).teamId;
    const hers = await comp(emu, "ListTeamPublicSubmissions", { teamId });
    assert.deepEqual(
      (hers.json.submissions as Json[]).map((s) => s.id),
      mine.map((s) => s.ref),
    );
    const unknown = await comp(emu, "ListTeamPublicSubmissions", { teamId: 999 });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.json.message, "Team 999 not found.");
  });

  test("ListSubmissionEpisodes lists the episodes an agent played, with every agent", async () => {
    const r = await comp(emu, "ListSubmissionEpisodes", { submissionId: mine[0]!.ref });
    assert.equal(r.status, 200, r.text);
    const episodes = r.json.episodes as Json[];
    assert.deepEqual(
      episodes.map((e) => [e.id, e.state, e.type]),
      [
        [70000101, "COMPLETED", "EPISODE_TYPE_PUBLIC"],
        [70000102, "COMPLETED", "EPISODE_TYPE_PUBLIC"],
        [70000103, "CREATED", "EPISODE_TYPE_VALIDATION"],
      ],
    );
    assert.equal(episodes[0]!.endTime, "2026-11-25T09:02:10Z");
    assert.equal(episodes[2]!.endTime, undefined);
    const agents = episodes[1]!.agents as Json[];
    assert.deepEqual(
      agents.map((a) => [a.index, a.teamName, a.reward, a.state]),
      [
        [undefined, "Minimax Masters", 1, "EPISODE_AGENT_STATE_COMPLETE"],
        [1, "Alice Archer", -1, "EPISODE_AGENT_STATE_ERROR_TIMEOUT"],
      ],
    );
    assert.deepEqual((await comp(emu, "ListSubmissionEpisodes", { submissionId: mine[1]!.ref })).json, {});
    assert.equal((await comp(emu, "ListSubmissionEpisodes", { submissionId: 12345 })).status, 404);
  });

  test("GetEpisodeReplay and GetEpisodeAgentLogs answer the files themselves", async () => {
    const replay = await comp(emu, "GetEpisodeReplay", { episodeId: 70000101 });
    assert.equal(replay.status, 200);
    assert.ok(replay.headers.get("last-modified"));
    assert.equal(replay.headers.get("content-length"), String(Buffer.byteLength(replay.text)));
    assert.equal((JSON.parse(replay.text) as Json).name, "connectx");
    const made = await comp(emu, "GetEpisodeReplay", { episodeId: 70000102 });
    assert.deepEqual((JSON.parse(made.text) as Json).teams, ["Minimax Masters", "Alice Archer"]);
    const logs = await comp(emu, "GetEpisodeAgentLogs", { episodeId: 70000101, agentIndex: 0 });
    assert.equal(logs.status, 200);
    assert.equal((JSON.parse(logs.text) as Json[][])[1]![0]!.stdout, "four in a row");
    const none = await comp(emu, "GetEpisodeAgentLogs", { episodeId: 70000101, agentIndex: 1 });
    assert.equal(none.text, "[]");
    const out = await comp(emu, "GetEpisodeAgentLogs", { episodeId: 70000101, agentIndex: 2 });
    assert.equal(out.status, 400);
    assert.equal(out.json.message, "Episode 70000101 has no agent 2: its agents are numbered 0 to 1.");
    const missing = await comp(emu, "GetEpisodeReplay", { episodeId: 1 });
    assert.equal(missing.status, 404);
    assert.equal(missing.json.message, "Episode 1 not found.");
  });

  test("ListCompetitionPages: published pages, one by name, unpublished ones for the host only", async () => {
    const r = await comp(emu, "ListCompetitionPages", { competitionName: ARENA });
    assert.deepEqual(
      (r.json.pages as Json[]).map((p) => p.name),
      ["description", "evaluation", "rules"],
    );
    const one = await comp(emu, "ListCompetitionPages", { competitionName: ARENA, pageName: "rules" });
    assert.deepEqual(one.json, {
      pages: [
        {
          name: "rules",
          content: "<p>One account per participant. At most 5 submissions a day and 100 in all.</p>",
          isPublished: true,
          postTitle: "Rules",
        },
      ],
    });
    assert.deepEqual((await comp(emu, "ListCompetitionPages", { competitionName: ARENA, pageName: "nope" })).json, {});
    assert.equal((await comp(emu, "ListCompetitionPages", { competitionName: "nope" })).status, 404);
  });
});

describe("scenario keys", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "emu-episodes-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const scenario = (extra: string) => {
    const file = join(dir, `s${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(
      file,
      `users:
  - username: ann
competitions:
  - slug: duel
    simulation: true
    maxTotalSubmissions: 1
    entrants: [ann]
    submissions:
      - { user: ann, status: COMPLETE, publicScore: 600, content: "def agent(o, c): return 0" }
${extra}`,
    );
    return file;
  };

  test("a lifetime cap holds numAllowedNow at 0 and says so", async () => {
    const emu = await start({ scenario: scenario("") });
    try {
      const limits = await comp(emu, "GetSubmissionLimits", { competitionName: "duel" });
      assert.deepEqual(limits.json, { numTotal: 1, limitedByTotal: true });
    } finally {
      await emu.close();
    }
  });

  test("an episode agent naming nobody is refused with where it is", async () => {
    await assert.rejects(
      start({ scenario: scenario("    episodes:\n      - agents: [{ team: Ghosts }]\n") }),
      /competitions\[0\]\.episodes\[0\]\.agents\[0\]\.team: no team 'Ghosts' on the leaderboard of duel/,
    );
    await assert.rejects(
      start({ scenario: scenario("    episodes:\n      - state: sleeping\n        agents: [{ user: ann }]\n") }),
      /episodes\[0\]\.state: unknown value 'sleeping'/,
    );
  });
});
