/**
 * V4-style signed URLs (`/storage/<bucket>/<path>?X-Goog-Algorithm=…&X-Goog-Signature=…`): making
 * them and checking the ones a client brings back.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Clock } from "../clock";

export interface SignOptions {
  /** Seconds until the URL expires; default 345600 (4 days, like Kaggle's data-bundle URLs). */
  expiresSec?: number;
  /** Service account shown in `X-Goog-Credential`. */
  serviceAccount?: string;
}

/** Why a signed URL is refused: the XML error GCS answers. */
export interface SignatureRejection {
  status: number;
  code: string;
  message: string;
  details: string;
}

function googDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function parseGoogDate(s: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

export class UrlSigner {
  constructor(
    private readonly secret: Buffer,
    private readonly clock: Clock,
  ) {}

  private signature(objectPath: string, date: string, expires: string, credential: string): string {
    const text = `GOOG4-RSA-SHA256\n${objectPath}\n${date}\n${expires}\n${credential}`;
    // 512 hex characters, the length of a real RSA-2048 signature.
    let sig = "";
    for (let i = 0; i < 4; i++) sig += createHmac("sha512", this.secret).update(`${i}:${text}`).digest("hex");
    return sig;
  }

  /** A signed URL for `objectPath` on `baseUrl`. */
  sign(baseUrl: string, objectPath: string, opts: SignOptions = {}): string {
    const now = this.clock.now();
    const date = googDate(now);
    const expires = String(opts.expiresSec ?? 345600);
    const account = opts.serviceAccount ?? "databundle-worker-v2@kaggle-161607.iam.gserviceaccount.com";
    const credential = `${account}/${date.slice(0, 8)}/auto/storage/goog4_request`;
    const sig = this.signature(objectPath, date, expires, credential);
    const path = objectPath.split("/").map(encodeURIComponent).join("/");
    const q =
      `X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=${encodeURIComponent(credential)}` +
      `&X-Goog-Date=${date}&X-Goog-Expires=${expires}&X-Goog-SignedHeaders=host&X-Goog-Signature=${sig}`;
    return `${baseUrl}/storage/${path}?${q}`;
  }

  /** Undefined when `q` is a valid, unexpired signature of `objectPath`; else why not. */
  check(objectPath: string, q: URLSearchParams): SignatureRejection | undefined {
    const sig = q.get("X-Goog-Signature");
    const date = q.get("X-Goog-Date");
    const expires = q.get("X-Goog-Expires");
    const credential = q.get("X-Goog-Credential");
    if (!sig || !date || !expires || !credential || q.get("X-Goog-Algorithm") !== "GOOG4-RSA-SHA256") {
      return {
        status: 403,
        code: "AccessDenied",
        message: "Access denied.",
        details: `Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object.`,
      };
    }
    const expected = Buffer.from(this.signature(objectPath, date, expires, credential));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return {
        status: 403,
        code: "SignatureDoesNotMatch",
        message: "Access denied.",
        details: "The request signature we calculated does not match the signature you provided. Check your Google secret key and signing method.",
      };
    }
    const start = parseGoogDate(date);
    const expiresAt = start === undefined ? NaN : start + Number(expires) * 1000;
    if (!(this.clock.now() <= expiresAt)) {
      return {
        status: 400,
        code: "ExpiredToken",
        message: "Invalid argument.",
        details: `The provided token has expired. Request signature expired at: ${Number.isNaN(expiresAt) ? date : new Date(expiresAt).toISOString().replace(".000Z", "+00:00")}`,
      };
    }
    return undefined;
  }
}
