/** The one enum lookup: words to members, the official message for any other word. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { enumOptions, lookupEnum } from "../../src/core/enums";
import { ConfigurationError } from "../../src/core/errors";

const SORTS = { hottest: "HOTTEST", votes: "VOTES" } as const;

test("a known word maps to its member, an absent one to undefined", () => {
  assert.equal(lookupEnum(SORTS, "votes", "sort by"), "VOTES");
  assert.equal(lookupEnum(SORTS, undefined, "sort by"), undefined);
  assert.equal(lookupEnum(["all", "python"], "python", "language"), "python");
  assert.equal(lookupEnum<string>(SORTS, "all", "sort by", { all: "UNSPECIFIED" }), "UNSPECIFIED");
});

test("any other word fails with the official CLI's message, listing only the table's words", () => {
  assert.throws(
    () => lookupEnum<string>(SORTS, "all2", "sort by", { all: "UNSPECIFIED" }),
    (e: unknown) => {
      assert.ok(e instanceof ConfigurationError);
      assert.equal(e.message, "Invalid sort by specified. Valid options are ['hottest', 'votes']");
      return true;
    },
  );
  assert.throws(
    () => lookupEnum(["all", "python"], "perl", "language"),
    /^ConfigurationError: Invalid language specified. Valid options are \['all', 'python'\]$/,
  );
  // Names an object inherits are not words of the table.
  assert.throws(() => lookupEnum(SORTS, "constructor", "sort by"), /Invalid sort by specified/);
  assert.equal(enumOptions(["script", "notebook"]), "['script', 'notebook']");
});
