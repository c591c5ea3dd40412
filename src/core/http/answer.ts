/**
 * Reading an RPC's JSON answer without trusting it: the body is read in chunks and given up
 * past a size limit (an endless answer must not fill memory), and fields that are lists on the
 * wire are checked to be lists before any command walks them.
 */
import { ConfigurationError, ProtocolError } from "../errors";
import type { WireResponse } from "./wire";

/** Default cap on one JSON answer; `KAGGLE_MAX_JSON_MB` raises it. */
export const DEFAULT_MAX_JSON_BYTES = 64 << 20;

/** The limit the environment asks for, or the default; a bad value is a one-line error. */
export function maxJsonBytes(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_MAX_JSON_BYTES;
  const mib = Number(raw.trim());
  if (!Number.isFinite(mib) || mib <= 0) {
    throw new ConfigurationError(
      `Invalid KAGGLE_MAX_JSON_MB '${raw}': give the largest API answer to accept, in MiB (default ${DEFAULT_MAX_JSON_BYTES >> 20})`,
    );
  }
  return Math.floor(mib * (1 << 20));
}

export function tooLarge(method: string, limit: number, rpc: string): ProtocolError {
  const mib = limit / (1 << 20);
  return new ProtocolError(
    `${method}: the server's answer is larger than ${Number.isInteger(mib) ? mib : mib.toFixed(2)} MiB; if that is expected, raise the limit with KAGGLE_MAX_JSON_MB`,
    { status: 0, rpc },
  );
}

/** The body as text, or an error once more than `limit` bytes have arrived. */
export async function readBounded(res: WireResponse, limit: number, rpc: string): Promise<string> {
  const method = rpc.split("/").pop() ?? rpc;
  const declared = Number(res.headers.get("content-length") ?? NaN);
  if (declared > limit) {
    await res.cancel();
    throw tooLarge(method, limit, rpc);
  }
  if (!res.body) return "";
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const value of res.body) {
    total += value.byteLength;
    if (total > limit) {
      await res.cancel();
      throw tooLarge(method, limit, rpc);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}

/** Top-level answer fields that are repeated (list) fields in Kaggle's API. */
const LIST_FIELDS = [
  "competitions",
  "datasets",
  "datasetFiles",
  "files",
  "submissions",
  "kernels",
  "errors",
  "invalidTags",
  "invalidDatasetSources",
  "invalidCompetitionSources",
  "invalidKernelSources",
  "invalidModelSources",
];

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Fails with one line naming the field when a list field of the answer is not a list. */
export function checkListFields(answer: unknown, rpc: string): void {
  if (!answer || typeof answer !== "object" || Array.isArray(answer)) return;
  const fields = answer as Record<string, unknown>;
  for (const name of LIST_FIELDS) {
    const value = fields[name];
    if (value === undefined || value === null || Array.isArray(value)) continue;
    const method = rpc.split("/").pop() ?? rpc;
    throw new ProtocolError(`${method}: the server's answer is malformed: field '${name}' should be a list but is ${kindOf(value)}`, {
      status: 0,
      rpc,
    });
  }
}
