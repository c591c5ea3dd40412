/** The one home of refs (src/core/refs.ts): what users type, what servers answer, the pages they name. */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  checkDatasetString,
  competitionSlug,
  competitionUrl,
  datasetRefFromAnswer,
  datasetUrl,
  kernelUrl,
  leaderboardUrl,
  onWeb,
  pushedKernelRef,
  refName,
  webBase,
} from "../../src/core/refs";

test("a pushed kernel's ref is read from the answer's ref, else its URL", () => {
  assert.deepEqual(pushedKernelRef("/code/alice/my-notebook"), { owner: "alice", slug: "my-notebook" });
  assert.deepEqual(pushedKernelRef("alice/my-notebook"), { owner: "alice", slug: "my-notebook" });
  assert.deepEqual(pushedKernelRef("", "https://www.kaggle.com/code/alice/my-notebook"), { owner: "alice", slug: "my-notebook" });
  assert.deepEqual(pushedKernelRef(undefined, "https://www.kaggle.com/code/alice/nb/"), { owner: "alice", slug: "nb" });
  assert.equal(pushedKernelRef(undefined, ""), undefined);
  assert.equal(pushedKernelRef("alice/my-notebook/3"), undefined);
});

test("a dataset answer's ref may be a URL", () => {
  assert.deepEqual(datasetRefFromAnswer("https://www.kaggle.com/datasets/alice/titanic-extra"), { owner: "alice", slug: "titanic-extra" });
  assert.deepEqual(datasetRefFromAnswer("alice/titanic-extra"), { owner: "alice", slug: "titanic-extra" });
});

test("a competition is its slug or its URL", () => {
  assert.equal(competitionSlug("titanic"), "titanic");
  assert.equal(competitionSlug("https://www.kaggle.com/competitions/titanic/"), "titanic");
  assert.equal(competitionSlug("https://www.kaggle.com/c/titanic/leaderboard"), "titanic");
});

test("dataset strings as validate_dataset_string checks them; metadata sources also need a numbered version", () => {
  assert.equal(checkDatasetString("alice/data/latest"), undefined);
  assert.equal(
    checkDatasetString("alice/data/latest", { numberedVersion: true }),
    "Invalid dataset version 'latest' in alice/data/latest: the version must be a number",
  );
  assert.equal(checkDatasetString("data"), "Dataset must be specified in the form of '{username}/{dataset-slug}'");
  assert.equal(checkDatasetString("alice/"), "Invalid dataset specification alice/");
});

test("refs are named owner/slug, and their pages as Kaggle prints them", () => {
  const versioned = { owner: "alice", slug: "data", version: 2 };
  assert.equal(refName(versioned), "alice/data");
  assert.equal(datasetUrl("alice/data"), "https://www.kaggle.com/datasets/alice/data");
  assert.equal(datasetUrl(versioned), "https://www.kaggle.com/datasets/alice/data/versions/2");
  assert.equal(datasetUrl({ owner: "alice", slug: "data" }), "https://www.kaggle.com/datasets/alice/data");
  assert.equal(kernelUrl("alice/nb"), "https://www.kaggle.com/code/alice/nb");
});

test("pages follow the endpoint: kaggle.com for Kaggle's hosts, the emulator's own host otherwise", () => {
  assert.equal(webBase(undefined), "https://www.kaggle.com");
  assert.equal(webBase("https://api.kaggle.com"), "https://www.kaggle.com");
  assert.equal(webBase("https://staging.kaggle.com/"), "https://www.kaggle.com");
  assert.equal(webBase("http://127.0.0.1:7777"), "http://127.0.0.1:7777");
  assert.equal(webBase("http://localhost/api/v1/"), "http://localhost");
  assert.equal(webBase("http://notkaggle.com:8080"), "http://notkaggle.com:8080");
  assert.equal(webBase("not a url"), "https://www.kaggle.com");
  const emu = "http://127.0.0.1:7777";
  assert.equal(competitionUrl("titanic", emu), "http://127.0.0.1:7777/competitions/titanic");
  assert.equal(leaderboardUrl("titanic", emu), "http://127.0.0.1:7777/competitions/titanic/leaderboard");
  assert.equal(datasetUrl({ owner: "alice", slug: "data", version: 2 }, emu), "http://127.0.0.1:7777/datasets/alice/data/versions/2");
  assert.equal(kernelUrl("alice/nb", emu), "http://127.0.0.1:7777/code/alice/nb");
  assert.equal(onWeb("https://www.kaggle.com/code/alice/nb", emu), "http://127.0.0.1:7777/code/alice/nb");
  assert.equal(onWeb("https://kaggle.com/datasets/a/b?select=x", emu), "http://127.0.0.1:7777/datasets/a/b?select=x");
  assert.equal(onWeb("https://www.kaggle.com.evil.example/x", emu), "https://www.kaggle.com.evil.example/x");
  assert.equal(onWeb("https://www.kaggle.com/code/alice/nb", "https://www.kaggle.com"), "https://www.kaggle.com/code/alice/nb");
});
