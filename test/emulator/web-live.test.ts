/**
 * Live pages in a real browser: a running kernel's log appears line by line as the script
 * writes it, and a pending submission's page turns into its score once it is scored. The
 * kernel waits for a file the test creates (no timing), the scoring waits for the emulator's
 * clock to be moved.
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { findPython } from "../../src/emulator/kernels/runner";
import type { Emulator } from "../../src/emulator/server";
import { chromiumPath, launchBrowser, type Browser, type Page } from "../helpers/browser";
import { rpc, start, submit } from "./helpers";

const skip = !chromiumPath() && !process.env.CI ? "chromium is not installed" : false;
const HOUR = 3_600_000;

const WORLD = `
users: [{ username: alice }]
kernelSettings: { queueDelayMs: 0 }
competitions:
  - slug: live-comp
    title: Live Competition
    metric: accuracy
    entrants: [alice]
    solution:
      content: |
        id,y,Usage
        1,a,Public
        2,b,Private
`;

/** Prints a line, waits (up to a minute) for `gates[0]` to exist, prints another, waits for `gates[1]`, ends. */
function gatedScript(gates: [string, string]): string {
  const wait = (gate: string): string[] => [
    "end = time.time() + 60",
    `while not os.path.exists(${JSON.stringify(gate)}) and time.time() < end:`,
    "    time.sleep(0.02)",
  ];
  return [
    "import os, time",
    "print('first line from the kernel', flush=True)",
    ...wait(gates[0]),
    "print('second line from the kernel', flush=True)",
    ...wait(gates[1]),
    "open('result.txt', 'w').write('done')",
  ].join("\n");
}

describe("live web pages in a browser", { skip }, () => {
  let emu: Emulator;
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), "kaggle-web-live-"));

  before(async () => {
    emu = await start({ scenarioYaml: WORLD, scoringDelayMs: HOUR });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await emu?.close();
  });

  const text = (selector: string): Promise<string> => page.evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ""`);

  test("a running kernel's page follows its log, then shows the finished version", { skip: findPython() ? false : "no python3" }, async () => {
    const gates: [string, string] = [join(dir, "gate1"), join(dir, "gate2")];
    const pushed = await rpc(emu, "kernels.KernelsApiService", "SaveKernel", {
      slug: "alice/live-kernel",
      newTitle: "Live Kernel",
      text: gatedScript(gates),
      language: "python",
      kernelType: "script",
      datasetDataSources: [],
      kernelDataSources: [],
      competitionDataSources: [],
      categoryIds: [],
      modelDataSources: [],
    });
    assert.equal(pushed.status, 200, pushed.text);
    await page.goto(`${emu.url}/code/alice/live-kernel`);
    await page.waitFor(`document.querySelector('#log').textContent.includes('first line from the kernel')`);
    assert.equal(await text("#status"), "RUNNING");
    assert.ok(!(await text("#log")).includes("second line"));
    await page.screenshot(join(dir, "kernel-running.png"));

    writeFileSync(gates[0], "");
    // Still running, so this line can only have come from following the log.
    await page.waitFor(`document.querySelector('#log').textContent.includes('second line from the kernel')`);
    assert.equal(await text("#status"), "RUNNING");
    writeFileSync(gates[1], "");
    // Once final, the page reloads itself to show the outputs.
    // (the output table only exists on the reloaded page: while running, #outputs is a note)
    await page.waitFor(`document.readyState === 'complete' && document.querySelector('table#outputs')?.textContent.includes('result.txt')`);
    assert.equal(await text("#status"), "COMPLETE");
    assert.equal(await text("#log"), "first line from the kernel\nsecond line from the kernel\n");
    assert.deepEqual(page.problems, []);
  });

  test("a pending submission's page shows it being scored, then its score", async () => {
    const r = await submit(emu, "live-comp", "id,y\n1,a\n2,a\n", { description: "live one" });
    assert.equal(r.status, 200, r.text);
    page.problems.length = 0;
    await page.goto(`${emu.url}/competitions/live-comp/submissions`);
    assert.match(await text("#submissions tbody tr"), /Pending: being scored/);
    assert.equal(await page.evaluate("document.body.dataset.live !== undefined"), true);
    await page.screenshot(join(dir, "submission-pending.png"));

    emu.runtime.clock.advance(HOUR);
    try {
      await page.waitFor(`document.querySelector('#submissions tbody tr')?.textContent.includes('Complete')`);
      assert.match(await text("#submissions tbody tr"), /live one.*Complete.*1\.00000/);
      assert.equal(await page.evaluate("document.body.dataset.live"), undefined, "a page with nothing pending is not live");
    } finally {
      emu.runtime.clock.reset();
    }
    assert.deepEqual(page.problems, []);
  });
});

describe("a dataset version being processed", () => {
  let emu: Emulator;
  before(async () => {
    // Ready an hour after it was made: processing until the emulator's clock is moved.
    const ready = new Date(Date.now() + HOUR).toISOString();
    emu = await start({
      scenarioYaml: `
users: [{ username: alice }]
datasets:
  - owner: alice
    slug: slow-data
    versions: [{ notes: first, date: ${ready}, files: [{ name: a.csv, content: "x\\n" }] }]
`,
    });
  });
  after(() => emu.close());

  test("its page shows the processing status and is live until the version is ready", async () => {
    const html = await (await fetch(`${emu.url}/datasets/alice/slow-data`)).text();
    assert.match(html, /id="status">Processing \(/);
    const events = /data-live="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, "&");
    const res = await fetch(`${emu.url}${events}`);
    emu.runtime.clock.advance(2 * HOUR);
    try {
      assert.match(await res.text(), /event: reload\n/);
      const after = await (await fetch(`${emu.url}/datasets/alice/slow-data`)).text();
      assert.match(after, /id="status">Ready</);
      assert.doesNotMatch(after, /data-live=/);
    } finally {
      emu.runtime.clock.reset();
    }
  });
});

describe("live pages without JavaScript", () => {
  let emu: Emulator;
  before(async () => {
    emu = await start({ scenarioYaml: WORLD, scoringDelayMs: HOUR });
  });
  after(() => emu.close());

  test("a pending page refreshes itself (noscript) and its event stream ends with a reload once scored", async () => {
    assert.equal((await submit(emu, "live-comp", "id,y\n1,a\n2,b\n")).status, 200);
    const html = await (await fetch(`${emu.url}/competitions/live-comp/submissions`)).text();
    assert.match(html, /<noscript><meta http-equiv="refresh" content="3" \/><\/noscript>/);
    const events = /data-live="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, "&");
    const res = await fetch(`${emu.url}${events}`);
    assert.equal(res.headers.get("content-type"), "text/event-stream; charset=utf-8");
    emu.runtime.clock.advance(HOUR);
    try {
      const body = await res.text();
      assert.match(body, /event: reload\n/);
    } finally {
      emu.runtime.clock.reset();
    }
  });
});
