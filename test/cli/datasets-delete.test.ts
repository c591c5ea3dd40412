/**
 * `kaggle datasets delete <ds> [-y]` run as users run it (the bundle): the question read from
 * standard input, `-y`, a closed input, refusals from the server, and an answer that carries
 * `error` although its status is 200.
 */
import assert from "node:assert/strict";
import { after, before, beforeEach, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runBundle, runCli, tempHome } from "../helpers/cli";
import { json, scriptedServer } from "../helpers/server";

let emu: Emulator;
let env: Record<string, string>;
const REF = "alice/city-weather-daily";

const kaggle = (...argv: string[]) => runCli(argv, { env });
const withInput = (input: string, ...argv: string[]) => runBundle("cli", argv, { env: { HOME: tempHome(), ...env }, input });
const exists = async (ref: string) => (await kaggle("datasets", "files", ref)).code === 0;

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {} });
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
});
after(() => emu.close());
beforeEach(async () => {
  await fetch(`${emu.url}/_emulator/reset`, { method: "POST" });
});

test("asks [yes/no]; no cancels, a closed input deletes nothing, yes deletes", async () => {
  const question = `Are you sure you want to delete the dataset: ${REF}? [yes/no] `;
  const no = await withInput("no\n", "datasets", "delete", REF);
  assert.deepEqual([no.code, no.stdout], [0, `${question}Deletion cancelled\n`]);
  const closed = await withInput("", "datasets", "delete", REF);
  assert.equal(closed.code, 1);
  assert.equal(closed.stderr, "No answer on standard input: nothing was deleted; add -y to delete without asking\n");
  assert.ok(await exists(REF));
  const yes = await withInput("maybe\ny\n", "datasets", "delete", REF);
  assert.deepEqual([yes.code, yes.stdout], [0, `${question}${question}Dataset "${REF}" deleted successfully.\n`]);
  assert.ok(!(await exists(REF)));
});

test("-y deletes without asking; a bare slug is the configured user's", async () => {
  const r = await kaggle("datasets", "delete", "city-weather-daily", "-y");
  assert.deepEqual([r.code, r.stdout], [0, 'Dataset "city-weather-daily" deleted successfully.\n']);
  assert.ok(!(await exists(REF)));
});

test("someone else's dataset, an unknown one and a missing argument fail with one line", async () => {
  const other = await kaggle("datasets", "delete", "bob/global-coffee-prices", "-y");
  assert.deepEqual([other.code, other.stderr], [1, "Only the owner can delete bob/global-coffee-prices.\n"]);
  assert.ok(await exists("bob/global-coffee-prices"));
  const unknown = await kaggle("datasets", "delete", "alice/no-such-data", "-y");
  assert.deepEqual([unknown.code, unknown.stderr], [1, "Dataset alice/no-such-data was not found.\n"]);
  const missing = await kaggle("datasets", "delete");
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /the following arguments are required: dataset\n$/);
});

test("an answer with an error is a failure, not a success", async () => {
  const server = await scriptedServer([json(200, { error: "Dataset is used by a competition" })]);
  try {
    const r = await runCli(["datasets", "delete", REF, "-y"], { env: { ...env, KAGGLE_API_ENDPOINT: server.url } });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `Could not delete ${REF}: Dataset is used by a competition\n`);
    assert.equal(r.stdout, "");
    assert.deepEqual(JSON.parse(server.seen[0]!.body), { ownerSlug: "alice", datasetSlug: "city-weather-daily" });
  } finally {
    await server.close();
  }
});
