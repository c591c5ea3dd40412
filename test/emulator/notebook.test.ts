/**
 * Notebooks really run in the emulator: code cells in order in one namespace, the executed
 * notebook (outputs, execution counts, errors) as the output `<slug>.ipynb`, the log in Kaggle's
 * format as the cells print, `../input/<slug>` mounted, a raising cell ending the run in ERROR
 * with its traceback, and `enable_internet: false` taking proxies and outside sockets away.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Emulator } from "../../src/emulator/server";
import { findPython } from "../../src/emulator/kernels/runner";
import { rpc, saveKernel, start } from "./helpers";

const K = "kernels.KernelsApiService";
const hasPython = findPython() !== undefined;
let emu: Emulator;

before(async () => {
  emu = await start();
  emu.state.kernels.queueDelayMs = 20;
});
after(() => emu.close());

const k = (method: string, body: unknown = {}) => rpc(emu, K, method, body);

export function notebook(cells: string[]): string {
  return JSON.stringify({
    cells: [
      { cell_type: "markdown", metadata: {}, source: ["# A notebook\n"] },
      ...cells.map((c) => ({ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: c })),
    ],
    metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
    nbformat: 4,
    nbformat_minor: 4,
  });
}

async function push(slug: string, text: string, extra: Record<string, unknown> = {}) {
  const res = await saveKernel(emu, slug, text, { kernelType: "notebook", ...extra });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.json.error, undefined, res.text);
}

/** Polls until the run ends; the deadline only guards against a hung run. */
async function waitFinal(slug: string): Promise<Record<string, unknown>> {
  const until = Date.now() + 60_000;
  for (;;) {
    const s = await k("GetKernelSessionStatus", { userName: "alice", kernelSlug: slug });
    const st = (s.json.status as string) ?? "QUEUED";
    if (["COMPLETE", "ERROR", "CANCEL_ACKNOWLEDGED"].includes(st)) return s.json;
    if (Date.now() > until) throw new Error(`still ${st}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Output {
  output_type: string;
  name?: string;
  text?: string[];
  data?: Record<string, string>;
  ename?: string;
  evalue?: string;
  traceback?: string[];
  execution_count?: number;
}
interface Cell {
  cell_type: string;
  execution_count?: number | null;
  outputs?: Output[];
}

async function outputOf(slug: string): Promise<{ files: Map<string, string>; log: { stream_name: string; data: string }[] }> {
  const out = await k("ListKernelSessionOutput", { userName: "alice", kernelSlug: slug });
  const files = new Map<string, string>();
  for (const f of out.json.files as { url: string; fileName: string }[]) files.set(f.fileName, await (await fetch(f.url)).text());
  return { files, log: out.json.log ? (JSON.parse(out.json.log as string) as { stream_name: string; data: string }[]) : [] };
}

test(
  "a notebook runs cell by cell: executed notebook as <slug>.ipynb, submission.csv, inputs and the log",
  { skip: !hasPython && "no python3" },
  async () => {
    await push(
      "notebook-runs",
      notebook([
        "import os, csv\nrows = list(csv.DictReader(open('../input/spaceship-survival/test.csv')))\nprint('rows', len(rows))",
        "with open('submission.csv', 'w') as f:\n    f.write('PassengerId,Transported\\n')\n    for r in rows:\n        f.write(r['PassengerId'] + ',False\\n')\nlen(rows) > 0",
        "display('shown')\nimport sys\nprint('warned', file=sys.stderr)",
      ]),
      { competitionDataSources: ["spaceship-survival"] },
    );
    const fin = await waitFinal("notebook-runs");
    assert.equal(fin.status, "COMPLETE", JSON.stringify(fin));
    const { files, log } = await outputOf("notebook-runs");
    assert.deepEqual([...files.keys()], ["notebook-runs.ipynb", "submission.csv"]);
    assert.match(files.get("submission.csv")!, /^PassengerId,Transported\n\S+,False\n/);
    const cells = (JSON.parse(files.get("notebook-runs.ipynb")!) as { cells: Cell[] }).cells;
    assert.equal(cells[0]!.cell_type, "markdown");
    assert.deepEqual(
      cells.slice(1).map((c) => c.execution_count),
      [1, 2, 3],
    );
    const [first, second, third] = cells.slice(1).map((c) => c.outputs!);
    assert.equal(first![0]!.name, "stdout");
    assert.match(first![0]!.text!.join(""), /^rows \d+\n$/);
    assert.deepEqual(second, [{ output_type: "execute_result", execution_count: 2, data: { "text/plain": "True" }, metadata: {} }]);
    assert.deepEqual(
      third!.map((o) => [o.output_type, o.name ?? o.data?.["text/plain"]]),
      [
        ["display_data", "'shown'"],
        ["stream", "stderr"],
      ],
    );
    const text = log.map((r) => r.data).join("");
    assert.match(text, /\[NbConvertApp\] Converting notebook __notebook__\.ipynb to notebook/);
    assert.match(text, /rows \d+\n/);
    assert.ok(log.some((r) => r.stream_name === "stderr" && r.data.includes("warned")));
  },
);

test("a raising cell ends the run in ERROR with the traceback; later cells do not run", { skip: !hasPython && "no python3" }, async () => {
  await push("notebook-raises", notebook(["print('first')", "def f():\n    raise ValueError('boom in cell')\nf()", "print('never')"]));
  const fin = await waitFinal("notebook-raises");
  assert.equal(fin.status, "ERROR");
  assert.equal(fin.failureMessage, "Kernel run failed: ValueError: boom in cell");
  const { files, log } = await outputOf("notebook-raises");
  const cells = (JSON.parse(files.get("notebook-raises.ipynb")!) as { cells: Cell[] }).cells.slice(1);
  assert.deepEqual(
    cells.map((c) => c.execution_count),
    [1, 2, null],
  );
  const err = cells[1]!.outputs!.find((o) => o.output_type === "error")!;
  assert.equal(err.ename, "ValueError");
  assert.equal(err.evalue, "boom in cell");
  assert.deepEqual(err.traceback!.slice(-2), ["  File \"<cell 2>\", line 2, in f\n    raise ValueError('boom in cell')", "ValueError: boom in cell"]);
  assert.deepEqual(cells[2]!.outputs, []);
  const text = log.map((r) => r.data).join("");
  assert.match(text, /Traceback \(most recent call last\):[\s\S]*ValueError: boom in cell/);
  assert.doesNotMatch(text, /never/);
});

test(
  "enable_internet: false takes the proxy variables and outside sockets away; true keeps the proxy",
  { skip: !hasPython && "no python3" },
  async () => {
    const probe = notebook([
      "import os, socket\nprint('proxy', os.environ.get('HTTPS_PROXY'))",
      "s = socket.socket()\ns.settimeout(5)\ntry:\n    s.connect(('192.0.2.1', 9))\n    print('connected')\nexcept OSError as e:\n    print('refused', e)",
    ]);
    const saved = process.env.HTTPS_PROXY;
    process.env.HTTPS_PROXY = "http://proxy.invalid:3128";
    try {
      await push("offline-nb", probe, { enableInternet: false });
      await push("online-nb", probe, { enableInternet: true });
      assert.equal((await waitFinal("offline-nb")).status, "COMPLETE");
      assert.equal((await waitFinal("online-nb")).status, "COMPLETE");
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY;
      else process.env.HTTPS_PROXY = saved;
    }
    const offline = (await outputOf("offline-nb")).log.map((r) => r.data).join("");
    assert.match(offline, /proxy None/);
    assert.match(offline, /refused .*enable_internet: false/);
    const online = (await outputOf("online-nb")).log.map((r) => r.data).join("");
    assert.match(online, /proxy http:\/\/proxy\.invalid:3128/);
  },
);
