/**
 * The little of HTTP/1.1 that the fast transfer paths need: a socket (TCP or TLS) to the URL's
 * host, the request head, and the parsing of a response head. Everything else goes through
 * undici; see fastget.ts and fastput.ts for when these paths are used.
 */
import net from "node:net";
import type tls from "node:tls";
import { builtins } from "../builtins";
import { seconds } from "./transport";

export const MAX_HEAD_BYTES = 64 << 10;

/** Least bytes that must move on a transfer's socket in each stall window. */
export const MIN_PROGRESS_BYTES = 1024;

/** A fault of a transfer raised on this side, with a `code` as Node's socket errors have. */
export class TransferFault extends Error {
  constructor(
    message: string,
    readonly code: "ETIMEDOUT" | "ESTALLED",
  ) {
    super(message);
  }
}

/**
 * A transfer that failed after its bytes up to `position` reached the file: `reason` is why, and
 * a resume starts from `position`.
 */
export class InterruptedTransfer extends Error {
  constructor(
    readonly reason: unknown,
    readonly position: number,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/** The error a stalled transfer fails with (code `ESTALLED`). */
export function stallError(windowMs: number): Error {
  return new TransferFault(`stalled: less than 1 KiB moved in ${seconds(windowMs)} s`, "ESTALLED");
}

/**
 * Calls `onStall` once when the byte count `moved()` grows by fewer than
 * {@link MIN_PROGRESS_BYTES} during a window of `windowMs`: a silent peer and a trickling one
 * (which resets an ordinary idle timeout with every byte) are both stalls. Returns the function
 * that stops it. The timer never keeps the process alive.
 */
export function watchBytes(moved: () => number, windowMs: number, onStall: (err: Error) => void): () => void {
  let last = moved();
  const timer = setInterval(() => {
    const now = moved();
    if (now - last >= MIN_PROGRESS_BYTES) {
      last = now;
      return;
    }
    clearInterval(timer);
    onStall(stallError(windowMs));
  }, windowMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** {@link watchBytes} over what a socket reads and writes; it also stops when the socket closes. */
export function watchProgress(socket: net.Socket, windowMs: number, onStall: (err: Error) => void): () => void {
  const stopWatch = watchBytes(() => socket.bytesRead + socket.bytesWritten, windowMs, onStall);
  const stop = () => {
    stopWatch();
    socket.off("close", stop);
  };
  socket.once("close", stop);
  return stop;
}

export interface ResponseHead {
  status: number;
  statusText: string;
  /** An HTTP/1.0 answer (its connection ends with it unless it says keep-alive). */
  http10: boolean;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Bytes after the head that arrived with it (the start of the body). */
  rest: Buffer;
}

/** Opens a connection to the URL's host; `onread` reads into caller-owned memory. */
export function connect(url: URL, onread?: net.OnReadOpts): net.Socket {
  const secure = url.protocol === "https:";
  const port = Number(url.port || (secure ? 443 : 80));
  const options = { host: url.hostname, port, ...(onread ? { onread } : {}) };
  const socket = secure
    ? builtins.tls().connect({ ...options, servername: net.isIP(url.hostname) ? "" : url.hostname } as tls.ConnectionOptions)
    : net.connect(options as net.NetConnectOpts);
  socket.setNoDelay(true);
  return socket;
}

/** The event that says the socket is ready for the request. */
export function readyEvent(url: URL): "secureConnect" | "connect" {
  return url.protocol === "https:" ? "secureConnect" : "connect";
}

/** `METHOD path HTTP/1.1` with Host, the given headers and `Connection: close`. */
export function requestHead(method: string, url: URL, headers: Record<string, string>): string {
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, "Connection: close"];
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  return `${lines.join("\r\n")}\r\n\r\n`;
}

/** Parses a response head from the bytes received so far; undefined until it is complete. */
export function parseHead(received: Buffer): ResponseHead | undefined {
  const end = received.indexOf("\r\n\r\n");
  if (end === -1) {
    if (received.length > MAX_HEAD_BYTES) throw new Error("response head too large");
    return undefined;
  }
  const lines = received.toString("latin1", 0, end).split("\r\n");
  const m = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/.exec(lines[0] ?? "");
  if (!m) throw new Error(`not an HTTP response: ${JSON.stringify(lines[0]?.slice(0, 40))}`);
  const headers: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { status: Number(m[2]), statusText: m[3] ?? "", http10: m[1] === "0", headers, rest: received.subarray(end + 4) };
}
