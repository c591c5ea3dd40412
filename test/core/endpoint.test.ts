/** Where requests go: KAGGLE_API_ENDPOINT, else KAGGLE_API_ENVIRONMENT as Kaggle's SDK reads it. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigurationError } from "../../src/core/errors";
import { resolveEndpoint, rpcUrl } from "../../src/core/http/transport";
import { runCli } from "../helpers/cli";

test("KAGGLE_API_ENVIRONMENT names the SDK's hosts; TEST is the emulator's default port", () => {
  assert.equal(resolveEndpoint({}), "https://api.kaggle.com");
  assert.equal(resolveEndpoint({ KAGGLE_API_ENVIRONMENT: "PROD" }), "https://api.kaggle.com");
  assert.equal(resolveEndpoint({ KAGGLE_API_ENVIRONMENT: "LOCALHOST" }), "http://localhost");
  assert.equal(resolveEndpoint({ KAGGLE_API_ENVIRONMENT: "TEST" }), "http://localhost:7777");
  assert.equal(rpcUrl(resolveEndpoint({ KAGGLE_API_ENVIRONMENT: "TEST" }), "s", "M"), "http://localhost:7777/api/v1/s/M");
  assert.equal(resolveEndpoint({ KAGGLE_API_ENVIRONMENT: "TEST", KAGGLE_API_ENDPOINT: "http://127.0.0.1:9/" }), "http://127.0.0.1:9");
  assert.throws(() => resolveEndpoint({ KAGGLE_API_ENVIRONMENT: "localhost" }), ConfigurationError);
});

test("an unknown KAGGLE_API_ENVIRONMENT is one line and exit 1, before any request", async () => {
  const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENVIRONMENT: "BOGUS", KAGGLE_USERNAME: "u", KAGGLE_KEY: "k" } });
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    "Unrecognized value in KAGGLE_API_ENVIRONMENT: 'BOGUS'; use one of PROD, LOCALHOST, TEST, STAGING, ADMIN, QA, or set KAGGLE_API_ENDPOINT to a URL\n",
  );
});
