export const id = 983;
export const ids = [983];
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


/***/ })

};
