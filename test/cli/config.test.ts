/**
 * `kaggle config …` and the settings it stores: the `proxy` value is used for requests, in the
 * official order; a proxy password is never printed; names nothing reads are refused; a bad
 * `KAGGLE_OUTPUT_FORMAT` is refused.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { redactUrlPassword } from "../../src/core/config";
import { FakeClock } from "../helpers/clock";
import { runCli, tempHome } from "../helpers/cli";
import { proxy } from "../helpers/proxy";

const emu = useEmulator();
const env = emu.env;

const withPassword = (url: string) => url.replace("//", "//proxyuser:s3cret-pw@");

test("config set -n proxy is used for RPCs and downloads; its password is never printed", async () => {
  const p = await proxy();
  const home = tempHome();
  try {
    const url = withPassword(p.url);
    const set = await runCli(["config", "set", "-n", "proxy", "-v", url], { env, home });
    assert.equal(set.code, 0, set.stderr);
    assert.equal(set.stdout, `- proxy is now set to: ${p.url.replace("//", "//proxyuser:***@")}\n`);
    const view = await runCli(["config", "view"], { env, home });
    assert.equal(view.code, 0, view.stderr);
    assert.match(view.stdout, new RegExp(`^- proxy: http://proxyuser:\\*\\*\\*@127\\.0\\.0\\.1:\\d+$`, "m"));
    for (const r of [set, view]) assert.ok(!(r.stdout + r.stderr).includes("s3cret-pw"), r.stdout);

    const list = await runCli(["c", "list"], { env, home });
    assert.equal(list.code, 0, list.stderr);
    const dir = path.join(home, "dl");
    const dl = await runCli(["c", "download", "spaceship-survival", "-f", "test.csv", "-p", dir, "-q"], { env, home });
    assert.equal(dl.code, 0, dl.stderr);
    assert.ok(fs.existsSync(path.join(dir, "test.csv")));
    const host = new URL(emu.url).host;
    assert.ok(p.seen.length >= 2, `the proxy saw ${JSON.stringify(p.seen)}`);
    assert.ok(
      p.seen.every((s) => s.includes(host)),
      JSON.stringify(p.seen),
    );
    assert.ok(
      p.seen.some((s) => s.startsWith("CONNECT ")),
      `tunnelled with CONNECT: ${JSON.stringify(p.seen)}`,
    );
  } finally {
    await p.close();
  }
});

test("with VERBOSE=1, and when the proxy cannot be reached, the proxy password appears nowhere", async () => {
  const home = tempHome();
  const dead = "http://proxyuser:s3cret-pw@127.0.0.1:9";
  assert.equal((await runCli(["config", "set", "-n", "proxy", "-v", dead], { env, home })).code, 0);
  const clock = new FakeClock();
  const r = await runCli(["c", "list"], { env: { ...env, VERBOSE: "1" }, home, clock });
  assert.notEqual(r.code, 0);
  assert.ok(clock.sleeps.length > 0, "the failed connection was retried");
  assert.ok(!(r.stdout + r.stderr).includes("s3cret-pw"), r.stdout + r.stderr);
});

test("proxy precedence: KAGGLE_PROXY, then the config value, then HTTPS_PROXY", async () => {
  const configured = await proxy();
  const other = await proxy();
  const home = tempHome();
  try {
    assert.equal((await runCli(["config", "set", "-n", "proxy", "-v", configured.url], { env, home })).code, 0);
    const overEnv = await runCli(["c", "list"], { env: { ...env, HTTPS_PROXY: other.url, HTTP_PROXY: other.url }, home });
    assert.equal(overEnv.code, 0, overEnv.stderr);
    assert.ok(configured.seen.length >= 1, "the configured proxy is used over HTTPS_PROXY");
    assert.equal(other.seen.length, 0);
    configured.seen.length = 0;
    const kaggleProxy = await runCli(["c", "list"], { env: { ...env, KAGGLE_PROXY: other.url }, home });
    assert.equal(kaggleProxy.code, 0, kaggleProxy.stderr);
    assert.ok(other.seen.length >= 1, "KAGGLE_PROXY overrides kaggle.json");
    assert.equal(configured.seen.length, 0);
  } finally {
    await configured.close();
    await other.close();
  }
});

test("config set/unset refuse an empty name, a path and a name nothing reads, and write nothing", async () => {
  const home = tempHome();
  for (const name of ["", "../../x", "proxxy"]) {
    for (const argv of [
      ["config", "set", "-n", name, "-v", "1"],
      ["config", "unset", "-n", name],
    ]) {
      const r = await runCli(argv, { env, home });
      assert.equal(r.code, 1, argv.join(" "));
      assert.equal(r.stdout, "");
      assert.equal(
        r.stderr,
        `Unknown configuration name ${name === "" ? "an empty name" : `'${name}'`}: use one of competition, path, proxy, username, key\n`,
      );
    }
  }
  assert.ok(!fs.existsSync(path.join(home, ".config", "kaggle", "kaggle.json")), "no file was written");
  assert.ok(!fs.existsSync(path.join(home, ".config", "x")));
});

test("config set -n proxy refuses a value that is no http(s) URL, without echoing its password", async () => {
  const home = tempHome();
  for (const value of ["proxy.example:3128", "socks5://u:s3cret-pw@h:1080", ""]) {
    const r = await runCli(["config", "set", "-n", "proxy", "-v", value], { env, home });
    assert.equal(r.code, 1, value);
    assert.match(r.stderr, /^The proxy must be an http:\/\/ or https:\/\/ URL such as http:\/\/proxy\.example:3128, got '.*'\n$/);
    assert.ok(!r.stderr.includes("s3cret-pw"), r.stderr);
  }
  assert.ok(!fs.existsSync(path.join(home, ".config", "kaggle", "kaggle.json")), "nothing was written");
});

test("an unknown KAGGLE_OUTPUT_FORMAT is refused with one line naming the variable", async () => {
  const r = await runCli(["c", "list"], { env: { ...env, KAGGLE_OUTPUT_FORMAT: "bogus" } });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, "");
  assert.equal(r.stderr, "invalid KAGGLE_OUTPUT_FORMAT 'bogus': use table, csv or json, optionally with fields as in json(ref,title)\n");
  const ok = await runCli(["c", "list"], { env: { ...env, KAGGLE_OUTPUT_FORMAT: "json" } });
  assert.equal(ok.code, 0, ok.stderr);
  assert.ok(Array.isArray(JSON.parse(ok.stdout)));
});

test("redactUrlPassword hides only the password", () => {
  assert.equal(redactUrlPassword("http://u:p@h:3128"), "http://u:***@h:3128");
  assert.equal(redactUrlPassword("http://u:p@ss@h:3128/x?y"), "http://u:***@h:3128/x?y");
  assert.equal(redactUrlPassword("http://u@h:3128"), "http://u@h:3128");
  assert.equal(redactUrlPassword("http://h:3128"), "http://h:3128");
  assert.equal(redactUrlPassword("titanic"), "titanic");
});
