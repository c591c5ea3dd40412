/** Shared helpers for emulator tests: start on port 0, call RPCs over real HTTP. */
import type { Emulator } from "../../src/emulator/server";

export const COMP = "competitions.CompetitionApiService";

/** An emulator for one test or `describe` that starts and closes it itself (test/helpers/emulator.ts). */
export { startTestEmulator as start } from "../helpers/emulator";

export interface RpcResult {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
  text: string;
}

export type Auth = "basic" | "bearer" | "none" | { header: string } | { user: string; key: string };

export function authHeader(emu: Emulator, auth: Auth = "basic"): Record<string, string> {
  if (auth === "none") return {};
  if (auth === "bearer") return { Authorization: `Bearer ${emu.credentials.token}` };
  if (auth === "basic") {
    const { username, key } = emu.credentials;
    return { Authorization: `Basic ${Buffer.from(`${username}:${key}`).toString("base64")}` };
  }
  if ("header" in auth) return { Authorization: auth.header };
  return { Authorization: `Basic ${Buffer.from(`${auth.user}:${auth.key}`).toString("base64")}` };
}

/** Credentials of a scenario user other than the first. */
export function userAuth(emu: Emulator, username: string): Auth {
  const u = emu.state.users.find((x) => x.username === username)!;
  return { user: u.username, key: u.key };
}

export async function rpc(
  emu: Emulator,
  service: string,
  method: string,
  body: unknown = {},
  opts: { auth?: Auth; prefix?: string; raw?: string } = {},
): Promise<RpcResult> {
  const res = await fetch(`${emu.url}${opts.prefix ?? "/api/v1"}/${service}/${method}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": "", ...authHeader(emu, opts.auth) },
    body: opts.raw ?? JSON.stringify(body),
    redirect: "manual",
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  if ((res.headers.get("content-type") ?? "").includes("application/json") && text) json = JSON.parse(text);
  return { status: res.status, headers: res.headers, json, text };
}

export const comp = (emu: Emulator, method: string, body: unknown = {}, opts: { auth?: Auth; prefix?: string } = {}) =>
  rpc(emu, COMP, method, body, opts);

/** Upload `data` to a createUrl with one PUT (no Content-Type, like the official CLI). */
export async function put(url: string, data: Buffer | string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: "PUT", body: typeof data === "string" ? Buffer.from(data) : data, headers });
}

/** A dataset (or `type`) blob uploaded through StartBlobUpload and one PUT; returns its token. */
export async function uploadedBlob(emu: Emulator, name: string, content: string, auth?: Auth, type = "DATASET"): Promise<string> {
  const r = await rpc(
    emu,
    "blobs.BlobApiService",
    "StartBlobUpload",
    { type, name, contentLength: Buffer.byteLength(content) },
    auth ? { auth } : {},
  );
  if (r.status !== 200) throw new Error(`StartBlobUpload failed: ${r.status} ${r.text}`);
  const up = await put(r.json.createUrl as string, content);
  if (up.status !== 200) throw new Error(`upload failed: ${up.status} ${await up.text()}`);
  await up.arrayBuffer();
  return r.json.token as string;
}

/** Start an upload, PUT the bytes, create the submission; returns the CreateSubmission result. */
export async function submit(
  emu: Emulator,
  competitionName: string,
  content: string,
  opts: { auth?: Auth; fileName?: string; description?: string } = {},
): Promise<RpcResult> {
  const start = await comp(
    emu,
    "StartSubmissionUpload",
    { competitionName, contentLength: Buffer.byteLength(content), lastModifiedEpochSeconds: 1795666166, fileName: opts.fileName ?? "submission.csv" },
    { auth: opts.auth },
  );
  if (start.status !== 200) return start;
  const up = await put(start.json.createUrl as string, content);
  if (up.status !== 200) throw new Error(`upload failed: ${up.status} ${await up.text()}`);
  await up.arrayBuffer().catch(() => undefined);
  const body: Record<string, unknown> = { competitionName, blobFileTokens: start.json.token };
  if (opts.description) body.submissionDescription = opts.description;
  return comp(emu, "CreateSubmission", body, { auth: opts.auth });
}

export const KERNELS = "kernels.KernelsApiService";

/** `SaveKernel` of the first user's kernel `slug`: a private Python script with internet, unless `extra` says otherwise. */
export function saveKernel(
  emu: Emulator,
  slug: string,
  text: string,
  extra: Record<string, unknown> = {},
  opts: { auth?: Auth } = {},
): Promise<RpcResult> {
  return rpc(
    emu,
    KERNELS,
    "SaveKernel",
    {
      slug: `${emu.credentials.username}/${slug}`,
      newTitle: slug,
      text,
      language: "python",
      kernelType: "script",
      isPrivate: true,
      enableGpu: false,
      enableInternet: true,
      enableTpu: false,
      ...extra,
    },
    opts,
  );
}
