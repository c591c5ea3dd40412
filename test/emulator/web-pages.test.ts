/**
 * The web view in a real browser (headless Chromium over the DevTools protocol): each page
 * type of a world built here, the content a user looks for, a screenshot, no console error,
 * and no markup from a hostile name turned into elements.
 */
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { spaceshipData } from "../../src/emulator/scenarios/demo-data";
import type { Emulator } from "../../src/emulator/server";
import { chromiumPath, launchBrowser, type Browser, type Page } from "../helpers/browser";
import { start, submit } from "./helpers";
import { HOSTILE, webWorldYaml } from "./web-world";

/** Without chromium the suite is skipped on a developer's machine, never in CI. */
const skip = !chromiumPath() && !process.env.CI ? "chromium is not installed" : false;

describe("web view pages in a browser", { skip }, () => {
  let emu: Emulator;
  let browser: Browser;
  let page: Page;
  const shots = mkdtempSync(join(tmpdir(), "kaggle-web-shots-"));

  before(async () => {
    emu = await start({ scenarioYaml: webWorldYaml() });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await emu?.close();
  });

  /** Loads `path`, screenshots it, and checks that nothing hostile became markup. */
  async function visit(path: string, shot: string): Promise<void> {
    page.problems.length = 0;
    await page.goto(`${emu.url}${path}`);
    await page.screenshot(join(shots, `${shot}.png`));
    const injected = await page.evaluate<number>(`document.querySelectorAll('img[src="x"], script:not([src]), [onerror]').length`);
    assert.equal(injected, 0, `${path}: markup from a hostile name became elements`);
    assert.deepEqual(page.problems, [], `${path}: console errors`);
  }

  const text = (selector: string): Promise<string> => page.evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ""`);
  /** Each row of the table `selector` as its cells' text joined by " | ". */
  const rows = (selector: string): Promise<string[]> =>
    page.evaluate<string[]>(
      `[...document.querySelectorAll(${JSON.stringify(`${selector} tbody tr`)})].map((r) => [...r.cells].map((c) => c.textContent.replace(/\\s+/g, " ").trim()).join(" | "))`,
    );

  test("index: every competition, dataset, notebook and user the viewer can see", async () => {
    await visit("/", "index");
    const body = await text("main");
    for (const want of [`Tiny ${HOSTILE}`, `Web Data ${HOSTILE}`, `Web Notebook ${HOSTILE}`, `Web Model ${HOSTILE}`, "bob"])
      assert.ok(body.includes(want), want);
    assert.ok(!body.includes("Bob Secret"), "bob's private dataset is not shown to alice");
    assert.ok(!body.includes("Bob Model"), "bob's private model is not shown to alice");
    assert.match(body, /1 private dataset\(s\) hidden from alice/);
    assert.match(body, /1 private model\(s\) hidden from alice/);
    assert.deepEqual(await rows("#models"), [`Web Model ${HOSTILE} | alice/web-model | pyTorch/default, jax/small | public`]);
    assert.match(await text("header .viewer"), /Viewing as alice \(the emulator's default user/);
  });

  test("competition overview: rules, facts, data files and the score history chart", async () => {
    await visit("/competitions/tiny-web", "competition");
    assert.equal(await page.evaluate("document.querySelector('h1').textContent"), `Tiny ${HOSTILE}`);
    assert.match(await text("#rules"), /rules accepted/);
    assert.deepEqual(await page.evaluate("document.querySelectorAll('svg.chart circle').length"), 2, "one point per scored submission");
    assert.match((await rows("#data"))[0]!, /^train\.csv \| 9 B \| Training rows /);
    await visit("/competitions/tiny-web?user=bob", "competition-bob");
    assert.match(await text("#rules"), /bob has not accepted/);
    assert.match(await text("header .viewer"), /Viewing as bob \(chosen with \?user=\)/);
  });

  test("leaderboard: public ranks with the viewer's team marked, private hidden before the deadline", async () => {
    await visit("/competitions/tiny-web/leaderboard", "leaderboard");
    const pub = await rows("#public table");
    assert.equal(pub.length, 3);
    assert.equal(pub[0], `1 | Rivals ${HOSTILE} | rival | 0.90000 | 1 | 2026-01-05 00:00 UTC`);
    assert.equal(pub[1], `2 | Alice ${HOSTILE} your team | alice | 0.75000 | 3 | 2026-01-02 00:00 UTC`);
    assert.equal(await page.evaluate("document.querySelectorAll('tr.mine').length"), 1);
    assert.match(await text("#private"), /Hidden until the deadline/);
  });

  test("submissions: status, scores and errors of the viewer's team", async () => {
    await visit("/competitions/tiny-web/submissions", "submissions");
    const subs = await rows("#submissions");
    assert.deepEqual(subs, [
      `2026-01-03 00:00 UTC | submission.csv | broken | Error |  |  | Bad header ${HOSTILE}`,
      `2026-01-02 00:00 UTC | submission.csv | better ${HOSTILE} | Complete | 0.75000 |  | `,
      `2026-01-01 00:00 UTC | submission.csv | first try | Complete | 0.50000 |  | `,
    ]);
  });

  test("dataset: versions with their notes and status, and the files of a version", async () => {
    await visit("/datasets/alice/web-data", "dataset");
    assert.deepEqual(await rows("#versions"), [
      `Version 2 | Second version adds b.csv ${HOSTILE} | Ready | 2026-01-02 00:00 UTC | alice | 2 | 8 B`,
      "Version 1 | Initial release | Ready | 2026-01-01 00:00 UTC | alice | 1 | 4 B",
    ]);
    assert.deepEqual(
      (await rows("#files")).map((r) => r.split(" | ")[0]),
      ["a.csv", `b${HOSTILE}.csv`],
    );
    await visit("/datasets/alice/web-data/versions/1", "dataset-v1");
    assert.deepEqual(
      (await rows("#files")).map((r) => r.split(" | ")[0]),
      ["a.csv"],
    );
    await page.goto(`${emu.url}/datasets/bob/bob-secret`);
    assert.match(await text("h1"), /Not found/);
  });

  test("code: versions, status, log, output files and the executed notebook", async () => {
    await visit("/code/alice/web-notebook?version=1", "code");
    assert.equal(await text("#status"), "COMPLETE");
    assert.equal(await text("#log"), `training started\nwarning ${HOSTILE}\n`);
    assert.equal(await page.evaluate("document.querySelector('#log .stderr').textContent"), `warning ${HOSTILE}\n`);
    assert.deepEqual(
      (await rows("#outputs")).map((r) => r.split(" | ").slice(0, 2).join(" | ")),
      ["__notebook__.ipynb | 728 B", "submission.csv | 9 B", `report${HOSTILE}.html | 58 B`],
    );
    assert.match(await text("main"), /Notebook \(executed: __notebook__\.ipynb\)/);
    assert.match(await text("#cell-1"), /cells ran/);
    assert.match(await text("#cell-2"), /ZeroDivisionError: division by zero/);
    assert.ok((await text("#cell-3")).includes(HOSTILE), "an HTML output is shown as text");
    await visit("/code/alice/web-notebook", "code-latest");
    assert.equal(await text("#status"), "ERROR");
    assert.ok((await text("#failure")).includes(`Kernel run failed: ${HOSTILE}`));
  });

  test("profile: the user's competitions, datasets, notebooks and models", async () => {
    await visit("/alice", "profile");
    assert.equal(await text("h1"), `Alice ${HOSTILE}`);
    const body = await text("main");
    assert.ok(body.includes(`Web Data ${HOSTILE}`) && body.includes(`Web Notebook ${HOSTILE}`) && body.includes(`Tiny ${HOSTILE}`));
    assert.ok(body.includes(`Web Model ${HOSTILE}`));
  });

  test("the demo world's leaderboard with the default user's team (the README's screenshot)", async () => {
    const demo = await start({ scenario: "demo", scoringDelayMs: 0 });
    try {
      // The perfect answers with every fifth row flipped: a score in the middle of the board.
      const lines = spaceshipData().perfectSubmission.trim().split("\n");
      const csv = lines.map((l, i) => (i > 0 && i % 5 === 0 ? l.replace(/(True|False)$/, (v) => (v === "True" ? "False" : "True")) : l)).join("\n");
      assert.equal((await submit(demo, "spaceship-survival", `${csv}\n`, { description: "Gradient boosting, 5 folds" })).status, 200);
      page.problems.length = 0;
      await page.goto(`${demo.url}/competitions/spaceship-survival/leaderboard`);
      assert.match(await text("#public tr.mine"), /Alice Archer your team/);
      const file = join(shots, "demo-leaderboard.png");
      await page.screenshot(file);
      if (process.env.KAGGLE_UPDATE_SCREENSHOTS === "1") copyFileSync(file, join(import.meta.dirname, "..", "..", "docs", "img", "leaderboard.png"));
      assert.deepEqual(page.problems, []);
    } finally {
      await demo.close();
    }
  });

  test("model: one section per instance with its framework, licence, versions and files", async () => {
    await visit("/models/alice/web-model", "model");
    assert.equal(await text("h1"), `Web Model ${HOSTILE}`);
    assert.equal(await text("#instance-1 h2"), "pyTorch/default");
    assert.match(await text("#instance-1 .facts"), /Licence\s*Apache 2\.0/);
    assert.deepEqual(await rows("#versions-1"), [
      `Version 2 | Retrained ${HOSTILE} | Ready | 2026-01-02 00:00 UTC | alice | 2 | 10 B`,
      "Version 1 | Initial release | Ready | 2026-01-01 00:00 UTC | alice | 1 | 7 B",
    ]);
    assert.deepEqual(await rows("#files-1"), ["model.pt | 8 B", "config.json | 2 B"]);
    assert.equal(await text("#instance-2 h2"), "jax/small");
    assert.deepEqual(await rows("#versions-2"), ["Version 1 | Jax port | Ready | 2026-01-03 00:00 UTC | alice | 1 | 2.05 kB"]);
    await page.goto(`${emu.url}/models/bob/bob-model`);
    assert.match(await text("h1"), /Not found/);
  });
});
