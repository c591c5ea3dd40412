/** The emulator's discussions and search at the RPC level: forums, topics, comments, paging, errors, scenarios. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { comp, rpc, start, userAuth, type Auth } from "./helpers";

const DISC = "discussions.DiscussionApiService";
let emu: Emulator;
const disc = (method: string, body: unknown = {}, auth?: Auth) => rpc(emu, DISC, method, body, auth ? { auth } : {});
const ids = (r: { json: Record<string, unknown> }, key = "topics") => (r.json[key] as { id: number }[]).map((t) => t.id);

before(async () => {
  emu = await start({ scenario: "demo" });
});
after(() => emu.close());

describe("discussions service", () => {
  test("forums are listed with their pages", async () => {
    const r = await disc("ListForums");
    assert.equal(r.status, 200, r.text);
    const forums = r.json.forums as { name: string; url: string; subtitle: string }[];
    assert.deepEqual(
      forums.map((f) => f.name),
      ["Getting Started", "Product Feedback", "General"],
    );
    assert.equal(forums[0]!.url, "https://www.kaggle.com/discussions/getting-started");
  });

  test("topics of a forum, searched, sorted and filtered by category and group", async () => {
    const gs = await disc("ListTopics", { forumSlug: "getting-started" });
    assert.deepEqual(ids(gs).sort(), [510001, 510002]);
    assert.equal(gs.json.totalCount, 2);
    const top = await disc("ListTopics", { sortBy: "TOPIC_LIST_SORT_BY_TOP", category: "TOPIC_LIST_CATEGORY_FORUMS" });
    assert.deepEqual(ids(top), [510003, 510002, 510001, 510004]);
    const newest = await disc("ListTopics", { sortBy: "TOPIC_LIST_SORT_BY_NEW", category: "TOPIC_LIST_CATEGORY_COMPETITIONS" });
    assert.deepEqual(ids(newest), [520002, 520001]);
    const search = await disc("ListTopics", { searchQuery: "dark THEME" });
    assert.deepEqual(ids(search), [510003]);
    const mine = await disc("ListTopics", { group: "TOPIC_LIST_GROUP_OWNED" });
    assert.deepEqual(ids(mine), [510004, 550002]);
    const anonymousGroup = await disc("ListTopics", { group: "TOPIC_LIST_GROUP_OWNED" }, "none");
    assert.equal(anonymousGroup.status, 401);
  });

  test("topics are paged with tokens that only work for their own list", async () => {
    const p1 = await disc("ListTopics", { pageSize: 3 });
    assert.equal(ids(p1).length, 3);
    const p2 = await disc("ListTopics", { pageSize: 3, pageToken: p1.json.nextPageToken });
    assert.equal(p2.status, 200, p2.text);
    assert.ok(ids(p2).every((id) => !ids(p1).includes(id)));
    const foreign = await disc("ListComments", { topicId: 510002, pageToken: p1.json.nextPageToken });
    assert.equal(foreign.status, 400);
    assert.match(foreign.json.message as string, /belongs to another list/);
    const garbage = await disc("ListTopics", { pageToken: "not-a-token" });
    assert.equal(garbage.status, 400);
    assert.match(garbage.json.message as string, /invalid page token/);
  });

  test("a topic with its content, and its comments as reply trees, paged", async () => {
    const t = await disc("GetTopic", { id: 510001 });
    const topic = t.json.topic as Record<string, unknown>;
    assert.equal(topic.title, "How do I make my first submission?");
    assert.equal(topic.commentCount, 4);
    assert.equal(topic.authorName, "Dave Data");
    assert.match(topic.content as string, /^<p>I downloaded/);
    const c = await disc("ListComments", { topicId: 510001 });
    const comments = c.json.comments as { authorName: string; replies?: unknown[] }[];
    assert.deepEqual(
      comments.map((x) => [x.authorName, x.replies?.length ?? 0]),
      [
        ["Alice Archer", 2],
        ["Carol Chen", 0],
      ],
    );
    let token: string | undefined;
    let n = 0;
    do {
      const page = await disc("ListComments", { topicId: 510002, pageSize: 10, ...(token ? { pageToken: token } : {}) });
      n += (page.json.comments as unknown[]).length;
      token = page.json.nextPageToken as string | undefined;
    } while (token);
    assert.equal(n, 23);
  });

  test("topics of a dataset and a kernel; unknown ids and entities are 404", async () => {
    const d = await disc("ListDatasetTopics", { ownerSlug: "alice", datasetSlug: "city-weather-daily" });
    assert.deepEqual(ids(d).sort(), [530001, 530002]);
    const k = await disc("ListKernelTopics", { ownerSlug: "bob", kernelSlug: "spaceship-random-forest", searchQuery: "trees" });
    assert.deepEqual(ids(k), [540001]);
    const none = await disc("ListDatasetTopics", { ownerSlug: "bob", datasetSlug: "global-coffee-prices" });
    assert.deepEqual([none.status, none.json.topics], [200, undefined]);
    for (const [m, body] of [
      ["GetTopic", { id: 999 }],
      ["ListComments", { topicId: 999 }],
      ["ListDatasetTopics", { ownerSlug: "alice", datasetSlug: "nope" }],
      ["ListKernelTopics", { ownerSlug: "bob", kernelSlug: "nope" }],
      ["ListTopics", { forumSlug: "nope" }],
    ] as const) {
      const r = await disc(m, body);
      assert.equal(r.status, 404, `${m}: ${r.text}`);
    }
    const missing = await disc("ListDatasetTopics", { ownerSlug: "alice" });
    assert.equal(missing.status, 400);
    assert.match(missing.json.message as string, /datasetSlug/);
  });

  test("topics of a private dataset are hidden from others", async () => {
    const y = `users: [{ username: ann, key: k1 }, { username: ben, key: k2 }]
datasets:
  - { owner: ann, slug: secret, private: true, versions: [{ files: [{ name: a.csv, content: "a" }] }] }
topics:
  - { dataset: ann/secret, title: Hidden, author: ann }`;
    const own = await startEmulator({ port: 0, scenarioYaml: y, log: () => {} });
    try {
      const asBen = await rpc(own, DISC, "ListDatasetTopics", { ownerSlug: "ann", datasetSlug: "secret" }, { auth: userAuth(own, "ben") });
      assert.equal(asBen.status, 404);
      const asAnn = await rpc(own, DISC, "ListDatasetTopics", { ownerSlug: "ann", datasetSlug: "secret" });
      assert.equal((asAnn.json.topics as unknown[]).length, 1);
      const search = await rpc(own, "search.SearchApiService", "ListEntities", { filters: { query: "hidden" } }, { auth: userAuth(own, "ben") });
      assert.equal(search.json.documents, undefined);
    } finally {
      await own.close();
    }
  });

  test("scenario errors name the topic and the problem", async () => {
    for (const [yaml, msg] of [
      ["topics: [{ forum: nope, title: T, author: alice }]", /topics\[0\]\.forum: unknown forum 'nope'/],
      ["topics: [{ competition: nope, title: T, author: alice }]", /topics\[0\]\.competition: no competition 'nope'/],
      ["topics: [{ title: T, author: alice }]", /topics\[0\]: give exactly one of forum/],
      ["forums: [{ slug: f }]\ntopics: [{ forum: f, title: T, author: zed }]", /topics\[0\]\.author: unknown user 'zed'/],
    ] as const) {
      await assert.rejects(startEmulator({ port: 0, scenarioYaml: `users: [{ username: alice, key: k }]\n${yaml}`, log: () => {} }), msg);
    }
  });
});

describe("competition topic RPCs", () => {
  test("topics of a competition, sticky first, one page at a time", async () => {
    const r = await comp(emu, "ListCompetitionTopics", { competitionName: "spaceship-survival", sortBy: "TOPIC_LIST_SORT_BY_NEW", page: 1 });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(ids(r), [520001, 520002]);
    assert.equal((r.json.topics as { isSticky?: boolean }[])[0]!.isSticky, true);
    const p2 = await comp(emu, "ListCompetitionTopics", { competitionName: "spaceship-survival", page: 2 });
    assert.equal(p2.json.topics, undefined);
    const unknown = await comp(emu, "ListCompetitionTopics", { competitionName: "nope" });
    assert.equal(unknown.status, 404);
  });

  test("messages of a topic: the opening post, then the reply tree", async () => {
    const r = await comp(emu, "ListTopicMessages", { competitionName: "spaceship-survival", topicId: 520002, sortBy: "COMMENT_LIST_SORT_BY_NEW" });
    const messages = r.json.messages as { authorName: string; replies?: unknown[] }[];
    assert.deepEqual(
      messages.map((m) => [m.authorName, m.replies?.length ?? 0]),
      [
        ["Bob Builder", 0],
        ["Alice Archer", 0],
        ["Carol Chen", 1],
      ],
    );
    const one = await comp(emu, "ListTopicMessages", { competitionName: "spaceship-survival", topicId: 520002, pageSize: 1 });
    assert.equal((one.json.messages as unknown[]).length, 1);
    const elsewhere = await comp(emu, "ListTopicMessages", { competitionName: "home-value-regression", topicId: 520002 });
    assert.equal(elsewhere.status, 404);
  });
});

describe("search service", () => {
  const search = (body: unknown, auth?: Auth) => rpc(emu, "search.SearchApiService", "ListEntities", body, auth ? { auth } : {});
  const kinds = (r: { json: Record<string, unknown> }) =>
    ((r.json.documents ?? []) as { documentType: string; title: string }[]).map((d) => d.documentType);

  test("one query across competitions, datasets, kernels and topics", async () => {
    const r = await search({ filters: { query: "spaceship" } });
    assert.equal(r.status, 200, r.text);
    const found = new Set(kinds(r));
    for (const k of ["COMPETITION", "KERNEL", "TOPIC"]) assert.ok(found.has(k), `${k} in ${[...found].join(",")}`);
    const onlyKernels = await search({ filters: { query: "spaceship", documentTypes: ["KERNEL"] } });
    assert.ok(kinds(onlyKernels).every((k) => k === "KERNEL") && kinds(onlyKernels).length > 0);
    const mine = await search({ filters: { query: "spaceship", listType: "API_LIST_TYPE_YOUR_WORK", documentTypes: ["KERNEL"] } });
    const owners = (mine.json.documents as { ownerUser: { userName: string } }[]).map((d) => d.ownerUser.userName);
    assert.ok(owners.length > 0 && owners.every((o) => o === "alice"), owners.join());
  });

  test("paged, and an empty query or a bad order is 400", async () => {
    const p1 = await search({ filters: { query: "spaceship" }, pageSize: 2 });
    assert.equal((p1.json.documents as unknown[]).length, 2);
    const p2 = await search({ filters: { query: "spaceship" }, pageSize: 2, pageToken: p1.json.nextPageToken });
    assert.equal(p2.status, 200);
    const other = await search({ filters: { query: "weather" }, pageSize: 2, pageToken: p1.json.nextPageToken });
    assert.equal(other.status, 400);
    const empty = await search({ filters: { query: "  " } });
    assert.equal(empty.status, 400);
    assert.match(empty.json.message as string, /filters\.query/);
    const bad = await search({ filters: { query: "x" }, canonicalOrderBy: "BEST" });
    assert.equal(bad.status, 400);
  });
});
