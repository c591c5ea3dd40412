export const id = 405;
export const ids = [405,983];
export const modules = {

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


/***/ }),

/***/ 7405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadFile: () => (/* binding */ uploadFile)
});

// UNUSED EXPORTS: probeUpload

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
;// CONCATENATED MODULE: ./src/core/fastput.ts
/**
 * The bytes of a large upload, sent from the file through a ring of four reused 1 MiB buffers:
 * a buffer is refilled only once the socket has written it, so memory stays flat and nothing
 * is allocated per chunk. Used for one `PUT` with a known length; see upload.ts.
 */




const RING = 4;
const CHUNK = 1 << 20;
/** Resolves with the response head once the server has answered. */
function fastPut(opts) {
    const url = new URL(opts.url);
    return new Promise((resolve, reject) => {
        let received = Buffer.alloc(0);
        let head;
        let settled = false;
        let handle;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            socket.destroy();
            void handle?.close().catch(() => { });
            reject(err);
        };
        const done = () => {
            if (settled || !head)
                return;
            settled = true;
            socket.destroy();
            void handle?.close().catch(() => { });
            resolve(head);
        };
        const socket = (0,raw_http/* connect */.Ng)(url);
        socket.setTimeout(opts.idleTimeoutMs, () => fail(new errors/* ConnectionError */.Rc(`Upload to ${(0,transport/* printableUrl */.Zq)(opts.url)} failed: timed out`)));
        socket.on("data", (chunk) => {
            received = Buffer.concat([received, chunk]);
            try {
                head ??= (0,raw_http/* parseHead */.ww)(received);
            }
            catch (err) {
                fail(new errors/* ConnectionError */.Rc(`Upload to ${(0,transport/* printableUrl */.Zq)(opts.url)} failed: ${err.message}`));
                return;
            }
            if (head && head.rest.length >= Number(head.headers["content-length"] ?? Infinity))
                done();
        });
        socket.on("end", done);
        socket.on("close", () => {
            if (head)
                done();
            else
                fail(new errors/* ConnectionError */.Rc(`Upload to ${(0,transport/* printableUrl */.Zq)(opts.url)} failed: the connection closed before a response`));
        });
        socket.on("error", (err) => {
            if (head)
                done();
            else
                fail(new errors/* ConnectionError */.Rc(`Upload to ${(0,transport/* printableUrl */.Zq)(opts.url)} failed: ${err.code ?? err.message}`));
        });
        const onAbort = () => fail(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error("aborted"));
        opts.signal?.addEventListener("abort", onAbort, { once: true });
        socket.once((0,raw_http/* readyEvent */.st)(url), async () => {
            try {
                socket.write((0,raw_http/* requestHead */.QN)("PUT", url, opts.headers));
                handle = await external_node_fs_default().promises.open(opts.file, "r");
                const free = Array.from({ length: RING }, () => Buffer.allocUnsafe(CHUNK));
                let wake;
                let pos = opts.from;
                while (pos < opts.to && !settled && !head) {
                    while (free.length === 0 && !settled)
                        await new Promise((r) => (wake = r));
                    if (settled)
                        break;
                    const buf = free.pop();
                    const { bytesRead } = await handle.read(buf, 0, Math.min(CHUNK, opts.to - pos), pos);
                    if (bytesRead === 0)
                        throw new Error(`${opts.file} ended at byte ${pos}, before the ${opts.to} bytes announced`);
                    pos += bytesRead;
                    socket.write(bytesRead === CHUNK ? buf : buf.subarray(0, bytesRead), () => {
                        opts.onSent(bytesRead);
                        free.push(buf);
                        const w = wake;
                        wake = undefined;
                        w?.();
                    });
                }
            }
            catch (err) {
                fail(err instanceof Error ? err : new Error(String(err)));
            }
        });
    });
}

// EXTERNAL MODULE: ./src/core/http.ts
var http = __webpack_require__(1983);
// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __webpack_require__(4664);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(7253);
;// CONCATENATED MODULE: ./src/core/upload.ts
/**
 * Upload of one file to the `createUrl` a start RPC handed out: a streamed `PUT` of the raw
 * bytes with no Authorization. After a dropped connection the upload is resumed with Google
 * Cloud Storage's resumable protocol: a `Content-Range: bytes * /N` probe, a `308` whose
 * `Range` says what arrived, then a `PUT` of the rest.
 */








const COMPLETE = new Set([200, 201]);
/** Asks the upload session how many bytes it holds: `size` when complete. */
async function probeUpload(opts) {
    const res = await (0,http.rawRequest)({
        method: "PUT",
        url: opts.url,
        headers: { "content-length": "0", "content-range": `bytes */${opts.size}` },
        body: null,
        headersTimeoutMs: opts.idleTimeoutMs ?? 60_000,
        idleTimeoutMs: opts.idleTimeoutMs ?? 60_000,
        proxy: opts.proxy,
    });
    await res.body.dump().catch(() => { });
    if (COMPLETE.has(res.status))
        return opts.size;
    if (res.status === 308) {
        const range = (0,http.header)(res, "range");
        if (!range)
            return 0;
        const m = /^bytes=0-(\d+)$/.exec(range);
        if (!m)
            throw new errors/* KaggleApiError */.cc(`Invalid Range header from the upload server: ${range}`, { status: 308 });
        return Number(m[1]) + 1;
    }
    if (res.status === 404 || res.status === 410) {
        throw new errors/* KaggleApiError */.cc(`Upload of ${opts.file} expired; start it again`, { status: res.status });
    }
    throw uploadFailed(res.status, opts);
}
function uploadFailed(status, opts) {
    const err = new errors/* KaggleApiError */.cc(`Upload of ${opts.file} failed: ${status} ${(0,transport/* httpReason */.Pd)(status)} from ${(0,transport/* printableUrl */.Zq)(opts.url)}`, { status });
    return err;
}
/**
 * The file's bytes as undici pulls them, counted for progress. (A `data` listener would switch
 * the stream to flowing mode before undici reads it, and chunks could be lost.)
 */
async function* counted(stream, progress) {
    for await (const chunk of stream) {
        progress.advance(chunk.length);
        yield chunk;
    }
}
/** Below this many bytes a pooled keep-alive connection beats a new one. */
const FAST_PATH_MIN = 8 << 20;
/** Sends bytes `[from, size)` of the file in one PUT; resolves with the HTTP status. */
async function put(opts, from, progress) {
    const headers = { "content-length": String(opts.size - from) };
    if (from > 0)
        headers["content-range"] = `bytes ${from}-${opts.size - 1}/${opts.size}`;
    if (opts.size - from >= FAST_PATH_MIN && !opts.proxy) {
        const head = await fastPut({
            url: opts.url,
            file: opts.file,
            from,
            to: opts.size,
            headers,
            idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
            onSent: (n) => progress.advance(n),
            ...(opts.signal ? { signal: opts.signal } : {}),
        });
        return head.status;
    }
    // Read buffers no larger than the file: a 1 MiB buffer per 100 KiB file is mostly garbage.
    const highWaterMark = Math.min(1 << 20, Math.max(16 << 10, opts.size - from));
    const body = opts.size - from === 0 ? null : counted(external_node_fs_default().createReadStream(opts.file, { start: from, end: opts.size - 1, highWaterMark }), progress);
    const res = await (0,http.rawRequest)({
        method: "PUT",
        url: opts.url,
        headers,
        body,
        headersTimeoutMs: opts.idleTimeoutMs ?? 120_000,
        idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
        proxy: opts.proxy,
        ...(opts.signal ? { signal: opts.signal } : {}),
    });
    await res.body.dump().catch(() => { });
    return res.status;
}
async function uploadFile(opts) {
    const policy = { ...retry/* DEFAULT_RETRY_POLICY */.cO, ...opts.retry };
    const progress = opts.progress ?? core_progress/* noProgress */.n;
    const stat = await external_node_fs_default().promises.stat(opts.file);
    if (stat.size !== opts.size) {
        throw new errors/* KaggleApiError */.cc(`${opts.file} changed size while uploading (${opts.size} → ${stat.size} bytes); run the command again`, { status: 0 });
    }
    let from = opts.resume ? await probeUpload(opts) : 0;
    const resumedFrom = from;
    progress.start(external_node_path_default().basename(opts.file), opts.size, from);
    try {
        if (from >= opts.size && opts.size > 0)
            return { sent: 0, resumedFrom };
        for (let failures = 0;;) {
            let status;
            try {
                status = await put(opts, from, progress);
            }
            catch (err) {
                status = -1;
                const error = (0,http/* transferError */.c)(err, opts.url);
                if (!(error instanceof errors/* ConnectionError */.Rc) || opts.signal?.aborted)
                    throw error;
                failures++;
                if (failures >= policy.maxAttempts)
                    throw error;
                const delay = (0,retry/* backoffDelay */.EY)(policy, failures);
                opts.logger.warn(`Upload of ${opts.file} interrupted (${error.message}); resuming in ${(delay / 1000).toFixed(1)} s (attempt ${failures + 1} of ${policy.maxAttempts})`);
                await opts.clock.sleep(delay, opts.signal);
                from = await probeUpload(opts);
                if (from >= opts.size)
                    return { sent: opts.size - resumedFrom, resumedFrom };
                continue;
            }
            if (COMPLETE.has(status))
                return { sent: opts.size - resumedFrom, resumedFrom };
            if (status === 308 || status === 503 || status === 500 || status === 502 || status === 504 || status === 429) {
                failures++;
                if (failures >= policy.maxAttempts)
                    throw uploadFailed(status, opts);
                await opts.clock.sleep((0,retry/* backoffDelay */.EY)(policy, failures), opts.signal);
                from = await probeUpload(opts);
                if (from >= opts.size)
                    return { sent: opts.size - resumedFrom, resumedFrom };
                continue;
            }
            throw uploadFailed(status, opts);
        }
    }
    finally {
        progress.finish();
    }
}


/***/ })

};
