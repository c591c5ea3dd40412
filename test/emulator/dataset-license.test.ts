/**
 * CreateDataset without a license, as kagglehub's dataset_upload sends it: Kaggle's default
 * license ("unknown") is used; a license Kaggle does not know is still refused.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { rpc, uploadedBlob, type Auth } from "./helpers";
import { useEmulator } from "../helpers/emulator";

const DS = "datasets.DatasetApiService";
const ds = (method: string, body: unknown = {}) => rpc(emu, DS, method, body);

const emu = useEmulator({}, async () => {
  emu.state.datasets.processingDelayMs = 0;
});

const uploaded = (name: string, content: string, auth?: Auth) => uploadedBlob(emu, name, content, auth);

test("no licenseName (or an empty one) creates the dataset with the license 'unknown'", async () => {
  for (const [slug, extra] of [
    ["no-license-given", {}],
    ["empty-license-given", { licenseName: "" }],
  ] as const) {
    const r = await ds("CreateDataset", {
      ownerSlug: "alice",
      slug,
      title: `Title of ${slug}`,
      files: [{ token: await uploaded("a.csv", "a\n1\n") }],
      ...extra,
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, "ok", r.text);
    assert.equal(emu.state.datasets.datasets.find((d) => d.slug === slug)?.licenseName, "unknown");
    const meta = await ds("GetDatasetMetadata", { ownerSlug: "alice", datasetSlug: slug });
    assert.deepEqual((meta.json.info as { licenses: unknown }).licenses, [{ name: "unknown" }]);
  }
});

test("a license Kaggle does not know is still refused", async () => {
  const r = await ds("CreateDataset", {
    ownerSlug: "alice",
    slug: "wrong-license",
    title: "Wrong license",
    licenseName: "WTFPL",
    files: [{ token: await uploaded("b.csv", "b\n2\n") }],
  });
  assert.match(r.json.error as string, /^Invalid license name "WTFPL"/);
  assert.equal(
    emu.state.datasets.datasets.some((d) => d.slug === "wrong-license"),
    false,
  );
});
