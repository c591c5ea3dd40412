export const id = 9;
export const ids = [9,983];
export const modules = {

/***/ 8009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadFile: () => (/* binding */ downloadFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(1915);
// EXTERNAL MODULE: ./src/core/raw-http.ts
var raw_http = __webpack_require__(390);
// EXTERNAL MODULE: ./src/core/transport.ts
var transport = __webpack_require__(3586);
;// CONCATENATED MODULE: ./src/core/fastget.ts
/**
 * The body of a large download, read straight from the socket into one reused 4 MiB buffer and
 * written to the file in ~1 MiB writes: no per-chunk allocation, so memory stays flat whatever
 * the size, and no stream machinery between the socket and the disk.
 *
 * It handles exactly one case — a `GET` answered with a `Content-Length` body, without
 * transfer or content encoding, over HTTP/1.1 — and reports anything else as
 * {@link FastPathUnavailable} so that the caller uses the general client instead.
 */




const ARENA_BYTES = 4 << 20;
const WRITE_AT = 1 << 20;
class FastPathUnavailable extends Error {
}
/** Resolves with the end position once the whole body is on disk. */
function fastGet(opts) {
    const url = new URL(opts.url);
    if (url.protocol !== "https:" && url.protocol !== "http:")
        return Promise.reject(new FastPathUnavailable(url.protocol));
    const arena = Buffer.allocUnsafe(ARENA_BYTES);
    return new Promise((resolve, reject) => {
        let filled = 0;
        let headerDone = false;
        let header = Buffer.alloc(0);
        let remaining = 0;
        let pos = opts.position;
        let settled = false;
        const flush = () => {
            let off = 0;
            while (off < filled)
                off += external_node_fs_default().writeSync(opts.fd, arena, off, filled - off, pos + off);
            pos += filled;
            opts.onWritten(pos, filled);
            filled = 0;
        };
        const finish = (err) => {
            if (settled)
                return;
            settled = true;
            opts.signal?.removeEventListener("abort", onAbort);
            try {
                if (filled > 0)
                    flush();
            }
            catch (e) {
                err ??= e;
            }
            socket.destroy();
            if (err)
                reject(Object.assign(err, { position: pos }));
            else
                resolve(pos);
        };
        const onAbort = () => finish(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error("aborted"));
        const parseHeader = () => {
            let head;
            try {
                head = (0,raw_http/* parseHead */.ww)(header);
            }
            catch (err) {
                finish(new FastPathUnavailable(err.message));
                return false;
            }
            if (!head)
                return false;
            const h = head.headers;
            const start = head.status === 206 ? Number(/^bytes (\d+)-/.exec(h["content-range"] ?? "")?.[1]) : 0;
            const ok = (head.status === 206 || (head.status === 200 && opts.expectStart === 0)) &&
                start === opts.expectStart &&
                h["content-length"] !== undefined &&
                !h["transfer-encoding"] &&
                (!h["content-encoding"] || h["content-encoding"] === "identity");
            if (!ok) {
                finish(new FastPathUnavailable(`status ${head.status}`));
                return false;
            }
            remaining = Number(h["content-length"]);
            headerDone = true;
            header = Buffer.alloc(0);
            take(head.rest);
            return true;
        };
        /** Body bytes that arrived in a copied buffer (with the header). */
        const take = (chunk) => {
            const n = Math.min(chunk.length, remaining);
            chunk.copy(arena, filled, 0, n);
            filled += n;
            remaining -= n;
            if (remaining === 0)
                finish();
            else if (filled >= WRITE_AT)
                flush();
        };
        const onread = {
            buffer: () => arena.subarray(filled),
            callback: (n, buf) => {
                if (settled)
                    return false;
                if (!headerDone) {
                    // The header is parsed from a copy; the arena starts over for the body.
                    header = Buffer.concat([header, Buffer.from(buf.buffer, buf.byteOffset, n)]);
                    parseHeader();
                    return true;
                }
                const used = Math.min(n, remaining);
                filled += used;
                remaining -= used;
                try {
                    if (remaining === 0)
                        finish();
                    else if (filled >= WRITE_AT || ARENA_BYTES - filled < 64 << 10)
                        flush();
                }
                catch (err) {
                    finish(err);
                }
                return true;
            },
        };
        const socket = (0,raw_http/* connect */.Ng)(url, onread);
        socket.setTimeout(opts.idleTimeoutMs, () => finish(new errors/* ConnectionError */.Rc(`Transfer from ${(0,transport/* printableUrl */.Zq)(opts.url)} failed: timed out`)));
        socket.once((0,raw_http/* readyEvent */.st)(url), () => socket.write((0,raw_http/* requestHead */.QN)("GET", url, { "Accept-Encoding": "identity", ...opts.headers })));
        socket.on("error", (err) => finish(new errors/* ConnectionError */.Rc(`Transfer from ${(0,transport/* printableUrl */.Zq)(opts.url)} failed: ${err.code ?? err.message}`)));
        socket.on("close", () => {
            if (!settled) {
                finish(headerDone
                    ? new errors/* ConnectionError */.Rc(`Transfer from ${(0,transport/* printableUrl */.Zq)(opts.url)} failed: the connection closed with ${remaining} bytes to go`)
                    : new errors/* ConnectionError */.Rc(`Transfer from ${(0,transport/* printableUrl */.Zq)(opts.url)} failed: the connection closed before a response`));
            }
        });
        if (opts.signal) {
            if (opts.signal.aborted)
                onAbort();
            else
                opts.signal.addEventListener("abort", onAbort, { once: true });
        }
    });
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/core/hash.ts
/**
 * MD5 of a file that is still being written, computed on a worker thread: the downloader
 * says how far the file is complete and the worker reads and hashes up to there from the page
 * cache. Hashing (about 600 MB/s) then overlaps the transfer instead of adding to it.
 */

// Plain JavaScript evaluated in the worker, so the bundle needs no separate worker file.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { createHash } = require("node:crypto");
const hash = createHash("md5");
const fd = fs.openSync(workerData.file, "r");
const buf = Buffer.allocUnsafe(4 << 20);
let pos = 0, target = 0, ended = false;
parentPort.on("message", (m) => {
  if (typeof m.upTo === "number") target = Math.max(target, m.upTo);
  if (m.end) ended = true;
  while (pos < target) {
    const n = fs.readSync(fd, buf, 0, Math.min(buf.length, target - pos), pos);
    if (n <= 0) break;
    hash.update(buf.subarray(0, n));
    pos += n;
  }
  if (ended && pos >= target) {
    fs.closeSync(fd);
    parentPort.postMessage({ digest: hash.digest("base64"), bytes: pos });
  }
});
`;
class FileHasher {
    worker;
    result;
    constructor(file) {
        this.worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
        this.worker.unref();
        this.result = new Promise((resolve, reject) => {
            this.worker.once("message", resolve);
            this.worker.once("error", reject);
        });
        this.result.catch(() => { });
    }
    /** The first `bytes` bytes of the file are final. */
    upTo(bytes) {
        this.worker.postMessage({ upTo: bytes });
    }
    /** Base64 MD5 of the first `bytes` bytes, once the worker has caught up. */
    async digest(bytes) {
        this.worker.postMessage({ upTo: bytes, end: true });
        const { digest } = await this.result;
        await this.worker.terminate();
        return digest;
    }
    async cancel() {
        await this.worker.terminate();
    }
}

// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __webpack_require__(4664);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
;// CONCATENATED MODULE: ./src/core/download.ts
/**
 * Streaming download of one file: follows the redirect to the signed URL, writes to
 * `<file>.part`, resumes with `Range` after an interruption (checking for 206 and the
 * `Content-Range` it answers), verifies the length and the `x-goog-hash` MD5 when sent, sets
 * the modification time from `Last-Modified`, and renames to the final name only when whole.
 */









const WRITE_BATCH = 1 << 20;
/** Below this many bytes the ordinary stream is as fast and saves a request. */
const FAST_PATH_MIN = 8 << 20;
function metaOf(res) {
    const length = (0,http.header)(res, "content-length");
    const range = (0,http.header)(res, "content-range");
    const rangeTotal = range ? Number(range.split("/")[1]) : NaN;
    const modified = (0,http.header)(res, "last-modified");
    const hash = (0,http.header)(res, "x-goog-hash");
    const md5 = hash?.split(",").map((p) => p.trim()).find((p) => p.startsWith("md5="))?.slice(4);
    const lm = modified ? new Date(modified) : undefined;
    return {
        total: Number.isFinite(rangeTotal) ? rangeTotal : length !== undefined ? Number(length) : undefined,
        lastModified: lm && !Number.isNaN(lm.getTime()) ? lm : undefined,
        validator: (0,http.header)(res, "etag") ?? modified,
        md5,
        acceptRanges: (0,http.header)(res, "accept-ranges") === "bytes",
    };
}
async function statOrUndefined(file) {
    try {
        return await external_node_fs_default().promises.stat(file);
    }
    catch {
        return undefined;
    }
}
async function failFor(res) {
    const text = await res.body.text().catch(() => "");
    let message = `${res.status} ${res.status >= 500 ? "Server" : "Client"} Error: ${(0,transport/* httpReason */.Pd)(res.status)} for url: ${(0,transport/* printableUrl */.Zq)(res.url)}`;
    try {
        const body = JSON.parse(text);
        message = body.message ?? body.error?.message ?? message;
    }
    catch {
        // not JSON
    }
    throw (0,errors/* apiErrorFor */.eR)(message, { status: res.status, rpc: (0,transport/* printableUrl */.Zq)(res.url) });
}
async function downloadFile(opts) {
    const policy = { ...retry/* DEFAULT_RETRY_POLICY */.cO, ...opts.retry };
    const progress = opts.progress ?? core_progress/* noProgress */.n;
    const idle = opts.idleTimeoutMs ?? 60_000;
    let source = await opts.source();
    const get = async (src, range) => {
        if ("response" in src) {
            const r = src.response;
            if (!r.body)
                throw new errors/* KaggleApiError */.cc("The server sent an empty download", { status: r.status });
            const { Readable } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7075, 23));
            const body = Readable.fromWeb(r.body);
            Object.assign(body, { dump: async () => void r.body?.cancel(), text: async () => "" });
            const headers = {};
            r.headers.forEach((v, k) => (headers[k] = v));
            return { url: r.url, status: r.status, headers, body };
        }
        const headers = { "user-agent": "kaggle-actions" };
        if (range) {
            headers.range = `bytes=${range.from}-`;
            if (range.validator)
                headers["if-range"] = range.validator;
        }
        return (0,http.rawRequest)({
            method: "GET",
            url: src.url,
            headers,
            headersTimeoutMs: idle,
            idleTimeoutMs: idle,
            proxy: opts.proxy,
            ...(opts.signal ? { signal: opts.signal } : {}),
            authorization: src.authorization && src.apiOrigin ? { origin: src.apiOrigin, value: src.authorization } : undefined,
        });
    };
    let res = await get(source);
    if (res.status !== 200)
        await failFor(res);
    const meta = metaOf(res);
    const finalPath = opts.fileNameFromUrl ? external_node_path_default().join(opts.dest, opts.fileNameFromUrl(res.url)) : opts.dest;
    const partPath = `${finalPath}.part`;
    await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(finalPath), { recursive: true });
    if (!opts.force && !opts.alwaysDownload) {
        const local = await statOrUndefined(finalPath);
        if (local && meta.total !== undefined && local.size === meta.total && meta.lastModified && local.mtime >= meta.lastModified) {
            await res.body.dump().catch(() => { });
            return { path: finalPath, status: "skipped", bytes: 0, resumedFrom: 0 };
        }
    }
    // Resume a previous partial download of the same remote file.
    let offset = 0;
    const part = opts.force ? undefined : await statOrUndefined(partPath);
    if (part && part.size > 0 && meta.acceptRanges && !("response" in source) && (meta.total === undefined || part.size < meta.total)) {
        await res.body.dump().catch(() => { });
        res = await get(source, { from: part.size, validator: meta.validator });
        if (res.status === 206 && rangeStart(res) === part.size && metaOf(res).total === meta.total) {
            offset = part.size;
            opts.logger.info(`Resuming from ${offset} bytes (${meta.total === undefined ? "?" : meta.total - offset} bytes left)...`);
        }
        else if (res.status !== 200) {
            await res.body.dump().catch(() => { });
            res = await get(source);
            if (res.status !== 200)
                await failFor(res);
        }
    }
    const handle = await external_node_fs_default().promises.open(partPath, offset > 0 ? "r+" : "w");
    const hash = meta.md5 ? new FileHasher(partPath) : undefined;
    hash?.upTo(offset);
    progress.start(external_node_path_default().basename(finalPath), meta.total, offset);
    let written = offset;
    let failures = 0;
    // Large bodies skip the stream machinery: see fastget.ts. The first response only told us
    // what the file is; the bytes are fetched again with a Range from where the file stands.
    let fast = !("response" in source) && !opts.proxy && meta.total !== undefined && meta.total - offset > FAST_PATH_MIN && meta.acceptRanges && !(0,http.header)(res, "transfer-encoding") && !(0,http.header)(res, "content-encoding");
    if (fast)
        await res.body.dump().catch(() => { });
    try {
        for (;;) {
            try {
                if (fast && "url" in source) {
                    const headers = { "User-Agent": "kaggle-actions", Range: `bytes=${written}-` };
                    if (meta.validator)
                        headers["If-Range"] = meta.validator;
                    if (source.authorization && source.apiOrigin && new URL(res.url).origin === source.apiOrigin)
                        headers.Authorization = source.authorization;
                    written = await fastGet({
                        url: res.url,
                        headers,
                        fd: handle.fd,
                        position: written,
                        expectStart: written,
                        idleTimeoutMs: idle,
                        ...(opts.signal ? { signal: opts.signal } : {}),
                        onWritten: (end, bytes) => {
                            hash?.upTo(end);
                            progress.advance(bytes);
                        },
                    });
                }
                else {
                    written = await pump(res, handle, written, hash, progress);
                }
                break;
            }
            catch (err) {
                written = err.position ?? written;
                if (err instanceof FastPathUnavailable) {
                    fast = false;
                    res = written > 0 ? await resumeFrom(written) : await get(source);
                    if (written === 0 && res.status !== 200)
                        await failFor(res);
                    continue;
                }
                const error = (0,http/* transferError */.c)(err, res.url);
                if (!(error instanceof errors/* ConnectionError */.Rc) || opts.signal?.aborted)
                    throw error;
                failures++;
                if (failures >= policy.maxAttempts)
                    throw error;
                const delay = (0,retry/* backoffDelay */.EY)(policy, failures);
                opts.logger.warn(`Connection error: ${error.message}. Retrying in ${(delay / 1000).toFixed(1)} seconds... (attempt ${failures}/${policy.maxAttempts - 1})`);
                await opts.clock.sleep(delay, opts.signal);
                if (!fast)
                    res = await resumeFrom(written);
            }
        }
    }
    catch (err) {
        await hash?.cancel();
        throw err;
    }
    finally {
        await handle.close();
        progress.finish();
    }
    async function resumeFrom(from) {
        let r = await get(source, { from, validator: meta.validator }).catch((e) => {
            throw (0,http/* transferError */.c)(e, "url" in source ? source.url : "");
        });
        if (r.status === 400 || r.status === 401 || r.status === 403 || r.status === 404 || r.status === 410) {
            // The signed URL expired: ask the API for a fresh one.
            await r.body.dump().catch(() => { });
            source = await opts.source();
            r = await get(source, { from, validator: meta.validator });
        }
        if (r.status !== 206 || rangeStart(r) !== from) {
            await r.body.dump().catch(() => { });
            throw new errors/* KaggleApiError */.cc(`The server cannot resume ${external_node_path_default().basename(finalPath)} at byte ${from} (answered ${r.status}); the partial file is kept at ${partPath}: run the command again to retry`, { status: r.status });
        }
        return r;
    }
    if (meta.total !== undefined && written !== meta.total) {
        await hash?.cancel();
        throw new errors/* KaggleApiError */.cc(`Downloaded file size (${written}) does not match expected size (${meta.total}) for ${external_node_path_default().basename(finalPath)}; the partial file is kept at ${partPath}: run the command again to resume`, { status: 0 });
    }
    if (hash && meta.md5) {
        const got = await hash.digest(written);
        if (got !== meta.md5) {
            await external_node_fs_default().promises.rm(partPath, { force: true });
            throw new errors/* KaggleApiError */.cc(`Checksum mismatch for ${external_node_path_default().basename(finalPath)}: expected MD5 ${meta.md5}, got ${got}; the corrupt file was removed: run the command again`, { status: 0 });
        }
    }
    const mtime = meta.lastModified ?? new Date();
    await external_node_fs_default().promises.utimes(partPath, mtime, mtime);
    await external_node_fs_default().promises.rename(partPath, finalPath);
    return { path: finalPath, status: "downloaded", bytes: written - offset, resumedFrom: offset };
}
function rangeStart(res) {
    const m = /^bytes (\d+)-/.exec((0,http.header)(res, "content-range") ?? "");
    return m ? Number(m[1]) : undefined;
}
/** Copies the body to the file at `position` in 1 MiB writes; returns the new position. */
async function pump(res, handle, position, hash, progress) {
    let pending = [];
    let pendingBytes = 0;
    let pos = position;
    const flush = async () => {
        if (pendingBytes === 0)
            return;
        const buffers = pending;
        const bytes = pendingBytes;
        pending = [];
        pendingBytes = 0;
        await handle.writev(buffers, pos);
        pos += bytes;
        hash?.upTo(pos);
        progress.advance(bytes);
    };
    try {
        for await (const chunk of res.body) {
            const buf = chunk;
            pending.push(buf);
            pendingBytes += buf.length;
            if (pendingBytes >= WRITE_BATCH)
                await flush();
        }
    }
    catch (err) {
        await flush();
        throw Object.assign(err, { position: pos });
    }
    await flush();
    await handle.truncate(pos);
    return pos;
}


/***/ }),

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ transferError),
/* harmony export */   header: () => (/* binding */ header),
/* harmony export */   rawRequest: () => (/* binding */ rawRequest)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1915);
/* harmony import */ var _transport__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3586);
/**
 * Byte transfers (file downloads and upload PUTs) outside the JSON RPCs. They use Node's own
 * `http`/`https` with keep-alive agents: Node streams, connection pooling, and nothing to load
 * (the undici package alone adds about 30 MiB of memory). Only with a proxy configured is
 * undici loaded, for its proxy agent.
 */





const agents = {
    "http:": new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true, maxSockets: 16, keepAliveMsecs: 10_000 }),
    "https:": new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, maxSockets: 16, keepAliveMsecs: 10_000 }),
};
function header(res, name) {
    const v = res.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
/** Bodies larger than this are not read to the end to reuse a connection: it is closed. */
const DUMP_LIMIT = 128 << 10;
function wrapBody(stream, contentLength) {
    const body = stream;
    body.dump = async () => {
        if (stream.readableEnded || stream.destroyed)
            return;
        if (contentLength === undefined || contentLength > DUMP_LIMIT) {
            stream.destroy();
            return;
        }
        stream.resume();
        await new Promise((resolve) => {
            stream.once("end", resolve);
            stream.once("close", resolve);
            stream.once("error", () => resolve());
        });
    };
    body.text = async () => {
        const chunks = [];
        for await (const chunk of stream)
            chunks.push(chunk);
        return Buffer.concat(chunks).toString("utf8");
    };
    return body;
}
/** One exchange over Node's http/https. */
function nodeRequest(req, url, headers) {
    const target = new URL(url);
    const mod = target.protocol === "https:" ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
    const agent = agents[target.protocol];
    if (!agent)
        return Promise.reject(new _errors__WEBPACK_IMPORTED_MODULE_3__/* .KaggleApiError */ .cc(`Unsupported URL scheme in ${(0,_transport__WEBPACK_IMPORTED_MODULE_4__/* .printableUrl */ .Zq)(url)}`, { status: 0 }));
    return new Promise((resolve, reject) => {
        const outgoing = mod.request(target, { method: req.method, headers, agent, ...(req.signal ? { signal: req.signal } : {}) }, (res) => {
            res.setTimeout(req.idleTimeoutMs, () => res.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
            const length = res.headers["content-length"];
            resolve({
                url,
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: wrapBody(res, length === undefined ? undefined : Number(length)),
            });
        });
        outgoing.setTimeout(req.headersTimeoutMs, () => outgoing.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
        outgoing.on("error", reject);
        const body = req.body;
        if (body === undefined || body === null) {
            outgoing.end();
        }
        else if (typeof body === "string" || Buffer.isBuffer(body)) {
            outgoing.end(body);
        }
        else {
            const source = typeof body.pipe === "function" ? body : node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(body);
            source.on("error", (err) => outgoing.destroy(err));
            source.pipe(outgoing);
        }
    });
}
/** One exchange through undici's proxy agent (loaded only when a proxy is configured). */
async function proxiedRequest(req, url, headers) {
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    const dispatcher = new undici.ProxyAgent({ uri: req.proxy });
    const res = await undici.request(url, {
        method: req.method,
        headers,
        body: req.body,
        dispatcher,
        headersTimeout: req.headersTimeoutMs,
        bodyTimeout: req.idleTimeoutMs,
        ...(req.signal ? { signal: req.signal } : {}),
    });
    const length = res.headers["content-length"];
    const stream = res.body;
    return {
        url,
        status: res.statusCode,
        headers: res.headers,
        body: wrapBody(stream, typeof length === "string" ? Number(length) : undefined),
    };
}
/**
 * One HTTP exchange, following GET/HEAD redirects by hand so that `Authorization` never
 * reaches another origin. Connection failures become {@link ConnectionError}.
 */
async function rawRequest(req) {
    let url = req.url;
    for (let hop = 0;; hop++) {
        const headers = { ...req.headers };
        if (req.authorization && new URL(url).origin === req.authorization.origin) {
            headers.authorization = req.authorization.value;
        }
        let res;
        try {
            res = req.proxy ? await proxiedRequest(req, url, headers) : await nodeRequest(req, url, headers);
        }
        catch (err) {
            throw transferError(err, url);
        }
        const location = header(res, "location");
        const follow = [301, 302, 303, 307, 308].includes(res.status);
        if (follow && location && (req.method === "GET" || req.method === "HEAD")) {
            await res.body.dump();
            if (hop >= _transport__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REDIRECTS */ .NX)
                throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .KaggleApiError */ .cc(`Too many redirects from ${(0,_transport__WEBPACK_IMPORTED_MODULE_4__/* .printableUrl */ .Zq)(req.url)}`, { status: res.status });
            url = new URL(location, url).toString();
            continue;
        }
        return res;
    }
}
/** Maps socket errors and timeouts to a ConnectionError that names the host, not the query. */
function transferError(err, url) {
    if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_3__/* .KaggleApiError */ .cc)
        return err;
    const e = err;
    const timedOut = e.code === "ETIMEDOUT" || e.code === "UND_ERR_BODY_TIMEOUT" || e.code === "UND_ERR_HEADERS_TIMEOUT";
    const what = timedOut ? "timed out" : (e.code ?? e.message ?? String(err));
    const out = new _errors__WEBPACK_IMPORTED_MODULE_3__/* .ConnectionError */ .Rc(`Transfer from ${(0,_transport__WEBPACK_IMPORTED_MODULE_4__/* .printableUrl */ .Zq)(url)} failed: ${what}`);
    if (e.code === "ECONNREFUSED")
        Object.assign(out, { neverConnected: true });
    return out;
}


/***/ }),

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ noProgress)
/* harmony export */ });
/* unused harmony export humanSize */
const noProgress = { start() { }, advance() { }, finish() { } };
/** Human size the way Kaggle prints it: `352B`, `150KB`, `11MB`, `2GB`. */
function humanSize(bytes) {
    const units = ["B", "KB", "MB", "GB", "TB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${Math.round(value)}${units[unit]}`;
}


/***/ }),

/***/ 390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   QN: () => (/* binding */ requestHead),
/* harmony export */   st: () => (/* binding */ readyEvent),
/* harmony export */   ww: () => (/* binding */ parseHead)
/* harmony export */ });
/* unused harmony export MAX_HEAD_BYTES */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The little of HTTP/1.1 that the fast transfer paths need: a socket (TCP or TLS) to the URL's
 * host, the request head, and the parsing of a response head. Everything else goes through
 * undici; see fastget.ts and fastput.ts for when these paths are used.
 */


const MAX_HEAD_BYTES = 64 << 10;
/** Opens a connection to the URL's host; `onread` reads into caller-owned memory. */
function connect(url, onread) {
    const secure = url.protocol === "https:";
    const port = Number(url.port || (secure ? 443 : 80));
    const options = { host: url.hostname, port, ...(onread ? { onread } : {}) };
    const socket = secure
        ? node_tls__WEBPACK_IMPORTED_MODULE_1___default().connect({ ...options, servername: node_net__WEBPACK_IMPORTED_MODULE_0___default().isIP(url.hostname) ? "" : url.hostname })
        : node_net__WEBPACK_IMPORTED_MODULE_0___default().connect(options);
    socket.setNoDelay(true);
    return socket;
}
/** The event that says the socket is ready for the request. */
function readyEvent(url) {
    return url.protocol === "https:" ? "secureConnect" : "connect";
}
/** `METHOD path HTTP/1.1` with Host, the given headers and `Connection: close`. */
function requestHead(method, url, headers) {
    const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, "Connection: close"];
    for (const [k, v] of Object.entries(headers))
        lines.push(`${k}: ${v}`);
    return `${lines.join("\r\n")}\r\n\r\n`;
}
/** Parses a response head from the bytes received so far; undefined until it is complete. */
function parseHead(received) {
    const end = received.indexOf("\r\n\r\n");
    if (end === -1) {
        if (received.length > MAX_HEAD_BYTES)
            throw new Error("response head too large");
        return undefined;
    }
    const lines = received.subarray(0, end).toString("latin1").split("\r\n");
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? "")?.[1]);
    if (!status)
        throw new Error(`not an HTTP response: ${JSON.stringify(lines[0]?.slice(0, 40))}`);
    const headers = {};
    for (const line of lines.slice(1)) {
        const i = line.indexOf(":");
        if (i > 0)
            headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    return { status, headers, rest: received.subarray(end + 4) };
}


/***/ })

};
