/** The typed command layer: argument types inferred from the flag declaration, returned tables rendered, streams injected. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parse, type CommandSpec } from "../../src/cli/args";
import { defineFlags, defineRun, table } from "../../src/cli/command";
import { CliContext } from "../../src/cli/context";
import { runCliInProcess } from "../helpers/cli";

class Capture {
  text = "";
  isTTY = false;
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

const FLAGS = defineFlags({
  options: [
    { flags: ["--page-size"], type: "int" },
    { flags: ["-q", "--quiet"], type: "bool" },
    { flags: ["-c", "--competition"], hidden: true, dest: "competition_opt" },
    { flags: ["--sort"], choices: ["new", "old"] },
    { flags: ["-m", "--message"], required: true },
    { flags: ["--tag"], repeat: true },
  ],
  positionals: [{ name: "file" }, { name: "kernel", optional: true }],
});

const spec: CommandSpec = { name: "demo", help: "demo", ...FLAGS };

function context(): { ctx: CliContext; out: Capture; err: Capture } {
  const out = new Capture();
  const err = new Capture();
  const ctx = new CliContext(
    { env: {}, home: "/nonexistent", platform: "linux" },
    {
      stdout: out as unknown as NodeJS.WriteStream,
      stderr: err as unknown as NodeJS.WriteStream,
    },
  );
  return { ctx, out, err };
}

describe("defineRun", () => {
  test("types each argument from its declaration and fills booleans left out with false", async () => {
    let seen: unknown;
    const run = defineRun(FLAGS, async (args) => {
      // Compile-time checks: a wrong type here fails `npm run typecheck`.
      const size: number | undefined = args.page_size;
      const quiet: boolean = args.quiet;
      const competition: string | undefined = args.competition_opt;
      const sort: "new" | "old" | undefined = args.sort;
      const message: string = args.message;
      const tags: string[] | undefined = args.tag;
      const kernel: string | undefined = args.kernel;
      const file: string = args.file;
      // @ts-expect-error: no such flag was declared
      void args.page_token;
      seen = { size, quiet, competition, sort, message, tags, kernel, file };
    });
    const parsed = parse({ name: "kaggle", help: "", subcommands: [spec] }, [
      "demo",
      "a.csv",
      "-m",
      "hi",
      "--page-size",
      "5",
      "--tag",
      "x",
      "--tag",
      "y",
    ]);
    await run(parsed.args, context().ctx);
    assert.deepEqual(seen, {
      size: 5,
      quiet: false,
      competition: undefined,
      sort: undefined,
      message: "hi",
      tags: ["x", "y"],
      kernel: undefined,
      file: "a.csv",
    });
  });

  test("a returned table is rendered in the format the user chose, with its page token", async () => {
    const run = defineRun(defineFlags({ options: [{ flags: ["--format"] }] }), async () =>
      table([{ ref: "a", n: 1 }], [{ field: "ref", label: "ref", value: (r: { ref: string; n: number }) => r.ref }], { nextPageToken: "t2" }),
    );
    const { ctx, out, err } = context();
    await run({ format: "json" }, ctx);
    assert.equal(out.text, `${JSON.stringify([{ ref: "a" }], null, 2)}\n`);
    assert.equal(err.text, "Next Page Token = t2\n");
    const plain = context();
    await run({}, plain.ctx);
    assert.equal(plain.out.text, "Next Page Token = t2\nref  \n---  \na    \n");
  });

  test("an empty returned table prints its empty line instead", async () => {
    const run = defineRun(defineFlags({}), async () =>
      table([], [{ field: "ref", label: "ref", value: (r: { ref: string }) => r.ref }], { empty: "No items found" }),
    );
    const { ctx, out } = context();
    await run({}, ctx);
    assert.equal(out.text, "No items found\n");
  });
});

describe("injected streams", () => {
  test("a prompt reads the injected standard input, so a command runs without spawning", async () => {
    const env = { KAGGLE_USERNAME: "alice", KAGGLE_KEY: "0123456789abcdef0123456789abcdef", KAGGLE_API_ENDPOINT: "http://127.0.0.1:9" };
    const no = await runCliInProcess(["kernels", "delete", "alice/kernel-one"], { env, stdin: "no\n" });
    assert.equal(no.code, 0, no.stderr);
    assert.equal(no.stdout, "Are you sure you want to delete the kernel: alice/kernel-one? [yes/no] Deletion cancelled\n");
    const closed = await runCliInProcess(["kernels", "delete", "alice/kernel-one"], { env, stdin: "" });
    assert.notEqual(closed.code, 0);
    assert.match(closed.stderr, /No answer on standard input: nothing was deleted; add -y/);
  });

  test("help wraps to the width of the terminal it is given", () => {
    const root: CommandSpec = { name: "kaggle", help: "", subcommands: [spec] };
    const wide = (() => {
      try {
        parse(root, ["demo", "-h"], 200);
      } catch (e) {
        return (e as Error & { text: string }).text;
      }
    })();
    const narrow = (() => {
      try {
        parse(root, ["demo", "-h"], 60);
      } catch (e) {
        return (e as Error & { text: string }).text;
      }
    })();
    assert.ok(wide && narrow);
    assert.ok(narrow.split("\n")[0]!.length <= 58, narrow);
    assert.ok(wide.split("\n")[0]!.length > 58, wide);
  });
});
