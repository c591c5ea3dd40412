/** `kaggle search <query>`: the bundle against the demo scenario's competitions, datasets, kernels, models and topics. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runCli } from "../helpers/cli";

let emu: Emulator;
let env: Record<string, string>;
const kaggle = (...argv: string[]) => runCli(argv, { env });
type Row = { type: string; ref: string; title: string; owner: string; votes: number; created: string | null };
const rows = async (...argv: string[]) => {
  const r = await kaggle("search", ...argv, "--format", "json");
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Row[];
};

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", log: () => {} });
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
});
after(() => emu.close());

describe("search", () => {
  test("one query finds competitions, notebooks, discussions, datasets and models, with refs their commands take", async () => {
    const r = await kaggle("search", "spaceship");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout.split("\n")[0]!, /^type +ref +title +owner +votes +created +$/);
    const found = await rows("spaceship");
    const refs = new Map(found.map((x) => [x.ref, x.type]));
    assert.equal(refs.get("spaceship-survival"), "competition");
    assert.equal(refs.get("alice/spaceship-baseline"), "notebook");
    assert.equal(refs.get("520001"), "discussion");
    const weather = await rows("city weather");
    assert.deepEqual(
      weather.map((x) => [x.type, x.ref, x.owner]),
      [
        ["dataset", "alice/city-weather-daily", "alice"],
        ["model", "alice/weather-forecaster", "alice"],
      ],
    );
  });

  test("models: visible ones found by title and subtitle, a private one only by its owner", async () => {
    const found = await rows("forecaster", "--type", "model");
    assert.deepEqual(
      found.map((x) => [x.type, x.ref, x.title, x.owner, x.votes]),
      [["model", "alice/weather-forecaster", "Weather Forecaster", "alice", 6]],
    );
    assert.deepEqual(
      (await rows("arabica")).map((x) => [x.type, x.ref]),
      [
        ["dataset", "bob/global-coffee-prices"],
        ["model", "bob/coffee-price-lstm"],
      ],
    );
    assert.deepEqual(
      (await rows("secret sales")).map((x) => x.ref),
      ["alice/secret-sales-model"],
    );
    const bob = emu.state.users.find((u) => u.username === "bob")!;
    const asBob = await runCli(["search", "secret sales", "--format", "json"], { env: { ...env, KAGGLE_USERNAME: "bob", KAGGLE_KEY: bob.key } });
    assert.equal(asBob.code, 0, asBob.stderr);
    assert.equal(asBob.stdout.trim(), "[]", "alice's private model is not found by bob");
  });

  test("--type, --mine and --sort-by narrow and order the results", async () => {
    const nb = await rows("spaceship", "--type", "notebook,dataset");
    assert.ok(nb.length > 0 && nb.every((x) => x.type === "notebook"), JSON.stringify(nb));
    const mine = await rows("spaceship", "-t", "notebook", "--mine");
    assert.deepEqual(mine.map((x) => x.ref).sort(), ["alice/spaceship-baseline", "alice/spaceship-eda"]);
    const byVotes = await rows("spaceship", "--type", "notebook", "--sort-by", "votes");
    const votes = byVotes.map((x) => x.votes);
    assert.deepEqual(
      votes,
      [...votes].sort((a, b) => b - a),
    );
    const users = await rows("carol", "--type", "user");
    assert.deepEqual(
      users.map((x) => x.ref),
      ["carol"],
    );
  });

  test("pages: the token first, as other lists print it, and --page-token follows it", async () => {
    const p1 = await kaggle("search", "spaceship", "--page-size", "2", "-v");
    const token = /^Next Page Token = (\S+)\n/.exec(p1.stdout)?.[1];
    assert.ok(token, p1.stdout);
    assert.equal(p1.stdout.split("\r\n").length, 4);
    const p2 = await kaggle("search", "spaceship", "--page-size", "2", "--page-token", token, "-v");
    assert.equal(p2.code, 0, p2.stderr);
    assert.notEqual(p1.stdout.split("\r\n")[1], p2.stdout.split("\r\n")[1]);
    const other = await kaggle("search", "weather", "--page-token", token);
    assert.equal(other.code, 1);
    assert.match(other.stderr, /belongs to another list/);
  });

  test("nothing found, an empty query, bad words: one clear line each", async () => {
    const none = await kaggle("search", "zzzz-nothing-matches");
    assert.deepEqual([none.code, none.stdout], [0, "No results found\n"]);
    for (const [argv, code, line] of [
      [["   "], 1, /^The search query is empty: /],
      [
        ["x", "--type", "song"],
        1,
        /^Invalid type 'song' specified\. Valid options are \['competition', 'dataset', 'notebook', 'model', 'user', 'discussion', 'benchmark'\]\n$/,
      ],
      [["x", "--sort-by", "best"], 1, /^Invalid sort_by specified\. Valid options are \['relevance', 'hotness'/],
      [["x", "--page-size", "500"], 1, /^--page-size must be between 1 and 100, got 500\n$/],
      [[], 2, /error: the following arguments are required: query\n$/],
    ] as const) {
      const r = await kaggle("search", ...argv);
      assert.equal(r.code, code, argv.join(" "));
      assert.equal(r.stdout, "");
      assert.match(r.stderr, line);
    }
  });
});
