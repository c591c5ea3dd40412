/**
 * Credentials for an action, in this order: the `token`, `key` (+ `username`) inputs; then the
 * `KAGGLE_API_TOKEN`, `KAGGLE_USERNAME`/`KAGGLE_KEY` variables; then what the setup action left
 * (`KAGGLE_CONFIG_DIR`'s kaggle.json, or `KAGGLE_API_TOKEN` naming its token file), which is the
 * client's own lookup. Every credential and every value derived from one is masked before
 * anything is logged.
 */
import os from "node:os";
import * as core from "@actions/core";
import { KaggleClient, NO_CREDENTIALS_MESSAGE } from "../../core/client";
import { configString, loadConfig } from "../../core/config";
import { authorizationHeader, secretsOf, type Credentials } from "../../core/credentials";
import type { HostInfo } from "../../core/env";
import { ConfigurationError, MissingCredentialsError } from "../../core/errors";
import { inputVariable } from "./inputs";
import { actionsLogger } from "./logger";
import type { InputSpecs } from "./spec";

export interface CredentialInputs {
  username?: string | undefined;
  key?: string | undefined;
  token?: string | undefined;
  endpoint?: string | undefined;
}

const masked = new Set<string>();

/** Masks a value (and each of its lines, which the runner matches one by one). */
export function mask(value: string | undefined): void {
  if (!value || masked.has(value)) return;
  masked.add(value);
  core.setSecret(value);
  if (value.includes("\n")) for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) mask(line.trim());
}

/** Every secret masked so far by this process (for redacting error messages). */
export function maskedValues(): string[] {
  return [...masked];
}

/**
 * Masks, before the first log line, every input declared `secret: true` and the credentials in
 * the environment.
 */
export function maskKnownSecrets(inputs: InputSpecs, env: NodeJS.ProcessEnv = process.env): void {
  const key = env["INPUT_KEY"] || env.KAGGLE_KEY;
  const user = env["INPUT_USERNAME"] || env.KAGGLE_USERNAME;
  const secretInputs = Object.keys(inputs)
    .filter((name) => inputs[name]!.secret)
    .map(inputVariable);
  for (const name of [...secretInputs, "KAGGLE_KEY", "KAGGLE_API_TOKEN"]) mask(env[name]?.trim());
  if (key && user) mask(Buffer.from(`${user.trim()}:${key.trim()}`).toString("base64"));
}

/** Masks every form of a set of credentials: the secret itself and the Authorization header. */
export function maskCredentials(creds: Credentials): void {
  // The key or token, the Basic header value, and a saved login's refresh token.
  for (const secret of secretsOf(creds)) mask(secret);
  mask(authorizationHeader(creds).replace(/^\w+ /, ""));
}

export function actionHost(env: NodeJS.ProcessEnv = process.env): HostInfo {
  return { env: { ...env }, home: os.homedir(), platform: process.platform };
}

function checkEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigurationError(`Input 'endpoint' must be an http(s) URL such as https://api.kaggle.com, got '${endpoint}'`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigurationError(`Input 'endpoint' must be an http(s) URL such as https://api.kaggle.com, got '${endpoint}'`);
  }
  return endpoint.replace(/\/+$/, "");
}

/** Credentials given through inputs, completed from the environment/kaggle.json where needed. */
export function credentialsFromInputs(inputs: CredentialInputs, host: HostInfo): Credentials | undefined {
  if (inputs.token) {
    return { method: "ACCESS_TOKEN", token: inputs.token, source: "input 'token'", ...(inputs.username ? { username: inputs.username } : {}) };
  }
  if (inputs.key) {
    const username = inputs.username ?? configString(loadConfig(host).values, "username");
    if (!username) {
      throw new ConfigurationError("Input 'key' needs a user name: give the 'username' input too, or set KAGGLE_USERNAME");
    }
    return { method: "LEGACY_API_KEY", username, key: inputs.key, source: "inputs 'username' and 'key'" };
  }
  return undefined;
}

export interface ClientSetup {
  client: KaggleClient;
  credentials: Credentials;
  endpoint: string;
}

/** A client with the action's credentials, all of them masked. */
export function createClient(inputs: CredentialInputs, host: HostInfo = actionHost()): ClientSetup {
  if (inputs.username && !inputs.key && !inputs.token) {
    // A user name alone only names the user of a key found elsewhere.
    host = { ...host, env: { ...host.env, KAGGLE_USERNAME: inputs.username } };
  }
  const given = credentialsFromInputs(inputs, host);
  const endpoint = inputs.endpoint ? checkEndpoint(inputs.endpoint) : undefined;
  const client = new KaggleClient({
    host,
    logger: actionsLogger,
    ...(given ? { credentials: given } : {}),
    ...(endpoint ? { endpoint } : {}),
  });
  const creds = client.credentials();
  if (!creds) {
    throw new MissingCredentialsError(
      "No Kaggle credentials: give the 'token' input, or 'username' and 'key', or run the setup action first. " +
        `${NO_CREDENTIALS_MESSAGE}${client.configuration().dir}`,
    );
  }
  maskCredentials(creds);
  for (const secret of client.secrets()) mask(secret);
  return { client, credentials: creds, endpoint: client.transport.endpoint };
}
