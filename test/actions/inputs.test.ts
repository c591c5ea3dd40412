/** The action kit's inputs: the declared kind parses the text, `secret: true` masks it. */
import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { maskCredentials, maskKnownSecrets } from "../../src/actions/common/credentials";
import { inputVariable, readInputs } from "../../src/actions/common/inputs";
import { defineAction, type InputValues } from "../../src/actions/common/spec";
import { specs as actionSpecs } from "../../src/actions/specs";

const { inputs: specs } = defineAction({
  name: "kit",
  title: "Kit",
  description: "",
  inputs: {
    name: { description: "A name. More words.", required: true },
    note: { description: "Optional text." },
    flag: { description: "A flag.", kind: "boolean", default: "true" },
    timeout: { description: "A duration.", kind: "duration", positive: true, default: "15m" },
    count: { description: "A count.", kind: "int" },
    ratio: { description: "A number.", kind: "number" },
    share: { description: "A share.", kind: "percent" },
    mode: { description: "A mode.", kind: "choice", choices: ["skip", "zip"], default: "skip" },
    globs: { description: "Globs.", kind: "list" },
    token: { description: "A token.", default: "${{ github.token }}", secret: true },
  },
  outputs: {},
});

const set: string[] = [];
function withInputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const variable = inputVariable(name);
    process.env[variable] = value;
    set.push(variable);
  }
}
afterEach(() => {
  for (const variable of set.splice(0)) delete process.env[variable];
});

describe("readInputs", () => {
  it("parses every input by its declared kind, applying plain defaults", () => {
    withInputs({ name: " demo ", count: "3", ratio: "-0.5", share: "12.5", globs: "*.csv,\n data/** ,", mode: "zip" });
    const values: InputValues<typeof specs> = readInputs(specs);
    assert.deepEqual(values, {
      name: "demo",
      note: undefined,
      flag: true,
      timeout: 15 * 60_000,
      count: 3,
      ratio: -0.5,
      share: 12.5,
      mode: "zip",
      globs: ["*.csv", "data/**"],
      token: undefined,
    });
    // Required inputs and plain defaults are typed non-optional; a workflow-expression default is not.
    const name: string = values.name;
    const timeout: number = values.timeout;
    const mode: "skip" | "zip" = values.mode;
    const token: string | undefined = values.token;
    assert.equal(typeof name + typeof timeout + typeof mode + typeof token, "stringnumberstringundefined");
  });

  const failures: [string, Record<string, string>, string | RegExp][] = [
    ["a missing required input", {}, "Input 'name' is required: A name"],
    ["a boolean that is no boolean", { name: "x", flag: "yes" }, "Input 'flag' must be true or false, got 'yes'"],
    ["a zero duration where more is needed", { name: "x", timeout: "0s" }, "Input 'timeout' must be more than 0 seconds, got '0s'"],
    ["no duration", { name: "x", timeout: "soon" }, /^Input 'timeout' must be seconds or a duration/],
    ["a count below 1", { name: "x", count: "0" }, "Input 'count' must be a whole number of at least 1, got '0'"],
    ["no number", { name: "x", ratio: "1e" }, "Input 'ratio' must be a number, got '1e'"],
    ["a share over 100", { name: "x", share: "150" }, "Input 'share' must be a percentage above 0 and at most 100, got '150'"],
    ["no choice", { name: "x", mode: "tar" }, "Input 'mode' must be one of skip, zip, got 'tar'"],
  ];
  for (const [what, values, message] of failures) {
    it(`fails on ${what}, naming the input`, () => {
      withInputs(values);
      assert.throws(() => readInputs(specs), { name: "ConfigurationError", message });
    });
  }
});

describe("maskKnownSecrets", () => {
  it("masks exactly the inputs declared secret", () => {
    withInputs({ token: "tok-secret-1234", note: "plain-note-text" });
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => lines.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      maskKnownSecrets(specs);
    } finally {
      process.stdout.write = write;
    }
    assert.ok(
      lines.some((l) => l.includes("::add-mask::tok-secret-1234")),
      lines.join(""),
    );
    assert.ok(!lines.some((l) => l.includes("plain-note-text")));
  });
});

describe("every action's declaration", () => {
  for (const spec of actionSpecs) {
    it(`${spec.name}: each default parses under its declared kind`, () => {
      // Required inputs have no default; give them a value so the rest is read.
      withInputs(
        Object.fromEntries(
          Object.entries(spec.inputs)
            .filter(([, i]) => i.required)
            .map(([name]) => [name, "x"]),
        ),
      );
      assert.doesNotThrow(() => readInputs(spec.inputs));
    });
  }
});

describe("maskCredentials", () => {
  it("masks a saved login's access token and its refresh token", () => {
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => lines.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      maskCredentials({ method: "OAUTH", token: "KGAT_access0001", refreshToken: "KGRT_refresh0001", source: "f", expiresAt: 0, scopes: [] });
    } finally {
      process.stdout.write = write;
    }
    for (const secret of ["KGAT_access0001", "KGRT_refresh0001"])
      assert.ok(
        lines.some((l) => l.includes(`::add-mask::${secret}`)),
        lines.join(""),
      );
  });
});
