/**
 * `kaggle competitions|datasets|kernels|models topics …` and `competitions topic-messages`: the bundle
 * against the demo scenario. The exact texts are what kaggle 2.2.3 prints for the same state.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runCli, tempHome } from "../helpers/cli";

let emu: Emulator;
let env: Record<string, string>;
const kaggle = (argv: string[], extra: Record<string, string> = {}, home?: string) =>
  runCli(argv, { env: { ...env, ...extra }, ...(home ? { home } : {}) });

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", log: () => {} });
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
});
after(() => emu.close());

const COMPETITION_TOPICS = `    id  title                                      authorName   commentCount  votes  postDate             
------  -----------------------------------------  -----------  ------------  -----  -------------------  
520001  Welcome to Spaceship Survival              Dave Data               1     25  2025-01-05 09:00:00  
520002  CryoSleep is the strongest single feature  Bob Builder             3     18  2025-02-20 14:00:00  
`;

const TOPIC_520002 = `Topic #520002: CryoSleep is the strongest single feature
  Author: Bob Builder
  Posted: 2025-02-20 14:00:00
  Votes: 18  Comments: 3

A one-rule model on CryoSleep scores 0.72.

Comments:
├─ Carol Chen (2025-02-20 16:00:00) [+6]
│  Combine it with HomePlanet for 0.74.
  ├─ Bob Builder (2025-02-20 17:00:00) [+2]
  │  Nice, confirmed.
├─ Alice Archer (2025-02-21 09:00:00) [+1]
│  Does Cabin help?
`;

describe("competitions topics", () => {
  test("list: sticky first, as kaggle 2.2.3 prints it; -p pages; -v and --format", async () => {
    const r = await kaggle(["competitions", "topics", "list", "spaceship-survival"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, COMPETITION_TOPICS);
    const p2 = await kaggle(["c", "topics", "list", "spaceship-survival", "-p", "2"]);
    assert.deepEqual([p2.code, p2.stdout], [0, "No topics found\n"]);
    const csv = await kaggle(["c", "topics", "list", "spaceship-survival", "-s", "top", "-v"]);
    assert.match(csv.stdout, /^id,title,authorName,commentCount,votes,postDate\r\n520001,/);
    const json = JSON.parse((await kaggle(["c", "topics", "list", "spaceship-survival", "--format", "json(id,postDate)"])).stdout) as unknown[];
    assert.deepEqual(json[0], { id: 520001, postDate: "2025-01-05T09:00:00" });
  });

  test("bare `topics` lists the configured competition, and says so", async () => {
    const home = tempHome();
    fs.mkdirSync(path.join(home, ".kaggle"));
    fs.writeFileSync(path.join(home, ".kaggle", "kaggle.json"), JSON.stringify({ competition: "spaceship-survival" }), { mode: 0o600 });
    const r = await kaggle(["c", "topics"], {}, home);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `Using competition: spaceship-survival\n${COMPETITION_TOPICS}`);
    const none = await kaggle(["c", "topics"]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^No competition specified: /);
  });

  test("show, in both forms, prints the topic and its comment tree", async () => {
    for (const argv of [["520002"], ["spaceship-survival", "520002"], ["spaceship-survival/520002"]]) {
      const r = await kaggle(["c", "topics", "show", ...argv]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, TOPIC_520002);
    }
  });

  test("an unknown competition or topic is one line and exit 1", async () => {
    const c = await kaggle(["c", "topics", "list", "no-such-comp"]);
    assert.deepEqual([c.code, c.stdout, c.stderr], [1, "", "Competition 'no-such-comp' not found.\n"]);
    const t = await kaggle(["c", "topics", "show", "999"]);
    assert.deepEqual([t.code, t.stderr], [1, "Topic 999 not found.\n"]);
    const bad = await kaggle(["c", "topics", "list", "spaceship-survival", "-s", "best"]);
    assert.equal(bad.stderr, "Invalid sort_by specified. Valid options are ['hot', 'top', 'new', 'recent', 'active', 'relevance']\n");
  });
});

describe("competitions topic-messages", () => {
  test("the opening post and the reply tree, flattened; -n limits top-level messages", async () => {
    const r = await kaggle(["c", "topic-messages", "spaceship-survival", "520002", "-v"]);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.trimEnd().split("\r\n");
    assert.equal(rows[0], "id,authorName,postDate,votes,content");
    assert.deepEqual(
      rows.slice(1).map((l) => l.split(",")[1]),
      ["Bob Builder", "Carol Chen", "Bob Builder", "Alice Archer"],
    );
    const two = await kaggle(["c", "topic-messages", "spaceship-survival", "520002", "-s", "new", "-n", "2", "--format", "json(authorName)"]);
    assert.deepEqual(JSON.parse(two.stdout), [{ authorName: "Bob Builder" }, { authorName: "Alice Archer" }]);
  });

  test("a missing or non-numeric topic id", async () => {
    const none = await kaggle(["c", "topic-messages", "spaceship-survival"]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^No topic_id specified: /);
    const word = await kaggle(["c", "topic-messages", "spaceship-survival", "abc"]);
    assert.equal(word.code, 2);
    assert.match(word.stderr, /error: argument topic_id: invalid int value: 'abc'\n$/);
    const other = await kaggle(["c", "topic-messages", "home-value-regression", "520002"]);
    assert.deepEqual([other.code, other.stderr], [1, "Topic 520002 not found in competition 'home-value-regression'.\n"]);
  });
});

describe("datasets and kernels topics", () => {
  test("a dataset's topics; a bare slug is the caller's; sort and search", async () => {
    const r = await kaggle(["datasets", "topics", "list", "city-weather-daily", "-v"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      "id,title,authorName,commentCount,votes,postDate\r\n" +
        "530001,Missing days in March 2021?,Bob Builder,1,4,2025-03-15 08:00:00\r\n" +
        "530002,Units of the temperature columns,Carol Chen,0,2,2025-04-02 10:00:00\r\n",
    );
    const s = await kaggle(["d", "topics", "list", "alice/city-weather-daily", "--sort-by", "new", "-s", "celsius", "--format", "json(id)"]);
    assert.deepEqual(JSON.parse(s.stdout), [{ id: 530002 }]);
    const none = await kaggle(["d", "topics", "list", "bob/global-coffee-prices"]);
    assert.deepEqual([none.code, none.stdout], [0, "No topics found\n"]);
  });

  test("paging prints the token after the rows, and --page-token follows it", async () => {
    const p1 = await kaggle(["d", "topics", "list", "alice/city-weather-daily", "--page-size", "1"]);
    const token = /^Next page token: (\S+)\n$/m.exec(p1.stdout)?.[1];
    assert.ok(token && p1.stdout.endsWith(`Next page token: ${token}\n`), p1.stdout);
    const p2 = await kaggle(["d", "topics", "list", "alice/city-weather-daily", "--page-size", "1", "--page-token", token]);
    assert.equal(p2.code, 0, p2.stderr);
    assert.ok(!p2.stdout.includes("Next page token"));
    const quiet = await kaggle(["d", "topics", "list", "alice/city-weather-daily", "--page-size", "1", "-q"]);
    assert.ok(!quiet.stdout.includes("Next page token"));
    const foreign = await kaggle(["k", "topics", "list", "bob/spaceship-random-forest", "--page-token", token]);
    assert.equal(foreign.code, 1);
    assert.match(foreign.stderr, /belongs to another list; start again without it\n$/);
  });

  test("a kernel's topics and show; missing and unknown entities", async () => {
    const r = await kaggle(["kernels", "topics", "list", "bob/spaceship-random-forest", "--format", "json(title,commentCount)"]);
    assert.deepEqual(JSON.parse(r.stdout), [{ title: "Why 200 trees?", commentCount: 1 }]);
    const show = await kaggle(["k", "topics", "show", "bob/spaceship-random-forest", "540001", "-q"]);
    assert.match(show.stdout, /^Topic #540001: Why 200 trees\?\n/);
    for (const [argv, line] of [
      [["d", "topics"], /^No dataset specified: /],
      [["k", "topics"], /^No kernel specified: /],
      [["d", "topics", "list", "alice/nope"], /^Dataset 'alice\/nope' not found\.\n$/],
      [["k", "topics", "list", "bob/no-such-kernel"], /^Kernel 'bob\/no-such-kernel' not found\.\n$/],
      [["d", "topics", "list", "a/b/c/d"], /^Invalid dataset specification a\/b\/c\/d/],
    ] as const) {
      const e = await kaggle([...argv]);
      assert.equal(e.code, 1, argv.join(" "));
      assert.match(e.stderr, line);
    }
  });
});

describe("models topics", () => {
  const MODEL_TOPICS = `    id  title                                authorName   commentCount  votes  postDate             
------  -----------------------------------  -----------  ------------  -----  -------------------  
550001  Does the ONNX export match PyTorch?  Bob Builder             1      5  2025-07-03 09:00:00  
`;

  test("list, as kaggle 2.2.3 prints it; a bare slug is the caller's; sort and search", async () => {
    const r = await kaggle(["models", "topics", "list", "alice/weather-forecaster"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, MODEL_TOPICS);
    const csv = await kaggle(["m", "topics", "list", "weather-forecaster", "-v"]);
    assert.equal(
      csv.stdout,
      "id,title,authorName,commentCount,votes,postDate\r\n550001,Does the ONNX export match PyTorch?,Bob Builder,1,5,2025-07-03 09:00:00\r\n",
    );
    const s = await kaggle(["m", "topics", "list", "alice/weather-forecaster", "--sort-by", "new", "-s", "onnx", "--format", "json(id)"]);
    assert.deepEqual(JSON.parse(s.stdout), [{ id: 550001 }]);
    const none = await kaggle(["m", "topics", "list", "bob/coffee-price-lstm"]);
    assert.deepEqual([none.code, none.stdout], [0, "No topics found\n"]);
  });

  test("show, in both forms", async () => {
    for (const argv of [["550001"], ["alice/weather-forecaster", "550001"]]) {
      const r = await kaggle(["models", "topics", "show", ...argv]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Topic #550001: Does the ONNX export match PyTorch\?\n {2}Author: Bob Builder\n/);
      assert.match(r.stdout, /Float16 rounding/);
    }
  });

  test("a private model's topics only for its owner; missing and unknown models", async () => {
    const own = await kaggle(["m", "topics", "list", "alice/secret-sales-model", "--format", "json(id)"]);
    assert.deepEqual(JSON.parse(own.stdout), [{ id: 550002 }]);
    const bob = { KAGGLE_USERNAME: "bob", KAGGLE_KEY: emu.state.users.find((u) => u.username === "bob")!.key };
    for (const [argv, extra, line] of [
      [["m", "topics", "list", "alice/secret-sales-model"], bob, /^Model 'alice\/secret-sales-model' not found\.\n$/],
      [["m", "topics", "show", "550002"], bob, /^Topic 550002 not found\.\n$/],
      [["m", "topics", "list"], {}, /^No model specified: /],
      [["m", "topics", "list", "alice/no-such-model"], {}, /^Model 'alice\/no-such-model' not found\.\n$/],
    ] as const) {
      const e = await kaggle([...argv], extra);
      assert.equal(e.code, 1, argv.join(" "));
      assert.equal(e.stdout, "");
      assert.match(e.stderr, line);
    }
  });
});
