export const id = 763;
export const ids = [763];
export const modules = {

/***/ 9764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ QUIET),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   WP: () => (/* binding */ WP),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   cP: () => (/* binding */ downloadDir),
/* harmony export */   gd: () => (/* binding */ PAGE_TOKEN),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   kf: () => (/* binding */ pageOptions),
/* harmony export */   md: () => (/* binding */ PAGE_SIZE),
/* harmony export */   pf: () => (/* binding */ CSV),
/* harmony export */   s6: () => (/* binding */ LIST_EXCLUSIVE),
/* harmony export */   uB: () => (/* binding */ FORMAT),
/* harmony export */   vh: () => (/* binding */ checkPageSize),
/* harmony export */   wj: () => (/* binding */ FORCE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/** Flags and helpers several command groups share. */


const CSV = { flags: ["-v", "--csv"], type: "bool", help: "Print results in CSV format (if not set print in table format)" };
const FORMAT = {
    flags: ["--format"],
    help: "Output format: table (default), csv or json, optionally with fields, e.g. json(ref,title). Default from KAGGLE_OUTPUT_FORMAT",
};
const QUIET = { flags: ["-q", "--quiet"], type: "bool", help: "Suppress printing information about the upload/download progress" };
const PAGE_SIZE = { flags: ["--page-size"], type: "int", help: "Number of items to show on a page. Default size is 20, max is 200" };
const PAGE_TOKEN = { flags: ["--page-token"], help: "Page token for results paging" };
const FORCE = { flags: ["-o", "--force"], type: "bool", help: "Skip check whether local version of file is up to date, force file download" };
const WP = { flags: ["-w", "--wp"], type: "bool", help: "Download files to current working path" };
const LIST_EXCLUSIVE = [["csv", "format"]];
function str(args, name) {
    const v = args[name];
    return typeof v === "string" ? v : undefined;
}
function int(args, name) {
    const v = args[name];
    return typeof v === "number" ? v : undefined;
}
function flag(args, name) {
    return args[name] === true;
}
/** `--page-size` and `--page-token` as request options; `defaultSize` is sent when none is given. */
function pageOptions(args, defaultSize) {
    const size = int(args, "page_size") ?? defaultSize;
    const token = str(args, "page_token");
    return { ...(size !== undefined ? { pageSize: size } : {}), ...(token !== undefined ? { pageToken: token } : {}) };
}
/** Rejects a page size the API cannot serve, before any request. */
function checkPageSize(value, max = 200) {
    if (value !== undefined && (value < 1 || value > max)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--page-size must be between 1 and ${max}, got ${value}`);
    }
}
/**
 * The download folder: `-p`, `-w` (current folder), the `path` config value joined with the
 * sub-folders (e.g. `competitions/<name>`), or the current folder.
 */
function downloadDir(ctx, args, ...subdirs) {
    const explicit = str(args, "path");
    if (explicit)
        return explicit;
    if (flag(args, "wp"))
        return ".";
    const configured = ctx.config("path");
    return configured ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(configured, ...subdirs) : ".";
}


/***/ }),

/***/ 6763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CommandFailed: () => (/* binding */ CommandFailed),
  EXIT: () => (/* binding */ EXIT),
  main: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * A small argparse work-alike: the official CLI is built on Python's argparse, so its users
 * know its usage lines, its `-h` layout, its error lines and its exit code 2. Commands are
 * declared as data; their code is loaded only when they run.
 */
class UsageError extends Error {
    usage;
    prog;
    constructor(message, usage, prog) {
        super(message);
        this.usage = usage;
        this.prog = prog;
        this.name = "UsageError";
    }
}
class HelpRequested extends Error {
    text;
    constructor(text) {
        super("help");
        this.text = text;
    }
}
const HELP_OPTION = { flags: ["-h", "--help"], type: "bool", help: "show this help message and exit" };
function destOf(o) {
    if (o.dest)
        return o.dest;
    const long = o.flags.find((f) => f.startsWith("--")) ?? o.flags[0];
    return long.replace(/^-+/, "").replace(/-/g, "_");
}
function metavarOf(o) {
    if (o.metavar)
        return o.metavar;
    if (o.choices)
        return `{${o.choices.join(",")}}`;
    return destOf(o).toUpperCase();
}
function optionUsage(o) {
    const flag = o.flags[0];
    const body = o.type === "bool" ? flag : `${flag} ${metavarOf(o)}`;
    return o.required ? body : `[${body}]`;
}
function usageLine(prog, spec) {
    const parts = [`usage: ${prog}`, "[-h]"];
    for (const o of spec.options ?? [])
        if (!o.hidden)
            parts.push(optionUsage(o));
    if (spec.subcommands?.length) {
        parts.push(`{${spec.subcommands.map((s) => s.name).join(",")}}`, "...");
    }
    for (const p of spec.positionals ?? [])
        parts.push(p.optional ? `[${p.name}]` : p.name);
    return wrapUsage(parts, prog);
}
function wrapUsage(parts, prog) {
    const width = Math.max(60, Math.min(process.stdout.columns ?? 100, 120) - 2);
    const lines = [];
    let line = "";
    const indent = " ".repeat(`usage: ${prog} `.length);
    for (const part of parts) {
        if (line && line.length + 1 + part.length > width) {
            lines.push(line);
            line = indent + part;
        }
        else {
            line = line ? `${line} ${part}` : part;
        }
    }
    lines.push(line);
    return lines.join("\n");
}
function wrapText(text, width) {
    const out = [];
    for (const paragraph of text.split("\n")) {
        let line = "";
        for (const word of paragraph.split(/\s+/).filter(Boolean)) {
            if (line && line.length + 1 + word.length > width) {
                out.push(line);
                line = word;
            }
            else {
                line = line ? `${line} ${word}` : word;
            }
        }
        out.push(line);
    }
    return out;
}
function helpRows(rows) {
    const lines = [];
    const col = 24;
    const width = Math.max(40, Math.min(process.stdout.columns ?? 100, 120) - col - 2);
    for (const [left, text] of rows) {
        const wrapped = text ? wrapText(text, width) : [];
        if (`  ${left}`.length <= col - 2) {
            lines.push(`  ${left}`.padEnd(col) + (wrapped.shift() ?? "").trimEnd());
        }
        else {
            lines.push(`  ${left}`);
        }
        for (const w of wrapped)
            lines.push(" ".repeat(col) + w);
    }
    return lines.map((l) => l.trimEnd());
}
function helpText(prog, spec) {
    const out = [usageLine(prog, spec), ""];
    if (spec.description ?? spec.help)
        out.push(spec.description ?? spec.help, "");
    if (spec.subcommands?.length) {
        out.push("commands:");
        out.push(...helpRows(spec.subcommands.map((s) => [[s.name, ...(s.aliases ?? [])].join(", "), s.help])));
        out.push("");
    }
    if (spec.positionals?.length) {
        out.push("positional arguments:");
        out.push(...helpRows(spec.positionals.map((p) => [p.name, p.help ?? ""])));
        out.push("");
    }
    const options = [HELP_OPTION, ...(spec.options ?? [])].filter((o) => !o.hidden);
    out.push("options:");
    out.push(...helpRows(options.map((o) => [
        o.flags.map((f) => (o.type === "bool" ? f : `${f} ${metavarOf(o)}`)).join(", "),
        o.help ?? "",
    ])));
    if (spec.epilog)
        out.push("", spec.epilog);
    return `${out.join("\n")}\n`;
}
/** Walks argv down the command tree and parses the leaf command's flags. */
function parse(root, argv, rootProg = "kaggle") {
    let spec = root;
    let prog = rootProg;
    const path = [root];
    let rest = [...argv];
    const globalArgs = {};
    // Descend through sub-commands; options before the sub-command belong to the parent.
    for (;;) {
        if (!spec.subcommands?.length)
            break;
        const parentArgs = [];
        let i = 0;
        for (; i < rest.length; i++) {
            const a = rest[i];
            if (!a.startsWith("-"))
                break;
            parentArgs.push(a);
        }
        const parsedParent = parseFlags(spec, prog, parentArgs);
        if (parsedParent.help)
            throw new HelpRequested(helpText(prog, spec));
        if (i >= rest.length) {
            if (parentArgs.length)
                return { path, prog, args: parsedParent };
            throw new UsageError(`the following arguments are required: command`, usageLine(prog, spec), prog);
        }
        const word = rest[i];
        const sub = spec.subcommands.find((s) => s.name === word || s.aliases?.includes(word));
        if (!sub) {
            const choices = spec.subcommands.flatMap((s) => [s.name, ...(s.aliases ?? [])]).map((c) => `'${c}'`);
            throw new UsageError(`argument command: invalid choice: '${word}' (choose from ${choices.join(", ")})`, usageLine(prog, spec), prog);
        }
        if (path.length === 1 && parentArgs.length)
            Object.assign(globalArgs, parsedParent);
        spec = sub;
        prog = `${prog} ${sub.name}`;
        path.push(sub);
        rest = rest.slice(i + 1);
    }
    const args = parseFlags(spec, prog, rest);
    if (args.help)
        throw new HelpRequested(helpText(prog, spec));
    return { path, prog, args: { ...globalArgs, ...args } };
}
function parseFlags(spec, prog, argv) {
    const options = [HELP_OPTION, ...(spec.options ?? [])];
    const usage = usageLine(prog, spec);
    const fail = (msg) => {
        throw new UsageError(msg, usage, prog);
    };
    const byFlag = new Map();
    for (const o of options)
        for (const f of o.flags)
            byFlag.set(f, o);
    const out = {};
    const positionals = [];
    const seen = new Map();
    const unknown = [];
    const store = (o, flag, raw) => {
        const dest = destOf(o);
        seen.set(dest, o.flags.join("/"));
        if (o.type === "bool") {
            out[dest] = true;
            return;
        }
        if (raw === undefined)
            fail(`argument ${o.flags.join("/")}: expected one argument`);
        const value = raw;
        if (o.choices && !o.choices.includes(value)) {
            fail(`argument ${o.flags.join("/")}: invalid choice: '${value}' (choose from ${o.choices.map((c) => `'${c}'`).join(", ")})`);
        }
        if (o.type === "int") {
            if (!/^[-+]?\d+$/.test(value.trim()))
                fail(`argument ${o.flags.join("/")}: invalid int value: '${value}'`);
            out[dest] = Number.parseInt(value, 10);
        }
        else if (o.repeat) {
            const prev = out[dest];
            out[dest] = [...(Array.isArray(prev) ? prev : []), value];
        }
        else {
            out[dest] = value;
        }
        void flag;
    };
    const looksLikeFlag = (s) => s.startsWith("-") && s.length > 1 && !/^-\d/.test(s);
    /** The argument after option `o` at index `i`, which must not itself look like a flag. */
    const nextValue = (o, i) => {
        const next = argv[i + 1];
        if (next === undefined || looksLikeFlag(next))
            fail(`argument ${o.flags.join("/")}: expected one argument`);
        return next;
    };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === "--") {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (a.startsWith("--")) {
            const eq = a.indexOf("=");
            const flag = eq === -1 ? a : a.slice(0, eq);
            const o = byFlag.get(flag) ?? uniquePrefix(options, flag);
            if (!o) {
                unknown.push(a);
                continue;
            }
            if (o.type === "bool") {
                if (eq !== -1)
                    fail(`argument ${o.flags.join("/")}: ignored explicit argument '${a.slice(eq + 1)}'`);
                store(o, flag, undefined);
            }
            else if (eq !== -1) {
                store(o, flag, a.slice(eq + 1));
            }
            else {
                store(o, flag, nextValue(o, i));
                i++;
            }
            continue;
        }
        if (looksLikeFlag(a)) {
            const flag = a.slice(0, 2);
            const o = byFlag.get(flag);
            if (!o) {
                unknown.push(a);
                continue;
            }
            if (o.type === "bool") {
                store(o, flag, undefined);
                // Bundled short flags: `-qo`.
                for (const ch of a.slice(2)) {
                    const more = byFlag.get(`-${ch}`);
                    if (!more || more.type !== "bool")
                        fail(`argument ${o.flags.join("/")}: ignored explicit argument '${a.slice(2)}'`);
                    store(more, `-${ch}`, undefined);
                }
            }
            else if (a.length > 2) {
                store(o, flag, a.slice(2));
            }
            else {
                store(o, flag, nextValue(o, i));
                i++;
            }
            continue;
        }
        positionals.push(a);
    }
    if (out.help)
        return out;
    const specs = spec.positionals ?? [];
    for (let i = 0; i < specs.length; i++) {
        const p = specs[i];
        if (i < positionals.length)
            out[p.name] = positionals[i];
    }
    if (positionals.length > specs.length)
        unknown.push(...positionals.slice(specs.length));
    if (unknown.length)
        fail(`unrecognized arguments: ${unknown.join(" ")}`);
    const missing = [
        ...options.filter((o) => o.required && out[destOf(o)] === undefined).map((o) => o.flags.join("/")),
        ...specs.filter((p, i) => !p.optional && i >= positionals.length).map((p) => p.name),
    ];
    if (missing.length)
        fail(`the following arguments are required: ${missing.join(", ")}`);
    for (const [a, b] of spec.exclusive ?? []) {
        if (seen.has(a) && seen.has(b))
            fail(`argument ${seen.get(b)}: not allowed with argument ${seen.get(a)}`);
    }
    return out;
}
function uniquePrefix(options, flag) {
    const matches = options.filter((o) => o.flags.some((f) => f.startsWith("--") && f.startsWith(flag)));
    return matches.length === 1 ? matches[0] : undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/core/config.ts
var config = __webpack_require__(4489);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/credentials.ts
/**
 * Where credentials come from, in the official CLI's order (kaggle 2.x):
 *   1. an access token: inside a Kaggle notebook the file named by `KAGGLE_API_V1_TOKEN`, then
 *      `KAGGLE_API_TOKEN` (a value, or the path of a file holding it), then
 *      `~/.kaggle/access_token`, then `~/.kaggle/access_token.txt`;
 *   2. a legacy API key: `username`/`key` from `kaggle.json` with `KAGGLE_USERNAME`/`KAGGLE_KEY`
 *      on top;
 *   3. OAuth credentials saved by `kaggle auth login` in `~/.kaggle/credentials.json`.
 * Token files are always looked up under `~/.kaggle`, never `KAGGLE_CONFIG_DIR`, as upstream.
 */



function readTrimmed(file) {
    try {
        const text = external_node_fs_default().readFileSync(file, "utf8").trim();
        return text === "" ? undefined : text;
    }
    catch {
        return undefined;
    }
}
function isFile(candidate) {
    try {
        return external_node_fs_default().statSync(candidate).isFile();
    }
    catch {
        return false;
    }
}
/** The access token sources of step 1, first hit wins. */
function findAccessToken(host) {
    const { env } = host;
    if (env.KAGGLE_KERNEL_RUN_TYPE && env.KAGGLE_DATA_PROXY_URL && env.KAGGLE_API_V1_TOKEN) {
        const token = readTrimmed(env.KAGGLE_API_V1_TOKEN);
        if (token)
            return { token, source: "KAGGLE_API_V1_TOKEN" };
    }
    const fromEnv = env.KAGGLE_API_TOKEN?.trim();
    if (fromEnv) {
        if (isFile(fromEnv)) {
            const token = readTrimmed(fromEnv);
            if (token)
                return { token, source: `KAGGLE_API_TOKEN (file ${fromEnv})` };
        }
        else {
            return { token: fromEnv, source: "KAGGLE_API_TOKEN" };
        }
    }
    for (const name of ["access_token", "access_token.txt"]) {
        const file = external_node_path_default().join(host.home, ".kaggle", name);
        const token = readTrimmed(file);
        if (token)
            return { token, source: file };
    }
    return undefined;
}
/** The legacy key of step 2, from the merged configuration. */
function findApiKey(values, source) {
    const username = (0,config/* configString */.Kt)(values, "username");
    const key = (0,config/* configString */.Kt)(values, "key");
    if (!username || !key)
        return undefined;
    return { method: "LEGACY_API_KEY", username, key, source };
}
/** An unexpired access token saved by `kaggle auth login` (step 3); refreshing is not done here. */
function findOAuthCredentials(host, now) {
    const file = external_node_path_default().join(host.home, ".kaggle", "credentials.json");
    const text = readTrimmed(file);
    if (!text)
        return undefined;
    try {
        const creds = JSON.parse(text);
        const token = typeof creds.access_token === "string" ? creds.access_token : "";
        const expiry = Date.parse(String(creds.access_token_expiration ?? ""));
        if (!token || (Number.isFinite(expiry) && expiry <= now))
            return undefined;
        const username = typeof creds.username === "string" ? creds.username : undefined;
        return { method: "OAUTH", token, ...(username ? { username } : {}), source: file };
    }
    catch {
        return undefined;
    }
}
/** The `Authorization` header value for a set of credentials. */
function authorizationHeader(creds) {
    if (creds.method === "LEGACY_API_KEY") {
        return `Basic ${Buffer.from(`${creds.username}:${creds.key}`).toString("base64")}`;
    }
    return `Bearer ${creds.token}`;
}
/** Every string derived from credentials that must never be printed. */
function secretsOf(creds) {
    if (!creds)
        return [];
    if (creds.method === "LEGACY_API_KEY") {
        const basic = Buffer.from(`${creds.username}:${creds.key}`).toString("base64");
        return [creds.key, basic];
    }
    return [creds.token];
}

// EXTERNAL MODULE: ./src/core/env.ts
var env = __webpack_require__(8792);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/types/common.ts
var common = __webpack_require__(8712);
;// CONCATENATED MODULE: ./src/core/resources/blobs.ts

class BlobsResource {
    client;
    constructor(client) {
        this.client = client;
    }
    /** Asks for an upload URL for one file; the answer's `token` names the blob afterwards. */
    startUpload(request) {
        const body = {
            ...(request.type && request.type !== "API_BLOB_TYPE_UNSPECIFIED" ? { type: request.type } : {}),
            name: request.name,
            ...(request.contentType !== undefined ? { contentType: request.contentType } : {}),
            ...(request.contentLength ? { contentLength: request.contentLength } : {}),
            ...(request.lastModifiedEpochSeconds !== undefined ? { lastModifiedEpochSeconds: request.lastModifiedEpochSeconds } : {}),
        };
        return this.client.call(common/* Services */.x.blobs, "StartBlobUpload", body);
    }
}

// EXTERNAL MODULE: ./src/core/resources/competitions.ts
var competitions = __webpack_require__(1317);
// EXTERNAL MODULE: ./src/core/resources/datasets.ts
var datasets = __webpack_require__(7032);
// EXTERNAL MODULE: ./src/core/resources/kernels.ts + 1 modules
var kernels = __webpack_require__(6313);
// EXTERNAL MODULE: ./src/core/transport.ts
var transport = __webpack_require__(3586);
;// CONCATENATED MODULE: ./src/core/client.ts
/**
 * The Kaggle API client: one transport, one set of credentials, one resource object per
 * Kaggle service. Constructing it reads nothing; credentials and config are looked up on the
 * first call that needs them.
 */











const CLIENT_VERSION = "0.1.0";
const NO_CREDENTIALS_MESSAGE = "No Kaggle credentials found: set KAGGLE_USERNAME and KAGGLE_KEY, or KAGGLE_API_TOKEN, or save kaggle.json " +
    "(Settings > API > Create New Token on kaggle.com) in ";
class KaggleClient {
    host;
    transport;
    logger;
    clock;
    competitions;
    datasets;
    kernels;
    blobs;
    options;
    config;
    creds = null;
    fallback;
    tokenUser;
    constructor(options = {}) {
        this.options = options;
        this.host = options.host ?? (0,env/* currentHost */.sF)();
        this.logger = options.logger ?? env/* silentLogger */.qq;
        this.clock = options.clock ?? env/* systemClock */.ml;
        const proxy = options.proxy ?? (0,transport/* proxyFromEnv */.kE)(this.host.env, undefined);
        this.transport = new transport/* Transport */.oK({
            endpoint: options.endpoint ?? (0,transport/* resolveEndpoint */.sO)(this.host.env),
            authorization: () => {
                const creds = this.credentials();
                return creds ? authorizationHeader(creds) : undefined;
            },
            secrets: () => this.secrets(),
            logger: this.logger,
            clock: this.clock,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.retry ? { retry: options.retry } : {}),
            ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
            ...(proxy ? { proxy } : {}),
            userAgent: options.userAgent ?? `kaggle-actions/${CLIENT_VERSION}`,
        });
        this.competitions = new competitions/* CompetitionsResource */.HR(this);
        this.datasets = new datasets/* DatasetsResource */.Ku(this);
        this.kernels = new kernels/* KernelsResource */.Tj(this);
        this.blobs = new BlobsResource(this);
    }
    /** `kaggle.json` merged with the `KAGGLE_*` environment. */
    configuration() {
        this.config ??= (0,config/* loadConfig */.Z9)(this.host);
        return this.config;
    }
    configValue(name) {
        return (0,config/* configString */.Kt)(this.configuration().values, name);
    }
    /** The credentials in effect, looked up once in the official order; undefined if none. */
    credentials() {
        if (this.creds !== null)
            return this.creds;
        if (this.options.credentials) {
            this.creds = this.options.credentials;
            return this.creds;
        }
        const { file, values } = this.configuration();
        const apiKey = findApiKey(values, file);
        const token = findAccessToken(this.host);
        if (token) {
            this.creds = { method: "ACCESS_TOKEN", token: token.token, source: token.source };
            this.fallback = apiKey;
        }
        else {
            this.creds = apiKey ?? findOAuthCredentials(this.host, this.clock.now());
        }
        if (this.creds?.method === "LEGACY_API_KEY")
            this.warnIfReadable(file);
        return this.creds;
    }
    /** Like {@link credentials}, but a missing set of credentials is an error. */
    requireCredentials() {
        const creds = this.credentials();
        if (!creds)
            throw new errors/* MissingCredentialsError */.DS(`${NO_CREDENTIALS_MESSAGE}${this.configuration().dir}`);
        return creds;
    }
    /** Every secret the client holds, for redaction. */
    secrets() {
        const out = secretsOf(this.creds ?? undefined);
        if (this.fallback)
            out.push(...secretsOf(this.fallback));
        return out;
    }
    /** The Kaggle user name of the caller; for a token, asked of the server once. */
    async username() {
        const creds = this.requireCredentials();
        if (creds.method === "LEGACY_API_KEY")
            return creds.username;
        if (creds.username)
            return creds.username;
        this.tokenUser ??= await this.introspect(creds.token);
        return this.tokenUser;
    }
    async introspect(token) {
        const res = await this.transport.call(common/* Services */.x.oauth, "IntrospectToken", { token });
        if (!res.active || !res.username) {
            throw new errors/* AuthenticationError */.v3("The access token was rejected by Kaggle: create a new one and set KAGGLE_API_TOKEN again", {
                status: 401,
                rpc: `${common/* Services */.x.oauth}/IntrospectToken`,
            });
        }
        return res.username;
    }
    warnIfReadable(file) {
        if (this.host.platform === "win32")
            return;
        try {
            const mode = external_node_fs_default().statSync(file).mode;
            if (mode & 0o044) {
                this.logger.warn(`Your Kaggle API key is readable by other users on this system! To fix this, you can run 'chmod 600 ${file}'`);
            }
        }
        catch {
            // credentials came from the environment
        }
    }
    /**
     * Calls an RPC with the caller's credentials. A rejected access token falls back to the
     * API key from `kaggle.json` or the environment once, as the official CLI does.
     */
    async call(service, method, body = {}, opts = {}) {
        const creds = opts.allowAnonymous ? this.credentials() : this.requireCredentials();
        try {
            return await this.transport.call(service, method, body, { ...opts, anonymous: !creds });
        }
        catch (err) {
            if (this.switchToFallback(err))
                return this.transport.call(service, method, body, opts);
            throw err;
        }
    }
    switchToFallback(err) {
        if (!(err instanceof errors/* AuthenticationError */.v3) || !this.fallback || this.creds?.method !== "ACCESS_TOKEN")
            return false;
        this.logger.debug(`access token rejected; using the API key from ${this.fallback.source}`);
        this.creds = this.fallback;
        this.fallback = undefined;
        return true;
    }
    /** Resolves an `HttpRedirect` RPC into a download source. */
    async redirectSource(service, method, body, opts = {}) {
        const creds = opts.allowAnonymous ? this.credentials() : this.requireCredentials();
        const call = () => this.transport.resolveRedirect(service, method, body, { anonymous: !creds });
        let target;
        try {
            target = await call();
        }
        catch (err) {
            if (!this.switchToFallback(err))
                throw err;
            target = await call();
        }
        if ("response" in target)
            return target;
        return { ...target, apiOrigin: new URL(this.transport.endpoint).origin };
    }
    /** Runs a streaming download with this client's logger, clock and proxy. */
    async download(opts) {
        const { downloadFile } = await __webpack_require__.e(/* import() */ 9).then(__webpack_require__.bind(__webpack_require__, 8009));
        return downloadFile({ ...opts, logger: this.logger, clock: this.clock, proxy: this.options.proxy ?? (0,transport/* proxyFromEnv */.kE)(this.host.env) });
    }
    /** Runs a streamed, resumable upload with this client's logger, clock and proxy. */
    async upload(opts) {
        const { uploadFile } = await __webpack_require__.e(/* import() */ 405).then(__webpack_require__.bind(__webpack_require__, 7405));
        return uploadFile({ ...opts, logger: this.logger, clock: this.clock, proxy: this.options.proxy ?? (0,transport/* proxyFromEnv */.kE)(this.host.env) });
    }
}

// EXTERNAL MODULE: ./src/core/progress.ts
var progress = __webpack_require__(4664);
// EXTERNAL MODULE: ./src/cli/output/format.ts
var format = __webpack_require__(7651);
;// CONCATENATED MODULE: ./src/cli/output/progress.ts

function progressReporter(stream, now = Date.now) {
    const tty = Boolean(stream.isTTY);
    let name = "";
    let total;
    let done = 0;
    let started = 0;
    let lastDraw = 0;
    let lastDecile = -1;
    const rate = () => {
        const secs = Math.max((now() - started) / 1000, 0.001);
        return `${(0,progress/* humanSize */.X)(done / secs)}/s`;
    };
    const draw = (final) => {
        const pct = total ? Math.floor((done / total) * 100) : undefined;
        if (tty) {
            const width = 30;
            const filled = pct === undefined ? 0 : Math.round((pct / 100) * width);
            const bar = `${"█".repeat(filled)}${" ".repeat(width - filled)}`;
            const text = `${pct === undefined ? "" : `${String(pct).padStart(3)}%|${bar}| `}${(0,progress/* humanSize */.X)(done)}${total ? `/${(0,progress/* humanSize */.X)(total)}` : ""} [${rate()}]`;
            stream.write(`\r${text}${final ? "\n" : ""}`);
            return;
        }
        const decile = pct === undefined ? -1 : Math.floor(pct / 10);
        if (final && decile === 10 && lastDecile === 10)
            return;
        if (final || decile > lastDecile || now() - lastDraw >= 15_000) {
            lastDecile = decile;
            lastDraw = now();
            stream.write(`${name}: ${pct === undefined ? "" : `${pct}% `}${(0,progress/* humanSize */.X)(done)}${total ? ` of ${(0,progress/* humanSize */.X)(total)}` : ""} (${rate()})\n`);
        }
    };
    return {
        start(n, t, already) {
            name = n;
            total = t;
            done = already;
            started = now();
            lastDraw = started;
            lastDecile = -1;
        },
        advance(bytes) {
            done += bytes;
            if (tty && now() - lastDraw < 100)
                return;
            if (tty)
                lastDraw = now();
            draw(false);
        },
        finish() {
            draw(true);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/context.ts
/** What every command gets: streams, the environment, a lazily built client, output choices. */






class CliContext {
    host;
    streams;
    verbose;
    clientInstance;
    clientFactory;
    constructor(host, streams, opts = {}) {
        this.host = host;
        this.streams = streams;
        this.verbose = opts.verbose ?? /^(1|true|yes)$/i.test(host.env.VERBOSE ?? host.env.VERBOSE_OUTPUT ?? "");
        this.clientFactory = opts.clientFactory ?? ((ctx) => new KaggleClient({ host: ctx.host, logger: ctx.logger }));
    }
    /** Warnings and retries on stderr; debug lines only with VERBOSE=1; secrets always removed. */
    logger = {
        debug: (m) => {
            if (this.verbose)
                this.streams.stderr.write(`[debug] ${this.scrub(m)}\n`);
        },
        info: (m) => this.streams.stdout.write(`${this.scrub(m)}\n`),
        warn: (m) => this.streams.stderr.write(`Warning: ${this.scrub(m)}\n`),
    };
    get client() {
        this.clientInstance ??= this.clientFactory(this);
        return this.clientInstance;
    }
    scrub(text) {
        return this.clientInstance ? (0,errors/* redact */.E$)(text, this.clientInstance.secrets()) : text;
    }
    out(text) {
        this.streams.stdout.write(text);
    }
    line(text = "") {
        this.streams.stdout.write(`${text}\n`);
    }
    progress(quiet) {
        return quiet ? progress/* noProgress */.n : progressReporter(this.streams.stderr);
    }
    formatChoice(args) {
        return (0,format/* parseFormat */.Xc)(args.format, Boolean(args.csv), this.host.env.KAGGLE_OUTPUT_FORMAT);
    }
    print(rows, columns, args) {
        this.out((0,format/* render */.XX)(rows, columns, this.formatChoice(args)));
    }
    /**
     * One page of a list: the `Next Page Token = …` line, then the rows. With no rows, `empty`
     * is printed instead (never into JSON; with `tableOnly`, CSV still prints its header).
     */
    printPage(rows, columns, args, page) {
        const choice = this.formatChoice(args);
        this.nextPageToken(page.nextPageToken, choice);
        const quietFormats = page.tableOnly ? choice.format !== "table" : choice.format === "json";
        if (rows.length === 0 && page.empty && !quietFormats) {
            (page.emptyOnStderr ? this.streams.stderr : this.streams.stdout).write(`${page.empty}\n`);
            return;
        }
        this.out((0,format/* render */.XX)(rows, columns, choice));
    }
    /** `Next Page Token = …` before the rows (on stderr when stdout carries JSON). */
    nextPageToken(token, choice) {
        if (!token)
            return;
        (choice.format === "json" ? this.streams.stderr : this.streams.stdout).write(`Next Page Token = ${token}\n`);
    }
    /** A config value (`competition`, `path`, …) from kaggle.json or `KAGGLE_<NAME>`. */
    config(name) {
        return (0,config/* configString */.Kt)(this.client.configuration().values, name);
    }
}

// EXTERNAL MODULE: ./src/cli/commands/shared.ts
var shared = __webpack_require__(9764);
;// CONCATENATED MODULE: ./src/cli/commands/competitions/spec.ts

const COMPETITION = {
    name: "competition",
    optional: true,
    help: 'Competition URL suffix (use "kaggle competitions list" to show options). If empty, the default competition will be used (use "kaggle config set competition")',
};
const COMPETITION_OPT = { flags: ["-c", "--competition"], hidden: true, dest: "competition_opt" };
const spec_competitions = {
    name: "competitions",
    aliases: ["c"],
    help: "Commands related to Kaggle competitions",
    subcommands: [
        {
            name: "list",
            help: "List available competitions",
            options: [
                { flags: ["--group"], help: "Search for competitions in a specific group. Default is 'everything'. Valid options are 'general', 'entered', 'community', 'hosted', 'unlaunched', 'unlaunched_community'" },
                { flags: ["--category"], help: "Search for competitions of a specific category. Default is 'all'. Valid options are 'all', 'featured', 'research', 'recruitment', 'gettingStarted', 'masters', 'playground'" },
                { flags: ["--sort-by"], help: "Sort list results. Default is 'best'. Valid options are 'grouped', 'best', 'prize', 'earliestDeadline', 'latestDeadline', 'numberOfTeams', 'relevance', 'recentlyCreated'" },
                { flags: ["-p", "--page"], type: "int", help: "Page number for results paging. Page size is 20 by default" },
                { flags: ["-s", "--search"], help: "Term(s) to search for" },
                shared/* PAGE_SIZE */.md,
                shared/* PAGE_TOKEN */.gd,
                shared/* CSV */.pf,
                shared/* FORMAT */.uB,
            ],
            exclusive: shared/* LIST_EXCLUSIVE */.s6,
            load: () => __webpack_require__.e(/* import() */ 380).then(__webpack_require__.bind(__webpack_require__, 5380)),
        },
        {
            name: "files",
            help: "List competition files",
            positionals: [COMPETITION],
            options: [COMPETITION_OPT, { ...shared/* PAGE_SIZE */.md, help: "Number of items to show on a page. Default size is 20, max is 200" }, shared/* PAGE_TOKEN */.gd, shared/* CSV */.pf, shared/* FORMAT */.uB, shared/* QUIET */.DC],
            exclusive: shared/* LIST_EXCLUSIVE */.s6,
            load: () => __webpack_require__.e(/* import() */ 117).then(__webpack_require__.bind(__webpack_require__, 7117)),
        },
        {
            name: "download",
            help: "Download competition files",
            positionals: [COMPETITION],
            options: [
                COMPETITION_OPT,
                { flags: ["-f", "--file"], dest: "file_name", metavar: "FILE_NAME", help: 'File name, all files downloaded if not provided (use "kaggle competitions files -c <competition>" to show options)' },
                { flags: ["-p", "--path"], help: "Folder where file(s) will be downloaded, defaults to current working directory" },
                shared.WP,
                shared/* FORCE */.wj,
                shared/* QUIET */.DC,
            ],
            load: () => __webpack_require__.e(/* import() */ 796).then(__webpack_require__.bind(__webpack_require__, 5796)),
        },
        {
            name: "submit",
            help: "Make a new competition submission",
            positionals: [COMPETITION],
            options: [
                COMPETITION_OPT,
                { flags: ["-f", "--file"], dest: "file_name", metavar: "FILE_NAME", help: "File for upload (full path), or the name of the output file produced by a notebook for code competitions" },
                { flags: ["-k", "--kernel"], help: "Name of kernel (notebook) to submit to a code competition" },
                { flags: ["-m", "--message"], required: true, help: "Message describing this submission" },
                { flags: ["-v", "--version"], help: "Version of kernel to submit to a code competition, e.g. 'Version 1'" },
                shared/* QUIET */.DC,
                { flags: ["--sandbox"], type: "bool", help: "Mark the submission as a sandbox submission (competition hosts only)" },
                { flags: ["--wait"], type: "bool", help: "Wait until the submission is scored and print its status and scores; exit 1 if it errors" },
                { flags: ["--timeout"], type: "int", metavar: "SECONDS", help: "With --wait: give up after this many seconds (default 1800)" },
                shared/* FORMAT */.uB,
            ],
            load: () => __webpack_require__.e(/* import() */ 224).then(__webpack_require__.bind(__webpack_require__, 6224)),
        },
        {
            name: "submissions",
            help: "Show your competition submissions",
            positionals: [COMPETITION],
            options: [COMPETITION_OPT, shared/* PAGE_SIZE */.md, shared/* PAGE_TOKEN */.gd, shared/* CSV */.pf, shared/* FORMAT */.uB, shared/* QUIET */.DC],
            exclusive: shared/* LIST_EXCLUSIVE */.s6,
            load: () => __webpack_require__.e(/* import() */ 35).then(__webpack_require__.bind(__webpack_require__, 5035)),
        },
        {
            name: "leaderboard",
            help: "Get competition leaderboard information",
            positionals: [COMPETITION],
            options: [
                COMPETITION_OPT,
                { flags: ["-s", "--show"], type: "bool", help: "Show the top of the leaderboard" },
                { flags: ["-d", "--download"], type: "bool", help: "Download entire leaderboard" },
                { flags: ["-p", "--path"], help: "Folder where file(s) will be downloaded, defaults to current working directory" },
                shared/* CSV */.pf,
                shared/* FORMAT */.uB,
                shared/* QUIET */.DC,
                shared/* PAGE_SIZE */.md,
                shared/* PAGE_TOKEN */.gd,
            ],
            exclusive: shared/* LIST_EXCLUSIVE */.s6,
            load: () => __webpack_require__.e(/* import() */ 505).then(__webpack_require__.bind(__webpack_require__, 1505)),
        },
    ],
};

;// CONCATENATED MODULE: ./src/cli/commands/config/spec.ts
const spec_config = {
    name: "config",
    help: "Configuration settings",
    subcommands: [
        { name: "view", help: "View current config values", load: () => __webpack_require__.e(/* import() */ 919).then(__webpack_require__.bind(__webpack_require__, 8300)) },
        {
            name: "set",
            help: "Set a configuration value",
            options: [
                { flags: ["-n", "--name"], required: true, help: "Name of the configuration parameter (one of competition, path, proxy)" },
                { flags: ["-v", "--value"], required: true, help: "Value of the configuration parameter, valid values depending on name - competition: Competition URL suffix (use \"kaggle competitions list\" to show options) - path: Folder where file(s) will be downloaded, defaults to current working directory - proxy: Proxy for HTTP requests" },
            ],
            load: () => __webpack_require__.e(/* import() */ 168).then(__webpack_require__.bind(__webpack_require__, 8168)),
        },
        {
            name: "unset",
            help: "Clear a configuration value",
            options: [{ flags: ["-n", "--name"], required: true, help: "Name of the configuration parameter (one of competition, path, proxy)" }],
            load: () => __webpack_require__.e(/* import() */ 498).then(__webpack_require__.bind(__webpack_require__, 9117)),
        },
        {
            name: "path",
            help: "Show or set the folder where file(s) will be downloaded",
            options: [{ flags: ["-p", "--path"], help: "folder where file(s) will be downloaded, defaults to current working directory" }],
            load: () => __webpack_require__.e(/* import() */ 557).then(__webpack_require__.bind(__webpack_require__, 5557)),
        },
    ],
};

;// CONCATENATED MODULE: ./src/cli/commands/datasets/spec.ts

const DATASET = {
    name: "dataset",
    optional: true,
    help: 'Dataset URL suffix in format <owner>/<dataset-name> (use "kaggle datasets list" to show options)',
};
const DATASET_OPT = { flags: ["-d", "--dataset"], hidden: true, dest: "dataset_opt" };
const DIR_MODE = {
    flags: ["-r", "--dir-mode"],
    choices: ["skip", "zip", "tar"],
    help: 'What to do with directories: "skip" - ignore; "zip" - compress and upload; "tar" - archive and upload',
};
const KEEP_TABULAR = { flags: ["-t", "--keep-tabular"], type: "bool", help: "Do not convert tabular files to CSV (default is to convert)" };
const UPLOAD_PATH = {
    flags: ["-p", "--path"],
    dest: "folder",
    metavar: "FOLDER",
    help: "Folder for upload, containing data files and a special dataset-metadata.json file (https://github.com/Kaggle/kaggle-api/wiki/Dataset-Metadata). Defaults to current working directory",
};
const WAIT = { flags: ["--wait"], type: "bool", help: "Wait until the new version is processed and ready; exit 1 if processing fails" };
const TIMEOUT = { flags: ["--timeout"], type: "int", metavar: "SECONDS", help: "With --wait: give up after this many seconds (default 3600)" };
const CONCURRENCY = { flags: ["--concurrency"], type: "int", metavar: "N", help: "Files uploaded at once (default 8)" };
const spec_datasets = {
    name: "datasets",
    aliases: ["d"],
    help: "Commands related to Kaggle datasets",
    subcommands: [
        {
            name: "list",
            help: "List available datasets",
            options: [
                { flags: ["--sort-by"], help: "Sort list results. Default is 'hottest'. Valid options are 'hottest', 'votes', 'updated', 'active' and 'published'" },
                { flags: ["--size"], help: "DEPRECATED. Please use --max-size and --min-size to filter dataset sizes." },
                { flags: ["--file-type"], help: "Search for datasets with a specific file type. Default is 'all'. Valid options are 'all', 'csv', 'sqlite', 'json', 'bigQuery' and 'parquet'. Please note that bigQuery datasets cannot be downloaded" },
                { flags: ["--license"], dest: "license_name", help: "Search for datasets with a specific license. Default is 'all'. Valid options are 'all', 'cc', 'gpl', 'odb', and 'other'" },
                { flags: ["--tags"], dest: "tag_ids", help: "Search for datasets that have specific tags. Tag list should be comma separated" },
                { flags: ["-s", "--search"], help: "Term(s) to search for" },
                { flags: ["-m", "--mine"], type: "bool", help: "Display only my items" },
                { flags: ["--user"], help: "Find public datasets owned by a specific user or organization" },
                { flags: ["-p", "--page"], type: "int", help: "Page number for results paging. Page size is 20 by default" },
                shared/* CSV */.pf,
                { flags: ["--max-size"], type: "int", help: "Specify the maximum size of the dataset to return (bytes)" },
                { flags: ["--min-size"], type: "int", help: "Specify the minimum size of the dataset to return (bytes)" },
                shared/* FORMAT */.uB,
            ],
            exclusive: shared/* LIST_EXCLUSIVE */.s6,
            load: () => __webpack_require__.e(/* import() */ 487).then(__webpack_require__.bind(__webpack_require__, 9487)),
        },
        {
            name: "files",
            help: "List dataset files",
            positionals: [DATASET],
            options: [DATASET_OPT, shared/* CSV */.pf, shared/* PAGE_TOKEN */.gd, { ...shared/* PAGE_SIZE */.md, help: "Number of items to show on a page. Default size is 20, max is 200" }, shared/* FORMAT */.uB],
            exclusive: shared/* LIST_EXCLUSIVE */.s6,
            load: () => __webpack_require__.e(/* import() */ 124).then(__webpack_require__.bind(__webpack_require__, 9124)),
        },
        {
            name: "download",
            help: "Download dataset files",
            positionals: [DATASET],
            options: [
                DATASET_OPT,
                { flags: ["-f", "--file"], dest: "file_name", metavar: "FILE_NAME", help: 'File name, all files downloaded if not provided (use "kaggle datasets files -d <dataset>" to show options)' },
                { flags: ["-p", "--path"], help: "Folder where file(s) will be downloaded, defaults to current working directory" },
                shared.WP,
                { flags: ["--unzip"], type: "bool", help: "Unzip the downloaded file. Will delete the zip file when completed." },
                shared/* FORCE */.wj,
                shared/* QUIET */.DC,
            ],
            load: () => __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 739)),
        },
        {
            name: "create",
            help: "Create a new dataset",
            options: [
                UPLOAD_PATH,
                { flags: ["-u", "--public"], type: "bool", help: "Create publicly (default is private)" },
                { ...shared/* QUIET */.DC, help: "Suppress printing information about the upload progress" },
                KEEP_TABULAR,
                DIR_MODE,
                CONCURRENCY,
                WAIT,
                TIMEOUT,
            ],
            load: () => Promise.all(/* import() */[__webpack_require__.e(140), __webpack_require__.e(823)]).then(__webpack_require__.bind(__webpack_require__, 4823)),
        },
        {
            name: "version",
            help: "Create a new dataset version",
            options: [
                { flags: ["-m", "--message"], dest: "version_notes", metavar: "VERSION_NOTES", required: true, help: "Message describing the new version" },
                UPLOAD_PATH,
                { ...shared/* QUIET */.DC, help: "Suppress printing information about the upload progress" },
                KEEP_TABULAR,
                DIR_MODE,
                { flags: ["-d", "--delete-old-versions"], type: "bool", help: "Delete old versions of this dataset" },
                CONCURRENCY,
                WAIT,
                TIMEOUT,
            ],
            load: () => Promise.all(/* import() */[__webpack_require__.e(140), __webpack_require__.e(767)]).then(__webpack_require__.bind(__webpack_require__, 6767)),
        },
        {
            name: "init",
            help: "Initialize metadata file for dataset creation",
            options: [UPLOAD_PATH],
            load: () => __webpack_require__.e(/* import() */ 561).then(__webpack_require__.bind(__webpack_require__, 2561)),
        },
        {
            name: "metadata",
            help: "Download metadata about a dataset",
            positionals: [DATASET],
            options: [
                DATASET_OPT,
                { flags: ["--update"], type: "bool", help: "Update the metadata on Kaggle from the local dataset-metadata.json file" },
                { flags: ["-p", "--path"], help: "Location to download dataset metadata to. Defaults to current working directory" },
            ],
            load: () => __webpack_require__.e(/* import() */ 174).then(__webpack_require__.bind(__webpack_require__, 7174)),
        },
        {
            name: "status",
            help: "Get the creation status for a dataset",
            positionals: [DATASET],
            options: [DATASET_OPT, shared/* FORMAT */.uB],
            load: () => __webpack_require__.e(/* import() */ 349).then(__webpack_require__.bind(__webpack_require__, 9349)),
        },
    ],
};

;// CONCATENATED MODULE: ./src/cli/commands/kernels/spec.ts

const KERNEL = {
    name: "kernel",
    optional: true,
    help: 'Kernel URL suffix in format <owner>/<kernel-name> (use "kaggle kernels list" to show options)',
};
const KERNEL_OPT = { flags: ["-k", "--kernel"], hidden: true, dest: "kernel_opt" };
const spec_kernels = {
    name: "kernels",
    aliases: ["k"],
    help: "Commands related to Kaggle kernels",
    subcommands: [
        {
            name: "list",
            help: "List available kernels. By default, shows 20 results sorted by hotness",
            options: [
                { flags: ["-m", "--mine"], type: "bool", help: "Display only my items" },
                { flags: ["-p", "--page"], type: "int", help: "Page number for results paging. Page size is 20 by default" },
                { flags: ["--page-size"], type: "int", help: "Number of items to show on a page. Default size is 20, max is 100" },
                { flags: ["-s", "--search"], help: "Term(s) to search for" },
                { flags: ["--parent"], help: "Find children of the specified parent kernel" },
                { flags: ["--competition"], help: "Find kernels for a given competition slug" },
                { flags: ["--dataset"], help: "Find kernels for a given dataset slug. Format is {username/dataset-slug}" },
                { flags: ["--user"], help: "Find kernels created by a given username" },
                { flags: ["--language"], help: "Specify the language the kernel is written in. Default is 'all'. Valid options are 'all', 'python', 'r', 'sqlite', and 'julia'" },
                { flags: ["--kernel-type"], help: "Specify the type of kernel. Default is 'all'. Valid options are 'all', 'script', and 'notebook'" },
                { flags: ["--output-type"], help: "Search for specific kernel output types. Default is 'all'. Valid options are 'all', 'visualization', and 'data'" },
                { flags: ["--sort-by"], help: "Sort list results. Default is 'hotness'. Valid options are 'hotness', 'commentCount', 'dateCreated', 'dateRun', 'relevance', 'scoreAscending', 'scoreDescending', 'viewCount', and 'voteCount'. 'relevance' is only applicable if a search term is specified." },
                shared/* CSV */.pf,
                shared/* FORMAT */.uB,
            ],
            exclusive: shared/* LIST_EXCLUSIVE */.s6,
            load: () => __webpack_require__.e(/* import() */ 558).then(__webpack_require__.bind(__webpack_require__, 7558)),
        },
        {
            name: "init",
            help: "Initialize metadata file for a kernel",
            options: [{ flags: ["-p", "--path"], help: "Folder for upload, containing data files and a special kernel-metadata.json file (https://github.com/Kaggle/kaggle-cli/blob/main/docs/kernels_metadata.md). Defaults to current working directory" }],
            load: () => __webpack_require__.e(/* import() */ 624).then(__webpack_require__.bind(__webpack_require__, 3624)),
        },
        {
            name: "push",
            aliases: ["update"],
            help: "Push new code to a kernel and run the kernel",
            options: [
                { flags: ["-p", "--path"], help: "Folder for upload, containing data files and a special kernel-metadata.json file (https://github.com/Kaggle/kaggle-cli/blob/main/docs/kernels_metadata.md). Defaults to current working directory" },
                { flags: ["-t", "--timeout"], type: "int", help: "Limit the run time of a kernel to the given number of seconds. The global maximum time will be enforced if it is less than this value." },
                { flags: ["--accelerator"], help: "Specify the type of accelerator to use for the kernel run, e.g. NvidiaTeslaP100, NvidiaTeslaT4, TpuV38. Overrides machine_shape in kernel-metadata.json" },
                { flags: ["--wait"], type: "bool", help: "Wait until the pushed version finishes running and print its status; exit 1 unless it completes" },
                { flags: ["--wait-timeout"], type: "int", metavar: "SECONDS", help: "With --wait: give up after this many seconds (default 3600)" },
                shared/* QUIET */.DC,
                shared/* FORMAT */.uB,
            ],
            load: () => __webpack_require__.e(/* import() */ 818).then(__webpack_require__.bind(__webpack_require__, 7818)),
        },
        {
            name: "pull",
            aliases: ["get"],
            help: "Pull down code from a kernel",
            positionals: [KERNEL],
            options: [
                KERNEL_OPT,
                { flags: ["-p", "--path"], help: "Folder for downloading files. Defaults to current working directory" },
                { ...shared.WP, help: "Download files to current working path" },
                { flags: ["-m", "--metadata"], type: "bool", help: "Generate metadata when pulling kernel" },
            ],
            exclusive: [["path", "wp"]],
            load: () => __webpack_require__.e(/* import() */ 161).then(__webpack_require__.bind(__webpack_require__, 1161)),
        },
        {
            name: "output",
            help: "Get data output from the latest kernel run",
            positionals: [KERNEL],
            options: [
                KERNEL_OPT,
                { flags: ["-p", "--path"], help: "Folder for downloading files. Defaults to current working directory" },
                { ...shared.WP, help: "Download files to current working path" },
                shared/* FORCE */.wj,
                shared/* QUIET */.DC,
                { flags: ["--file-pattern"], help: "Regex pattern to match against filenames. Only files matching the pattern will be downloaded." },
                { flags: ["--page-size"], type: "int", help: "Number of items to show on a page. Default size is 20, max is 200" },
                { flags: ["--page-token"], help: "Page token for results paging (fetches only that page; the log is not written)" },
                { flags: ["--max-size"], metavar: "SIZE", help: "Skip output files larger than this, in bytes or with a unit (e.g. 500MB, 2GB)" },
            ],
            exclusive: [["path", "wp"]],
            load: () => __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 7411)),
        },
        {
            name: "status",
            help: "Display the status of the latest kernel run",
            positionals: [KERNEL],
            options: [KERNEL_OPT, shared/* FORMAT */.uB],
            load: () => __webpack_require__.e(/* import() */ 160).then(__webpack_require__.bind(__webpack_require__, 5160)),
        },
        {
            name: "files",
            help: "List kernel output files",
            positionals: [KERNEL],
            options: [
                KERNEL_OPT,
                shared/* CSV */.pf,
                shared/* FORMAT */.uB,
                { flags: ["--page-token"], help: "Page token for results paging." },
                { flags: ["--page-size"], type: "int", help: "Number of items to show on a page. Default size is 20, max is 200" },
            ],
            exclusive: shared/* LIST_EXCLUSIVE */.s6,
            load: () => __webpack_require__.e(/* import() */ 719).then(__webpack_require__.bind(__webpack_require__, 9719)),
        },
        {
            name: "delete",
            help: "Delete a kernel",
            positionals: [{ ...KERNEL, optional: false }],
            options: [{ flags: ["-y", "--yes"], dest: "no_confirm", type: "bool", help: "Sets any confirmation values to \"yes\" automatically. Users will not be asked to confirm." }],
            load: () => __webpack_require__.e(/* import() */ 829).then(__webpack_require__.bind(__webpack_require__, 9829)),
        },
    ],
};

;// CONCATENATED MODULE: ./src/cli/program.ts





const program = {
    name: "kaggle",
    help: "The Kaggle API command line, compatible with the official kaggle CLI",
    options: [
        { flags: ["-v", "--version"], type: "bool", help: "Print the version of the Kaggle CLI" },
        { flags: ["-W", "--no-warn"], dest: "no_warn", type: "bool", help: "Disable out-of-date API version warning" },
    ],
    subcommands: [spec_competitions, spec_config, spec_datasets, spec_kernels],
};

// EXTERNAL MODULE: ./src/cli/version.ts
var version = __webpack_require__(3882);
;// CONCATENATED MODULE: ./src/cli/main.ts
/** Runs one CLI invocation and returns its exit code; never calls process.exit itself. */







const EXIT = { ok: 0, failure: 1, usage: 2, credentials: 4 };
/** Thrown by a command that has already printed why it failed. */
class CommandFailed extends Error {
    exitCode;
    constructor(message, exitCode = EXIT.failure) {
        super(message);
        this.exitCode = exitCode;
    }
}
async function main(argv, opts = {}) {
    const host = opts.host ?? (0,env/* currentHost */.sF)();
    const streams = opts.streams ?? { stdout: process.stdout, stderr: process.stderr };
    if (argv.length === 1 && (argv[0] === "-v" || argv[0] === "--version")) {
        streams.stdout.write(version/* VERSION_LINE */.c);
        return EXIT.ok;
    }
    let resolved;
    try {
        resolved = parse(program, argv);
    }
    catch (err) {
        if (err instanceof HelpRequested) {
            streams.stdout.write(err.text);
            return EXIT.ok;
        }
        if (err instanceof UsageError) {
            streams.stderr.write(`${err.usage}\n${err.prog}: error: ${err.message}\n`);
            return EXIT.usage;
        }
        throw err;
    }
    const leaf = resolved.path[resolved.path.length - 1];
    if (resolved.args.version) {
        streams.stdout.write(version/* VERSION_LINE */.c);
        return EXIT.ok;
    }
    if (!leaf.load) {
        streams.stderr.write(`usage: ${resolved.prog} [-h] ...\n${resolved.prog}: error: the following arguments are required: command\n`);
        return EXIT.usage;
    }
    const ctx = opts.context ? opts.context(host, streams) : new CliContext(host, streams);
    try {
        const mod = await leaf.load();
        await mod.run(resolved.args, ctx);
        return EXIT.ok;
    }
    catch (err) {
        return report(err, ctx, resolved.args);
    }
}
function report(err, ctx, _args) {
    const line = (text) => ctx.streams.stderr.write(`${ctx.scrub(text)}\n`);
    if (err instanceof CommandFailed) {
        if (err.message)
            line(err.message);
        return err.exitCode;
    }
    if (err instanceof errors/* MissingCredentialsError */.DS) {
        line(err.message);
        return EXIT.credentials;
    }
    if (err instanceof errors/* ConfigurationError */.j1 || err instanceof format/* FormatError */.IF) {
        line(err.message);
        return EXIT.failure;
    }
    if (err instanceof errors/* KaggleApiError */.cc || err instanceof errors/* DeadlineExceededError */.Kt) {
        line(err.message);
        if (err instanceof errors/* KaggleApiError */.cc && err.requestId)
            ctx.logger.debug(`request id ${err.requestId}`);
        return EXIT.failure;
    }
    const e = err;
    if (e?.code && e.syscall) {
        line(`${e.code}: ${e.message}`);
        return EXIT.failure;
    }
    line(`Unexpected error: ${e?.message ?? String(err)} (run with VERBOSE=1 for details)`);
    ctx.logger.debug(e?.stack ?? String(err));
    return EXIT.failure;
}


/***/ }),

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ cellText),
/* harmony export */   W9: () => (/* binding */ pythonDateTime),
/* harmony export */   _r: () => (/* binding */ pyList)
/* harmony export */ });
/* unused harmony export pyRepr */
/** Cell texts exactly as the official CLI prints values (Python's `str()` of each type). */
/**
 * A wire timestamp as Python prints a `datetime`: `2024-01-02 03:04:05`, with `.mmm000`
 * when the milliseconds are not zero; an offset is kept only when there is no fraction.
 */
function pythonDateTime(value) {
    if (!value)
        return "None";
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
    if (!m)
        return value;
    const [, date, time = "00:00:00", fraction, zone] = m;
    const hms = time.length === 5 ? `${time}:00` : time;
    const ms = fraction ? fraction.slice(0, 3).padEnd(3, "0") : "000";
    if (ms !== "000")
        return `${date} ${hms}.${ms}000`;
    if (zone && zone !== "Z" && !fraction)
        return `${date} ${hms}${zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`}`;
    return `${date} ${hms}`;
}
/** Text of one cell: booleans `True`/`False`, unset values empty. */
function cellText(value) {
    if (value === null || value === undefined)
        return "";
    if (typeof value === "boolean")
        return value ? "True" : "False";
    return String(value);
}
/** Python's `repr()` of a string. */
function pyRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    const body = s
        .replace(/\\/g, "\\\\")
        .replace(/\n/g, "\\n")
        .replace(/\r/g, "\\r")
        .replace(/\t/g, "\\t")
        .replace(new RegExp(quote, "g"), `\\${quote}`);
    return `${quote}${body}${quote}`;
}
/** Python's `str()` of a list of strings: `['a', 'b']`. */
function pyList(items) {
    return `[${items.map(pyRepr).join(", ")}]`;
}


/***/ }),

/***/ 7651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   Xc: () => (/* binding */ parseFormat)
/* harmony export */ });
/* unused harmony exports formatTable, formatCsv, formatJson */
/* harmony import */ var _cells__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5443);
/**
 * Tables, CSV and JSON exactly as the official CLI prints them (`print_table`, `print_csv`,
 * kaggle 2.x `--format json` and `json(field,...)` projections).
 */

/** Reads `--format` (`table`, `csv`, `json`, `rich`, with an optional `(fields)` projection). */
function parseFormat(raw, csv, envDefault) {
    if (csv)
        return { format: "csv" };
    const text = raw ?? envDefault;
    if (!text)
        return { format: "table" };
    const m = /^\s*(\w+)\s*(?:\(([^)]*)\))?\s*$/.exec(text);
    const name = m?.[1]?.toLowerCase();
    const known = name === "table" || name === "csv" || name === "json" || name === "rich";
    if (!m || !known) {
        if (raw === undefined)
            return { format: "table" }; // unrecognised KAGGLE_OUTPUT_FORMAT falls back
        throw new FormatError(`invalid --format '${raw}': use table, csv or json, optionally with fields as in json(ref,title)`);
    }
    const fields = m[2]?.split(",").map((f) => f.trim()).filter(Boolean);
    return { format: name === "rich" ? "table" : name, ...(fields?.length ? { fields } : {}) };
}
class FormatError extends Error {
}
function project(columns, fields) {
    if (!fields)
        return columns;
    return fields.map((f) => {
        const col = columns.find((c) => c.field === f || c.label === f);
        if (!col) {
            throw new FormatError(`unknown field '${f}' in --format; allowed fields: ${columns.map((c) => c.label).join(", ")}`);
        }
        return col;
    });
}
/**
 * Table: width = max(field name, longest cell). A column is right-aligned when its first value
 * is an integer or a boolean (Python's `int`; a JSON `0.5` is a `float` there and left-aligned),
 * or when the field is `size` or `reward`.
 */
function formatTable(rows, columns) {
    if (rows.length === 0)
        return "";
    const texts = rows.map((r) => columns.map((c) => (0,_cells__WEBPACK_IMPORTED_MODULE_0__/* .cellText */ .Ie)(c.value(r))));
    const widths = columns.map((c, i) => Math.max(c.field.length, c.label.length, ...texts.map((t) => t[i].length)));
    const first = rows[0];
    const right = columns.map((c) => {
        const v = c.value(first);
        return (typeof v === "number" && Number.isInteger(v)) || typeof v === "boolean" || c.field === "size" || c.field === "reward";
    });
    const line = (cells) => cells.map((text, i) => (right[i] ? `${text.padStart(widths[i])}  ` : `${text}  `.padEnd(widths[i] + 2))).join("");
    const out = [line(columns.map((c) => c.label)), line(widths.map((w) => "-".repeat(w)))];
    for (const t of texts)
        out.push(line(t));
    return `${out.join("\n")}\n`;
}
function csvField(text) {
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/** CSV in Python's excel dialect: CRLF line ends, quotes only where needed. */
function formatCsv(rows, columns) {
    const out = [columns.map((c) => csvField(c.label)).join(",")];
    for (const r of rows)
        out.push(columns.map((c) => csvField((0,_cells__WEBPACK_IMPORTED_MODULE_0__/* .cellText */ .Ie)(c.value(r)))).join(","));
    return `${out.join("\r\n")}\r\n`;
}
/** JSON: a list of objects keyed by column label, values typed. */
function formatJson(rows, columns) {
    const list = rows.map((r) => Object.fromEntries(columns.map((c) => [c.label, (c.json ?? c.value)(r) ?? null])));
    return `${JSON.stringify(list, null, 2)}\n`;
}
function render(rows, columns, choice) {
    const cols = project(columns, choice.fields);
    if (choice.format === "csv")
        return formatCsv(rows, cols);
    if (choice.format === "json")
        return formatJson(rows, cols);
    return formatTable(rows, cols);
}


/***/ }),

/***/ 4489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ configString),
/* harmony export */   RG: () => (/* binding */ readConfigFile),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   o5: () => (/* binding */ writeConfigFile)
/* harmony export */ });
/* unused harmony exports CONFIG_FILE_NAME, configDir, configFilePath, configFromEnv */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/**
 * `kaggle.json` and the `KAGGLE_*` variables, read the way the official CLI (2.x) reads them:
 * the file first, then every `KAGGLE_<NAME>` variable on top as config value `<name>`.
 */



const CONFIG_FILE_NAME = "kaggle.json";
/** The folder holding `kaggle.json`: `KAGGLE_CONFIG_DIR`, `~/.kaggle`, or the XDG folder. */
function configDir(host) {
    const explicit = host.env.KAGGLE_CONFIG_DIR;
    if (explicit)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(explicit);
    const legacy = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, ".kaggle");
    if (host.platform !== "linux" || node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(legacy))
        return legacy;
    const xdg = host.env.XDG_CONFIG_HOME || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(host.home, ".config");
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(xdg, "kaggle");
}
function configFilePath(host) {
    return path.join(configDir(host), CONFIG_FILE_NAME);
}
/** Reads `kaggle.json`; a missing file is `{}`, a malformed one a ConfigurationError. */
function readConfigFile(file) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8");
    }
    catch (err) {
        if (err.code === "ENOENT")
            return {};
        throw err;
    }
    if (text.trim() === "")
        return {};
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // reported below
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not a JSON object; fix it or delete it and run 'kaggle config set' again`, { file });
}
/** Config names set through `KAGGLE_<NAME>` environment variables. */
function configFromEnv(host) {
    const out = {};
    for (const [name, value] of Object.entries(host.env)) {
        if (value === undefined || !name.startsWith("KAGGLE_") || name.length <= 7)
            continue;
        out[name.slice(7).toLowerCase()] = value;
    }
    return out;
}
/** The effective configuration: the file, then the environment on top. */
function loadConfig(host) {
    const dir = configDir(host);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, CONFIG_FILE_NAME);
    return { dir, file, values: { ...readConfigFile(file), ...configFromEnv(host) } };
}
function configString(values, name) {
    const value = values[name];
    if (value === undefined || value === null || value === "")
        return undefined;
    return String(value);
}
/**
 * Writes `kaggle.json` atomically with mode 0600: a temporary file in the same folder, then a
 * rename, so a crash never leaves half a credentials file behind.
 */
function writeConfigFile(file, values) {
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(tmp, `${JSON.stringify(values, null, 2)}\n`, { mode: 0o600 });
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().chmodSync(tmp, 0o600);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(tmp, file);
}


/***/ }),

/***/ 8792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   qq: () => (/* binding */ silentLogger),
/* harmony export */   sF: () => (/* binding */ currentHost)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/** What the client knows of its surroundings: passed in, never read from globals at import. */

const silentLogger = { debug() { }, info() { }, warn() { } };
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
function currentHost() {
    return { env: process.env, home: node_os__WEBPACK_IMPORTED_MODULE_0___default().homedir(), platform: process.platform };
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ MissingCredentialsError),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Kt: () => (/* binding */ DeadlineExceededError),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   cc: () => (/* binding */ KaggleApiError),
/* harmony export */   eR: () => (/* binding */ apiErrorFor),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   v3: () => (/* binding */ AuthenticationError)
/* harmony export */ });
/* unused harmony exports BadRequestError, PermissionDeniedError, ConflictError, RateLimitError, ServerError */
/**
 * Failures as values: every error the client raises is one of these classes, so callers can
 * branch on the class or on `status` instead of parsing text.
 */
/** Base class of everything the Kaggle API (or the network on the way to it) answers with. */
class KaggleApiError extends Error {
    status;
    rpc;
    requestId;
    constructor(message, details) {
        super(message);
        this.name = new.target.name;
        this.status = details.status;
        this.rpc = details.rpc;
        this.requestId = details.requestId;
    }
}
class BadRequestError extends KaggleApiError {
}
class AuthenticationError extends KaggleApiError {
}
class PermissionDeniedError extends KaggleApiError {
}
class NotFoundError extends KaggleApiError {
}
class ConflictError extends KaggleApiError {
}
class RateLimitError extends KaggleApiError {
}
class ServerError extends KaggleApiError {
}
/** A socket error, a refused connection or a timeout: nothing (or nothing whole) came back. */
class ConnectionError extends KaggleApiError {
    constructor(message, details = {}) {
        super(message, { ...details, status: 0 });
    }
}
/** Maps an HTTP status to the error class that describes it. */
function apiErrorFor(message, details) {
    const { status } = details;
    if (status === 400)
        return new BadRequestError(message, details);
    if (status === 401)
        return new AuthenticationError(message, details);
    if (status === 403)
        return new PermissionDeniedError(message, details);
    if (status === 404)
        return new NotFoundError(message, details);
    if (status === 409)
        return new ConflictError(message, details);
    if (status === 429)
        return new RateLimitError(message, details);
    if (status >= 500)
        return new ServerError(message, details);
    return new KaggleApiError(message, details);
}
/**
 * A mistake in what the user gave us (a flag, a metadata file, a missing file): one line that
 * names the input and the fix. `file`/`line` point at the offending file when there is one.
 */
class ConfigurationError extends Error {
    file;
    line;
    constructor(message, location = {}) {
        super(message);
        this.name = "ConfigurationError";
        this.file = location.file;
        this.line = location.line;
    }
}
/** No credentials could be found in any of the places the official CLI looks. */
class MissingCredentialsError extends ConfigurationError {
    constructor(message) {
        super(message);
        this.name = "MissingCredentialsError";
    }
}
/** A wait (for a score, a kernel run, a dataset) ran past its deadline. */
class DeadlineExceededError extends Error {
    constructor(message) {
        super(message);
        this.name = "DeadlineExceededError";
    }
}
/** Replaces every occurrence of each secret in `text` with `***`. */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret && secret.length >= 4)
            out = out.split(secret).join("***");
    }
    return out;
}


/***/ }),

/***/ 6153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ toWireJson)
/* harmony export */ });
/**
 * JSON exactly as Kaggle's Python SDK writes it (`json.dumps` defaults): `", "` and `": "`
 * separators and every non-ASCII character escaped as `\uXXXX`. Keys keep insertion order;
 * `undefined` members are left out.
 */
function toWireJson(value) {
    return encode(value);
}
function encode(value) {
    if (value === null || value === undefined)
        return "null";
    if (typeof value === "string")
        return encodeString(value);
    if (typeof value === "number") {
        if (!Number.isFinite(value))
            throw new TypeError(`cannot send ${value} as JSON`);
        return String(value);
    }
    if (typeof value === "boolean")
        return value ? "true" : "false";
    if (Array.isArray(value))
        return `[${value.map(encode).join(", ")}]`;
    if (typeof value === "object") {
        const parts = [];
        for (const [k, v] of Object.entries(value)) {
            if (v === undefined)
                continue;
            parts.push(`${encodeString(k)}: ${encode(v)}`);
        }
        return `{${parts.join(", ")}}`;
    }
    throw new TypeError(`cannot send a ${typeof value} as JSON`);
}
function encodeString(text) {
    return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}


/***/ }),

/***/ 6477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ writeInitTemplate),
/* harmony export */   Ac: () => (/* binding */ validateForVersion),
/* harmony export */   DX: () => (/* binding */ findMetadataFile),
/* harmony export */   Gv: () => (/* binding */ validateForCreate),
/* harmony export */   N4: () => (/* binding */ coverImage),
/* harmony export */   VR: () => (/* binding */ METADATA_FILE),
/* harmony export */   _6: () => (/* binding */ readMetadata),
/* harmony export */   j5: () => (/* binding */ COVER_IMAGE_NAMES),
/* harmony export */   j9: () => (/* binding */ settingsFromMetadata),
/* harmony export */   jR: () => (/* binding */ parseMetadata),
/* harmony export */   jj: () => (/* binding */ metadataFileText)
/* harmony export */ });
/* unused harmony exports LEGACY_METADATA_FILE, DEFAULT_SLUG, DEFAULT_TITLE, LICENSE_NAMES, isKnownLicense, lineOf, initTemplate */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6153);
/**
 * `dataset-metadata.json` (and the legacy `datapackage.json`): finding, reading, validating and
 * writing it exactly as the official CLI does. Validation runs before any network call, follows
 * the official order of checks, and fails with one line naming the file, the line, the field
 * and the fix. Checks the official CLI leaves to the server (slug characters, licence names,
 * placeholder owners) are made here too, so a bad file fails before anything is uploaded.
 */




const METADATA_FILE = "dataset-metadata.json";
const LEGACY_METADATA_FILE = "datapackage.json";
const DEFAULT_SLUG = "INSERT_SLUG_HERE";
const DEFAULT_TITLE = "INSERT_TITLE_HERE";
/** Licence ids the Kaggle docs list for `licenses[].name`. */
const LICENSE_NAMES = [
    "CC0-1.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC-BY-NC-SA-4.0", "GPL-2.0", "ODbL-1.0", "DbCL-1.0",
    "copyright-authors", "other", "unknown", "CC-BY-4.0", "CC-BY-NC-4.0", "PDDL", "CC-BY-3.0", "CC-BY-3.0-IGO",
    "US-Government-Works", "CC-BY-NC-SA-3.0-IGO", "CDLA-Permissive-1.0", "CDLA-Sharing-1.0", "CC-BY-ND-4.0",
    "CC-BY-NC-ND-4.0", "ODC-BY-1.0", "LGPL-3.0", "AGPL-3.0", "FDL-1.3", "EU-ODP-Legal-Notice", "apache-2.0", "GPL-3.0",
];
/** Other names Kaggle's server knows: short ids it offers in the web UI and the display names `datasets metadata` writes back. */
const LICENSE_ALIASES = ["MIT", "Apache 2.0", "BSD-3-Clause", "GPL 2", "CC0: Public Domain", "Unknown", "Other (specified in description)"];
/** True for a licence name the server accepts (ids, aliases, or a long Creative Commons display name). */
function isKnownLicense(name) {
    const lower = name.trim().toLowerCase();
    if ([...LICENSE_NAMES, ...LICENSE_ALIASES].some((n) => n.toLowerCase() === lower))
        return true;
    // Display names such as "Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)".
    return /\((CC[0 ][^)]*|ODC-[^)]*|ODbL[^)]*)\)\s*$/i.test(name) || /^(Database: Open Database|Data files ©|Community Data License Agreement)/i.test(name);
}
/** `<folder>/dataset-metadata.json`, else the legacy `datapackage.json`. */
function findMetadataFile(folder) {
    for (const name of [METADATA_FILE, LEGACY_METADATA_FILE]) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, name);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
            return file;
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Metadata file not found: ${METADATA_FILE} in ${folder}; create one with 'kaggle datasets init -p ${folder}'`);
}
/** Line (1-based) and column of a character offset. */
function position(text, offset) {
    let line = 1;
    let last = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            last = i;
        }
    }
    return { line, column: offset - last };
}
/** Parses metadata text; a syntax error names the line and column. */
function parseMetadata(file, raw) {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        const msg = err.message;
        const m = /position (\d+)/.exec(msg);
        const where = m ? position(text, Number(m[1])) : text.trim() === "" ? { line: 1, column: 1 } : undefined;
        const detail = msg.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "");
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}${where ? `:${where.line}:${where.column}` : ""}: invalid JSON (${text.trim() === "" ? "the file is empty" : detail}); fix the syntax, e.g. a trailing comma or a missing quote`, { file, ...(where ? { line: where.line } : {}) });
    }
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file}:1: the metadata must be a JSON object ({"title": ..., "id": ..., "licenses": [...]})`, { file, line: 1 });
    }
    return { file, text, data: data };
}
function readMetadata(folder) {
    const file = findMetadataFile(folder);
    return parseMetadata(file, node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8"));
}
/** Line of `"a"` then `"b"` … (each searched after the previous), or undefined. */
function lineOf(doc, ...keys) {
    let from = 0;
    let found;
    for (const key of keys) {
        if (typeof key === "number")
            continue;
        const re = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\s*:`, "g");
        re.lastIndex = from;
        const m = re.exec(doc.text);
        if (!m)
            return found;
        found = m.index;
        from = m.index + m[0].length;
    }
    return found === undefined ? undefined : position(doc.text, found).line;
}
function fail(doc, problem, fix, ...keys) {
    const line = keys.length ? lineOf(doc, ...keys) : undefined;
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${doc.file}${line ? `:${line}` : ""}: ${problem}; ${fix}`, {
        file: doc.file,
        ...(line ? { line } : {}),
    });
}
/** Python's `len()`: code points, not UTF-16 units. */
function chars(s) {
    return [...s].length;
}
const PLACEHOLDER_OWNER = /^(INSERT_.*|REPLACE_.*|<.*>|\*+|your[_-]?(kaggle[_-]?)?user(_?name)?|username|user[_-]?name)$/i;
function str(doc, key, fix) {
    const v = doc.data[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== "string")
        fail(doc, `"${key}" must be a string, not ${describeJson(v)}`, fix, key);
    return v;
}
function describeJson(v) {
    if (Array.isArray(v))
        return "a list";
    if (v === null)
        return "null";
    return typeof v === "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
}
function checkSubtitle(doc) {
    const subtitle = str(doc, "subtitle", 'give "subtitle" as text of 20 to 80 characters');
    if (subtitle && (chars(subtitle) < 20 || chars(subtitle) > 80)) {
        fail(doc, `Subtitle length must be between 20 and 80 characters (it has ${chars(subtitle)})`, 'shorten or lengthen "subtitle", or remove it', "subtitle");
    }
    return subtitle;
}
function checkKeywords(doc) {
    const v = doc.data.keywords;
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v) || v.some((k) => typeof k !== "string")) {
        fail(doc, '"keywords" must be a list of strings', 'write it as "keywords": ["tabular", "finance"]', "keywords");
    }
    return v;
}
const TYPE_MAP = {
    string: "string", date: "string", time: "string", yearmonth: "string", duration: "string", geopoint: "string", geojson: "string",
    numeric: "numeric", number: "numeric", year: "numeric",
    boolean: "boolean",
    datetime: "datetime",
};
/** `resources` → per-file descriptions and columns (upstream `process_column`, 2.2's `title` fallback). */
function checkResources(doc, opts) {
    const v = doc.data.resources;
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        fail(doc, '"resources" must be a list', 'write it as "resources": [{"path": "data.csv", "description": "..."}]', "resources");
    const out = [];
    const seen = new Set();
    const checkFiles = opts.checkFiles ?? opts.folder !== undefined;
    v.forEach((raw, i) => {
        const at = `resources[${i}]`;
        if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
            fail(doc, `${at} must be an object`, 'give each resource as {"path": "<file in the folder>", "description": "..."}', "resources");
        }
        const r = raw;
        if (typeof r.path !== "string" || r.path === "") {
            fail(doc, `${at} has no "path"`, 'give the name of a file in the dataset folder, e.g. "path": "data.csv"', "resources");
        }
        const p = r.path;
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(p) || p.split(/[\\/]/).includes("..")) {
            fail(doc, `${at}.path "${p}" points outside the dataset folder`, "use the name of a file inside the folder", "resources", "path");
        }
        if (checkFiles && opts.folder) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(opts.folder, p);
            let ok;
            try {
                ok = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(full).isFile();
            }
            catch {
                ok = false;
            }
            if (!ok)
                fail(doc, `${full} does not exist`, `add the file or remove the resource with "path": "${p}"`, "resources", "path");
        }
        if (seen.has(p))
            fail(doc, `${p} path was specified more than once in the metadata`, "describe each file once", "resources");
        seen.add(p);
        const spec = { path: p };
        if (r.description !== undefined && r.description !== null) {
            if (typeof r.description !== "string")
                fail(doc, `${at}.description must be a string`, "write the description as text", "resources", "description");
            spec.description = r.description;
        }
        const schema = r.schema;
        if (schema !== undefined && schema !== null) {
            if (typeof schema !== "object" || Array.isArray(schema))
                fail(doc, `${at}.schema must be an object`, 'write it as "schema": {"fields": [...]}', "resources", "schema");
            const fields = schema.fields;
            if (fields !== undefined && fields !== null) {
                if (!Array.isArray(fields))
                    fail(doc, `${at}.schema.fields must be a list`, 'write it as "fields": [{"name": "col", "type": "string"}]', "resources", "fields");
                spec.columns = fields.map((fr, j) => {
                    const fat = `${at}.schema.fields[${j}]`;
                    if (fr === null || typeof fr !== "object" || Array.isArray(fr))
                        fail(doc, `${fat} must be an object`, 'write it as {"name": "col", "type": "string"}', "resources", "fields");
                    const f = fr;
                    if (typeof f.name !== "string")
                        fail(doc, `Key name not found in data (${fat})`, 'give every schema field a "name"', "resources", "fields");
                    const description = typeof f.description === "string" ? f.description : typeof f.title === "string" ? f.title : "";
                    const col = { order: j, name: f.name };
                    if (f.type !== undefined && f.type !== null) {
                        if (typeof f.type !== "string")
                            fail(doc, `${fat}.type must be a string`, 'use a type such as "string", "number", "boolean" or "datetime"', "resources", "type");
                        const original = f.type.toLowerCase();
                        col.type = TYPE_MAP[original] ?? original;
                        col.originalType = original;
                    }
                    col.description = description;
                    return col;
                });
            }
        }
        out.push(spec);
    });
    return out;
}
/** `owner/slug` with the official messages, plus our slug-character and placeholder checks. */
function splitId(doc, id, opts) {
    const parts = id.split("/");
    if (parts.length < 2) {
        fail(doc, `"id" must be "<owner>/<dataset-slug>", got "${id}"`, `write it as "${opts.username || "<username>"}/${id || "<dataset-slug>"}"`, "id");
    }
    if (parts.length > 2 || !parts[0] || !parts[1]) {
        fail(doc, `Invalid dataset specification ${id}`, 'write "id" as "<owner>/<dataset-slug>"', "id");
    }
    return { owner: parts[0], slug: parts[1] };
}
function checkOwnerAndSlug(doc, owner, slug, lengthRule) {
    if (PLACEHOLDER_OWNER.test(owner)) {
        fail(doc, `"id" still has the placeholder owner "${owner}"`, "put your Kaggle user name (or your organization's) before the '/'", "id");
    }
    if (lengthRule && (chars(slug) < 6 || chars(slug) > 50)) {
        fail(doc, `The dataset slug must be between 6 and 50 characters ("${slug}" has ${chars(slug)})`, 'change the part of "id" after the \'/\'', "id");
    }
    if (!/^[A-Za-z0-9-]+$/.test(slug)) {
        fail(doc, `Slug can only contain alphanumeric or "-" characters ("${slug}")`, 'use letters, digits and "-" in the part of "id" after the \'/\'', "id");
    }
}
/** Validation of `datasets create`, in the official order (§6.1). */
function validateForCreate(doc, opts) {
    for (const key of ["id", "title", "licenses"]) {
        if (doc.data[key] === undefined || doc.data[key] === null) {
            const hint = key === "id" && doc.data.info !== undefined
                ? 'this file holds the "info" written by \'kaggle datasets metadata\'; run \'kaggle datasets init\' for a template or move the fields to the top level'
                : key === "id"
                    ? `add "id": "${opts.username || "<username>"}/<dataset-slug>"`
                    : key === "title"
                        ? 'add "title": "<a title of 6 to 50 characters>"'
                        : 'add "licenses": [{"name": "CC0-1.0"}]';
            fail(doc, `Key ${key} not found in data`, hint);
        }
    }
    const id = str(doc, "id", 'write "id" as "<owner>/<dataset-slug>"');
    const title = str(doc, "title", 'give "title" as text');
    const { owner, slug } = splitId(doc, id, opts);
    if (slug === DEFAULT_SLUG || id === `${opts.username}/${DEFAULT_SLUG}`) {
        fail(doc, "Default slug detected, please change values before uploading", 'replace INSERT_SLUG_HERE in "id" with your dataset\'s slug', "id");
    }
    if (title === DEFAULT_TITLE) {
        fail(doc, "Default title detected, please change values before uploading", 'replace INSERT_TITLE_HERE in "title"', "title");
    }
    const licenses = doc.data.licenses;
    if (!Array.isArray(licenses) || licenses.length !== 1) {
        fail(doc, "Please specify exactly one license", 'write "licenses": [{"name": "CC0-1.0"}]', "licenses");
    }
    checkOwnerAndSlug(doc, owner, slug, true);
    if (chars(title) < 6 || chars(title) > 50) {
        fail(doc, `The dataset title must be between 6 and 50 characters ("${title}" has ${chars(title)})`, 'change "title"', "title");
    }
    const resources = checkResources(doc, opts);
    const lic = licenses[0];
    if (lic === null || typeof lic !== "object" || lic.name === undefined || lic.name === null) {
        fail(doc, "Key name not found in data (licenses[0])", 'write "licenses": [{"name": "CC0-1.0"}]', "licenses");
    }
    if (typeof lic.name !== "string" || !isKnownLicense(lic.name)) {
        fail(doc, `Unknown license ${JSON.stringify(lic.name)} in licenses[0].name`, `use one of ${LICENSE_NAMES.join(", ")}`, "licenses", "name");
    }
    const subtitle = checkSubtitle(doc);
    const description = str(doc, "description", 'give "description" as text (Markdown)');
    const keywords = checkKeywords(doc);
    return {
        ownerSlug: owner,
        slug,
        title,
        licenseName: lic.name,
        ...(subtitle !== undefined ? { subtitle } : {}),
        ...(description !== undefined ? { description } : {}),
        keywords,
        resources,
    };
}
/** Validation of `datasets version` (§6.2): no title or licence checks. */
function validateForVersion(doc, opts) {
    const rawId = doc.data.id;
    const rawNo = doc.data.id_no;
    if ((rawId === undefined || rawId === null) && (rawNo === undefined || rawNo === null)) {
        fail(doc, "ID or slug must be specified in the metadata", `add "id": "${opts.username || "<username>"}/<dataset-slug>"${doc.data.info !== undefined ? ' (this file holds the "info" written by \'kaggle datasets metadata\'; move the fields to the top level)' : ""}`);
    }
    if (rawId !== undefined && rawId !== null && typeof rawId !== "string")
        fail(doc, `"id" must be a string, not ${describeJson(rawId)}`, 'write "id" as "<owner>/<dataset-slug>"', "id");
    const id = rawId;
    if (id !== undefined && (id === `${opts.username}/${DEFAULT_SLUG}` || id.split("/")[1] === DEFAULT_SLUG)) {
        fail(doc, "Default slug detected, please change values before uploading", 'replace INSERT_SLUG_HERE in "id" with your dataset\'s slug', "id");
    }
    const subtitle = checkSubtitle(doc);
    const resources = checkResources(doc, opts);
    const description = str(doc, "description", 'give "description" as text (Markdown)');
    const keywords = checkKeywords(doc);
    const base = {
        ...(subtitle !== undefined ? { subtitle } : {}),
        ...(description !== undefined ? { description } : {}),
        keywords,
        resources,
    };
    if (rawNo !== undefined && rawNo !== null) {
        const n = typeof rawNo === "number" ? rawNo : typeof rawNo === "string" && /^\s*\d+\s*$/.test(rawNo) ? Number(rawNo) : NaN;
        if (!Number.isInteger(n) || n <= 0)
            fail(doc, `"id_no" must be a dataset number, got ${JSON.stringify(rawNo)}`, 'fix "id_no" or remove it and use "id"', "id_no");
        return { id: n, ...base };
    }
    const { owner, slug } = splitId(doc, id, opts);
    checkOwnerAndSlug(doc, owner, slug, false);
    return { ownerSlug: owner, datasetSlug: slug, ...base };
}
/** The template `datasets init` writes: 2-space indent, no trailing newline. */
function initTemplate(username) {
    return JSON.stringify({ title: DEFAULT_TITLE, id: `${username}/${DEFAULT_SLUG}`, licenses: [{ name: "CC0-1.0" }] }, null, 2);
}
/** Writes the template into `folder`; returns the file written. */
function writeInitTemplate(folder, username) {
    let st;
    try {
        st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(folder);
    }
    catch {
        st = undefined;
    }
    if (!st?.isDirectory())
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Invalid folder: ${folder}; give an existing folder with -p`);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, METADATA_FILE);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(file, initTemplate(username));
    return file;
}
const INFO_ORDER = [
    "datasetId", "datasetSlug", "ownerUser", "usabilityRating", "totalViews", "totalVotes", "totalDownloads", "title",
    "subtitle", "description", "isPrivate", "keywords", "licenses", "collaborators", "data", "expectedUpdateFrequency",
    "userSpecifiedSources",
];
const NON_OPTIONAL_DEFAULTS = new Set(["datasetId", "totalViews", "totalVotes", "totalDownloads", "usabilityRating", "isPrivate"]);
/**
 * The text `datasets metadata` writes: `{"info": {...}}` on one line, no trailing newline,
 * Python `json.dumps` spacing and escaping, fields in the SDK's order with defaults left out.
 */
function metadataFileText(info) {
    const ordered = {};
    const src = info;
    for (const key of [...INFO_ORDER, ...Object.keys(src).filter((k) => !INFO_ORDER.includes(k))]) {
        const v = src[key];
        if (v === undefined || v === null)
            continue;
        if (Array.isArray(v) && v.length === 0)
            continue;
        if (NON_OPTIONAL_DEFAULTS.has(key) && (v === 0 || v === false))
            continue;
        ordered[key] = v;
    }
    return (0,_json__WEBPACK_IMPORTED_MODULE_3__/* .toWireJson */ .F)({ info: ordered });
}
/** Cover image names picked up beside the metadata file (and never uploaded as data). */
const COVER_IMAGE_NAMES = ["dataset-cover-image.png", "dataset-cover-image.jpg", "dataset-cover-image.jpeg", "dataset-cover-image.webp"];
const IMAGE_TYPES = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp" };
/**
 * The cover image for `metadata --update`: the file named by the metadata's `image` key
 * (relative to the folder), else a `dataset-cover-image.*` beside it; undefined if neither.
 */
function coverImage(doc, folder) {
    const src = (doc.data.info && typeof doc.data.info === "object" ? doc.data.info : doc.data);
    let file;
    if (typeof src.image === "string" && src.image !== "") {
        file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(folder, src.image);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
            fail(doc, `Image file was not found: ${file}`, 'fix the "image" path (relative to the metadata folder)', "image");
    }
    else {
        file = COVER_IMAGE_NAMES.map((n) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, n)).find((f) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(f));
    }
    if (!file)
        return undefined;
    const contentType = IMAGE_TYPES[node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase()];
    if (!contentType)
        fail(doc, `Image file requires an extension of .jpg, .jpeg, .png, or .webp: ${file}`, "convert the image or rename it", "image");
    return { path: file, contentType };
}
/** `metadata --update`: the settings sent, from the file's top level or its `info` (kaggle 2.2 rules). */
function settingsFromMetadata(doc) {
    const src = (doc.data.info && typeof doc.data.info === "object" ? doc.data.info : doc.data);
    const text = (key) => {
        const v = src[key];
        if (v === undefined || v === null)
            return "";
        if (typeof v !== "string")
            fail(doc, `"${key}" must be a string`, `write "${key}" as text`, key);
        return v;
    };
    const settings = { title: text("title"), subtitle: text("subtitle"), description: text("description") };
    if (src.isPrivate === true)
        settings.isPrivate = true;
    const licenses = src.licenses;
    if (licenses !== undefined && licenses !== null) {
        if (!Array.isArray(licenses))
            fail(doc, '"licenses" must be a list', 'write "licenses": [{"name": "CC0-1.0"}]', "licenses");
        settings.licenses = licenses.map((l) => {
            const name = l?.name;
            if (typeof name !== "string")
                fail(doc, "Key name not found in data (licenses)", 'write "licenses": [{"name": "CC0-1.0"}]', "licenses");
            return { name };
        });
    }
    const keywords = src.keywords;
    if (keywords !== undefined && keywords !== null) {
        if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== "string"))
            fail(doc, '"keywords" must be a list of strings', 'write "keywords": ["tabular"]', "keywords");
        if (keywords.length)
            settings.keywords = keywords;
    }
    const collaborators = src.collaborators;
    if (Array.isArray(collaborators) && collaborators.length) {
        settings.collaborators = collaborators.map((c) => {
            const o = (c ?? {});
            const role = typeof o.role === "string" ? o.role.toUpperCase().replace(/^COLLABORATOR_TYPE_/, "") : "READER";
            if (!["READER", "WRITER", "OWNER", "ADMIN"].includes(role))
                fail(doc, `collaborator role "${String(o.role)}" is not valid`, "use reader or writer", "collaborators", "role");
            return {
                ...(typeof o.username === "string" ? { username: o.username } : {}),
                ...(typeof o.groupSlug === "string" ? { groupSlug: o.groupSlug } : {}),
                role: role,
            };
        });
    }
    let data;
    if (Array.isArray(src.data) && src.data.length) {
        data = src.data.map((d) => {
            const o = (d ?? {});
            const file = {};
            if (typeof o.name === "string")
                file.name = o.name;
            if (typeof o.description === "string")
                file.description = o.description;
            if (typeof o.totalBytes === "number" && o.totalBytes)
                file.totalBytes = o.totalBytes;
            if (Array.isArray(o.columns) && o.columns.length) {
                file.columns = o.columns.map((c) => {
                    const co = (c ?? {});
                    return {
                        ...(typeof co.name === "string" ? { name: co.name } : {}),
                        ...(typeof co.description === "string" ? { description: co.description } : {}),
                        ...(typeof co.type === "string" ? { type: co.type } : {}),
                    };
                });
            }
            return file;
        });
    }
    else if (Array.isArray(src.resources) && src.resources.length) {
        const resources = checkResources({ ...doc, data: src }, { username: "", checkFiles: false });
        data = resources.map((r) => ({
            name: r.path,
            ...(r.description !== undefined ? { description: r.description } : {}),
            ...(r.columns?.length
                ? { columns: r.columns.map((c) => ({ name: c.name ?? "", description: c.description ?? "", ...(c.type ? { type: c.type } : {}) })) }
                : {}),
        }));
    }
    if (data)
        settings.data = data;
    if (typeof src.expectedUpdateFrequency === "string") {
        settings.expectedUpdateFrequency = src.expectedUpdateFrequency;
    }
    settings.userSpecifiedSources = typeof src.userSpecifiedSources === "string" ? src.userSpecifiedSources : "";
    return settings;
}


/***/ }),

/***/ 5400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ KERNEL_METADATA_FILE),
/* harmony export */   Sn: () => (/* binding */ withOverrides),
/* harmony export */   Td: () => (/* binding */ sourceExtension),
/* harmony export */   Vu: () => (/* binding */ readKernelMetadata),
/* harmony export */   W_: () => (/* binding */ joinLikePython),
/* harmony export */   at: () => (/* binding */ parseKernelRef),
/* harmony export */   cD: () => (/* binding */ KERNEL_SLUG_PLACEHOLDER),
/* harmony export */   eb: () => (/* binding */ checkAccelerator),
/* harmony export */   fg: () => (/* binding */ pulledKernelMetadata),
/* harmony export */   tP: () => (/* binding */ kernelMetadataTemplate),
/* harmony export */   vt: () => (/* binding */ CODE_FILE_PLACEHOLDER),
/* harmony export */   xr: () => (/* binding */ planKernelPush)
/* harmony export */ });
/* unused harmony exports KERNEL_LANGUAGES, KERNEL_TYPES, PINNING_TYPES, ACCELERATORS, isGpuAccelerator, slugify, KERNEL_FORM_MESSAGE, pythonJson, lineOf, notebookWireText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6153);
/**
 * `kernel-metadata.json`: the template `kernels init` writes, the checks `kernels push` makes
 * before any request (in the official CLI's order, with its texts, plus the file and line),
 * the `SaveKernel` request built from it, and the file `kernels pull -m` writes.
 */




const KERNEL_METADATA_FILE = "kernel-metadata.json";
const KERNEL_SLUG_PLACEHOLDER = "INSERT_KERNEL_SLUG_HERE";
const CODE_FILE_PLACEHOLDER = "INSERT_CODE_FILE_PATH_HERE";
const KERNEL_LANGUAGES = ["python", "r", "rmarkdown"];
const KERNEL_TYPES = ["script", "notebook"];
const PINNING_TYPES = ["original", "latest"];
/** Accelerator (`machine_shape`) names Kaggle documents (docs/kernels.md, 2026). */
const ACCELERATORS = [
    "NvidiaTeslaP100",
    "TpuV38",
    "NvidiaTeslaT4",
    "NvidiaTeslaT4Highmem",
    "Tpu1VmV38",
    "NvidiaTeslaA100",
    "NvidiaL4",
    "TpuV5E8",
    "NvidiaL4X1",
    "TpuV6E8",
    "NvidiaH100",
    "NvidiaRtxPro6000",
];
/** Accelerators that are GPUs (the rest are TPUs). */
function isGpuAccelerator(name) {
    return !!name && /^Nvidia/i.test(name);
}
// ---------------------------------------------------------------- slugs and references
/**
 * python-slugify with its defaults, as the official CLI uses it to compare a title with the
 * id: ASCII-fold, lower-case, quotes and every run of other characters become one `-`,
 * commas between digits disappear, no leading or trailing `-`.
 */
function slugify(text) {
    let s = text.replace(/['\u2018\u2019]+/g, "-");
    s = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    s = s.replace(/ß/g, "ss").replace(/æ/gi, "ae").replace(/ø/gi, "o").replace(/đ/gi, "d").replace(/ł/gi, "l");
    s = s.toLowerCase();
    s = s.replace(/(\d),(?=\d)/g, "$1");
    s = s.replace(/[^a-z0-9]+/g, "-");
    return s.replace(/^-+|-+$/g, "");
}
const KERNEL_FORM_MESSAGE = "Kernel must be specified in the form of '{username}/{kernel-slug}' or '{username}/{kernel-slug}/{version}'";
/**
 * `owner/slug`, `owner/slug/version` or a bare `slug` (owner = `defaultOwner`), checked as
 * kaggle 2.2 checks it.
 */
function parseKernelRef(text, defaultOwner) {
    if (!text)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("A kernel must be specified");
    if (!text.includes("/")) {
        if (!defaultOwner)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(KERNEL_FORM_MESSAGE);
        return { owner: defaultOwner, slug: text };
    }
    const parts = text.split("/");
    if (parts.length > 3 || !parts[0] || !parts[1])
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(KERNEL_FORM_MESSAGE);
    if (parts[1].length < 5)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Kernel slug must be at least five characters");
    const ref = { owner: parts[0], slug: parts[1] };
    if (parts.length === 3) {
        const v = parts[2];
        if (!v)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Kernel version cannot be empty if specified");
        if (!/^\d+$/.test(v) || Number(v) < 1) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Kernel version must be a positive number, got '${v}' in '${text}'`);
        }
        ref.version = Number(v);
    }
    return ref;
}
/** `owner/slug[/version]` of a dataset source, checked as the official CLI does. */
function checkDatasetString(text) {
    if (!text.includes("/"))
        return "Dataset must be specified in the form of '{username}/{dataset-slug}'";
    const parts = text.split("/");
    if (!parts[0] || !parts[1] || parts.length > 3)
        return `Invalid dataset specification ${text}`;
    if (parts.length === 3 && !/^\d+$/.test(parts[2]))
        return `Invalid dataset version '${parts[2]}' in ${text}: the version must be a number`;
    return undefined;
}
function checkModelString(text) {
    const parts = text.split("/");
    if (parts.length !== 5 || parts.some((p) => p === "")) {
        return "Model instance version must be specified in the form of '{owner}/{model-slug}/{framework}/{instance-slug}/{version-number}'";
    }
    if (!/^\d+$/.test(parts[4]))
        return "Model instance version's version-number must be an integer";
    return undefined;
}
// ---------------------------------------------------------------- the file
/** The file `kaggle kernels init` writes (kaggle 2.2: booleans as strings, `machine_shape`). */
function kernelMetadataTemplate(username) {
    return pythonJson({
        id: `${username}/${KERNEL_SLUG_PLACEHOLDER}`,
        title: "INSERT_TITLE_HERE",
        code_file: CODE_FILE_PLACEHOLDER,
        language: "Pick one of: {python,r,rmarkdown}",
        kernel_type: "Pick one of: {script,notebook}",
        is_private: "true",
        enable_gpu: "false",
        enable_tpu: "false",
        enable_internet: "true",
        machine_shape: "",
        dataset_sources: [],
        competition_sources: [],
        kernel_sources: [],
        model_sources: [],
    });
}
/** Python `json.dumps(value, indent=2)`: non-ASCII escaped, no trailing newline. */
function pythonJson(value) {
    return JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** What `kernels pull -m` writes for a kernel, keys in the official order. */
function pulledKernelMetadata(m, codeFile) {
    return pythonJson({
        id: m.ref ?? "",
        id_no: m.id ?? 0,
        title: m.title ?? "",
        code_file: codeFile,
        language: m.language ?? "",
        kernel_type: m.kernelType ?? "",
        is_private: m.isPrivate ?? false,
        enable_gpu: m.enableGpu ?? false,
        enable_tpu: m.enableTpu ?? false,
        enable_internet: m.enableInternet ?? false,
        keywords: m.categoryIds ?? [],
        dataset_sources: m.datasetDataSources ?? [],
        kernel_sources: m.kernelDataSources ?? [],
        competition_sources: m.competitionDataSources ?? [],
        model_sources: m.modelDataSources ?? [],
        docker_image: m.dockerImage ?? "",
        machine_shape: m.machineShape ?? "",
    });
}
/** File extension `kernels pull` gives the source, by kernel type and language. */
function sourceExtension(kernelType, language) {
    const t = (kernelType ?? "").toLowerCase();
    const l = (language ?? "").toLowerCase();
    const table = {
        script: { python: ".py", r: ".R", rmarkdown: ".Rmd", sqlite: ".sql", julia: ".jl" },
        notebook: { python: ".ipynb", r: ".irnb", julia: ".ijlnb" },
    };
    return table[t]?.[l];
}
/** Line (1-based) where `"key":` first appears, or where `value` appears after it. */
function lineOf(text, key, value) {
    const m = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\s*:`).exec(text);
    if (!m)
        return undefined;
    let at = m.index;
    if (value !== undefined) {
        const v = text.indexOf(JSON.stringify(value).slice(0, -1), at + m[0].length);
        if (v !== -1)
            at = v;
    }
    return text.slice(0, at).split("\n").length;
}
/** Reads and parses `<dir>/kernel-metadata.json` (the folder is checked first, as upstream). */
function readKernelMetadata(dir) {
    let st;
    try {
        st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(dir);
    }
    catch {
        st = undefined;
    }
    if (!st?.isDirectory())
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Invalid folder: ${dir}`);
    const file = joinLikePython(dir, KERNEL_METADATA_FILE);
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8");
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Metadata file not found: ${file}`, { file });
    }
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ""));
    }
    catch (e) {
        const { line, detail } = jsonErrorLocation(text, e);
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not valid JSON (${detail}): fix the syntax at line ${line}`, { file, line });
    }
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} must hold a JSON object with the kernel's id, title, code_file, language and kernel_type`, { file, line: 1 });
    }
    return { file, dir, text, data: data };
}
function jsonErrorLocation(text, e) {
    const pos = /position (\d+)/.exec(e.message);
    const lineCol = /line (\d+) column (\d+)/.exec(e.message);
    if (lineCol)
        return { line: Number(lineCol[1]), detail: e.message };
    const offset = pos ? Number(pos[1]) : text.length;
    return { line: text.slice(0, offset).split("\n").length, detail: e.message.replace(/\s*\(line \d+ column \d+\)/, "") };
}
/** `os.path.join(a, b)` as Python prints it (`./out` + `x` → `./out/x`, no normalisation). */
function joinLikePython(a, b) {
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(b))
        return b;
    if (a === "")
        return b;
    return a.endsWith("/") ? `${a}${b}` : `${a}/${b}`;
}
class Checker {
    meta;
    constructor(meta) {
        this.meta = meta;
    }
    fail(message, key, value) {
        const line = key ? lineOf(this.meta.text, key, value) : undefined;
        const where = line ? ` (${this.meta.file}:${line})` : "";
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${message}${where}`, { file: this.meta.file, ...(line ? { line } : {}) });
    }
    str(key) {
        const v = this.meta.data[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== "string")
            this.fail(`"${key}" must be a string, got ${JSON.stringify(v)}`, key);
        return v;
    }
    list(key, what) {
        const v = this.meta.data[key];
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v))
            this.fail(`"${key}" must be a list of ${what}, e.g. [], got ${JSON.stringify(v)}`, key);
        return v.map((item) => {
            if (typeof item !== "string")
                this.fail(`Every entry of "${key}" must be a string (${what}), got ${JSON.stringify(item)}`, key);
            return item;
        });
    }
    bool(key, fallback) {
        const v = this.meta.data[key];
        if (v === undefined || v === null)
            return fallback;
        if (typeof v === "boolean")
            return v;
        if (typeof v === "string") {
            const lower = v.toLowerCase();
            if (lower === "true")
                return true;
            if (lower === "false")
                return false;
            this.fail(`Invalid boolean value: ${lower}; set "${key}" to true or false`, key);
        }
        this.fail(`Invalid boolean value: ${JSON.stringify(v)}; set "${key}" to true or false`, key);
    }
}
/**
 * Checks a parsed metadata file in the order `kernels push` does and builds the request.
 * Reads the code file. Throws `ConfigurationError` naming the field (and its line) on the
 * first problem.
 */
function planKernelPush(meta) {
    const c = new Checker(meta);
    const d = meta.data;
    const warnings = [];
    const title = c.str("title");
    if (title !== undefined && title.length < 5)
        c.fail('Title must be at least five characters: lengthen "title"', "title");
    const codeFileName = c.str("code_file");
    if (!codeFileName)
        c.fail('A source file must be specified in the metadata: set "code_file" to your script or notebook', codeFileName === "" ? "code_file" : undefined);
    const codeFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(codeFileName) ? codeFileName : joinLikePython(meta.dir, codeFileName);
    let codeStat;
    try {
        codeStat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(codeFile);
    }
    catch {
        codeStat = undefined;
    }
    if (!codeStat?.isFile()) {
        const hint = codeFileName === CODE_FILE_PLACEHOLDER ? ': "code_file" is still the template placeholder; set it to your script or notebook' : "";
        c.fail(`Source file not found: ${codeFile}${hint}`, "code_file");
    }
    const id = c.str("id");
    const idNoRaw = d.id_no;
    let idNo;
    if (idNoRaw !== undefined && idNoRaw !== null) {
        if (typeof idNoRaw !== "number" || !Number.isInteger(idNoRaw))
            c.fail(`"id_no" must be a number (the kernel's numeric id), got ${JSON.stringify(idNoRaw)}`, "id_no");
        idNo = idNoRaw;
    }
    if (!id && idNo === undefined)
        c.fail('ID or slug must be specified in the metadata: set "id" to "<username>/<kernel-slug>"', id === "" ? "id" : undefined);
    let ref;
    if (id) {
        if (!id.includes("/"))
            c.fail(`Kernel must be specified in the form of '{username}/{kernel-slug}': set "id" to "<username>/${id}"`, "id");
        try {
            ref = parseKernelRef(id);
        }
        catch (e) {
            if (id.split("/").length === 3 && id.split("/")[1].length >= 5) {
                c.fail("Kernel metadata 'id' (slug) cannot contain a version: use \"<username>/<kernel-slug>\"", "id");
            }
            c.fail(`${e.message}: fix "id" ('${id}')`, "id");
        }
        if (ref.version !== undefined)
            c.fail("Kernel metadata 'id' (slug) cannot contain a version: use \"<username>/<kernel-slug>\"", "id");
        if (ref.slug === KERNEL_SLUG_PLACEHOLDER) {
            c.fail(`"id" is still the template placeholder ${KERNEL_SLUG_PLACEHOLDER}: set it to "<username>/<kernel-slug>"`, "id");
        }
        if (title !== undefined && slugify(title) !== ref.slug.toLowerCase()) {
            warnings.push("Your kernel title does not resolve to the specified id. This may result in surprising behavior. We suggest making your title something that resolves to the specified id. See https://en.wikipedia.org/wiki/Clean_URL#Slug for more information on how slugs are determined.");
        }
        if (!/^[A-Za-z0-9_-]+$/.test(ref.owner) || !/^[A-Za-z0-9_-]+$/.test(ref.slug)) {
            warnings.push(`The id '${id}' contains characters Kaggle does not use in URLs; Kaggle will likely refuse or rename it. Use lower-case letters, digits and '-' (e.g. '${slugify(ref.owner)}/${slugify(ref.slug)}').`);
        }
    }
    let language = c.str("language");
    if (!language || !KERNEL_LANGUAGES.includes(language)) {
        c.fail("A valid language must be specified in the metadata. Valid options are ['python', 'r', 'rmarkdown']", "language");
    }
    const kernelType = c.str("kernel_type");
    if (!kernelType || !KERNEL_TYPES.includes(kernelType)) {
        c.fail("A valid kernel type must be specified in the metadata. Valid options are ['script', 'notebook']", "kernel_type");
    }
    if (kernelType === "notebook" && language === "rmarkdown")
        language = "r";
    const ext = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(codeFile).toLowerCase();
    if (kernelType === "script" && (ext === ".ipynb" || ext === ".irnb")) {
        warnings.push(`"kernel_type" is "script" but ${codeFileName} is a notebook; Kaggle will run the notebook's JSON as a script. Set "kernel_type" to "notebook".`);
    }
    if (language === "python" && (ext === ".r" || ext === ".rmd")) {
        warnings.push(`"language" is "python" but ${codeFileName} is an R file. Set "language" to "r".`);
    }
    else if ((language === "r" || language === "rmarkdown") && ext === ".py") {
        warnings.push(`"language" is "${language}" but ${codeFileName} is a Python file. Set "language" to "python".`);
    }
    const datasets = c.list("dataset_sources", "'owner/dataset-slug' strings");
    for (const s of datasets) {
        const problem = checkDatasetString(s);
        if (problem)
            c.fail(`${problem}: fix "dataset_sources" entry '${s}'`, "dataset_sources", s);
    }
    const kernels = c.list("kernel_sources", "'owner/kernel-slug' strings");
    for (const s of kernels) {
        try {
            const r = parseKernelRef(s);
            if (!s.includes("/"))
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(KERNEL_FORM_MESSAGE);
            void r;
        }
        catch (e) {
            c.fail(`${e.message}: fix "kernel_sources" entry '${s}'`, "kernel_sources", s);
        }
    }
    const competitions = c.list("competition_sources", "competition slugs");
    for (const s of competitions) {
        if (!s.trim())
            c.fail('"competition_sources" has an empty entry: remove it or give a competition slug such as "titanic"', "competition_sources");
    }
    const models = c.list("model_sources", "'owner/model/framework/instance/version' strings");
    for (const s of models) {
        const problem = checkModelString(s);
        if (problem)
            c.fail(`${problem}: fix "model_sources" entry '${s}'`, "model_sources", s);
    }
    const keywords = c.list("keywords", "tag strings");
    const pinning = c.str("docker_image_pinning_type");
    if (pinning && !PINNING_TYPES.includes(pinning)) {
        c.fail("If specified, the docker_image_pinning_type must be one of ['original', 'latest']", "docker_image_pinning_type");
    }
    const dockerImage = c.str("docker_image");
    const machineShape = c.str("machine_shape") || undefined;
    if (machineShape !== undefined)
        checkAccelerator(machineShape, (m) => c.fail(m, "machine_shape"));
    const isPrivate = c.bool("is_private", true);
    const enableGpu = c.bool("enable_gpu", false);
    const enableTpu = c.bool("enable_tpu", false);
    const enableInternet = c.bool("enable_internet", true);
    const raw = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(codeFile, "utf8");
    let text = raw;
    if (kernelType === "notebook") {
        try {
            text = notebookWireText(raw);
        }
        catch (e) {
            c.fail(`${codeFile} is not a notebook (${e.message}): point "code_file" at an .ipynb file or set "kernel_type" to "script"`, "code_file");
        }
    }
    const request = {
        ...(idNo !== undefined ? { id: idNo } : {}),
        ...(id ? { slug: id } : {}),
        ...(title !== undefined ? { newTitle: title } : {}),
        text,
        language,
        kernelType,
        ...(datasets.length ? { datasetDataSources: datasets } : {}),
        ...(kernels.length ? { kernelDataSources: kernels } : {}),
        ...(competitions.length ? { competitionDataSources: competitions } : {}),
        ...(keywords.length ? { categoryIds: keywords } : {}),
        isPrivate,
        enableGpu,
        enableInternet,
        ...(pinning ? { dockerImagePinningType: pinning } : {}),
        ...(models.length ? { modelDataSources: models } : {}),
        enableTpu,
        ...(dockerImage ? { dockerImage } : {}),
        ...(machineShape ? { machineShape } : {}),
    };
    return {
        request,
        ...(ref ? { ref } : {}),
        ...(idNo !== undefined ? { idNo } : {}),
        codeFile,
        metadataFile: meta.file,
        warnings,
    };
}
/** Rejects an accelerator name Kaggle does not know, suggesting the right spelling. */
function checkAccelerator(name, fail = (m) => {
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(m);
}) {
    if (ACCELERATORS.includes(name))
        return;
    const close = ACCELERATORS.find((a) => a.toLowerCase() === name.toLowerCase());
    const hint = close ? `did you mean '${close}'?` : `use one of ${ACCELERATORS.join(", ")}`;
    fail(`Unknown accelerator '${name}': ${hint}`);
}
/**
 * A notebook as the official CLI sends it: code-cell outputs emptied, list sources joined,
 * everything else kept, serialised as Python's `json.dumps` would.
 */
function notebookWireText(raw) {
    const nb = JSON.parse(raw.replace(/^\uFEFF/, ""));
    if (nb && typeof nb === "object" && !Array.isArray(nb) && Array.isArray(nb.cells)) {
        for (const cell of nb.cells) {
            if (!cell || typeof cell !== "object")
                continue;
            const c = cell;
            if (c.cell_type === "code" && "outputs" in c)
                c.outputs = [];
            if (Array.isArray(c.source))
                c.source = c.source.join("");
        }
    }
    return (0,_json__WEBPACK_IMPORTED_MODULE_3__/* .toWireJson */ .F)(nb);
}
/** Applies the command line's `-t` and `--accelerator` to a planned request, in wire order. */
function withOverrides(req, opts) {
    const { dockerImage, machineShape, ...head } = req;
    const shape = opts.accelerator ?? machineShape;
    return {
        ...head,
        ...(opts.sessionTimeoutSeconds !== undefined ? { sessionTimeoutSeconds: opts.sessionTimeoutSeconds } : {}),
        ...(dockerImage ? { dockerImage } : {}),
        ...(shape ? { machineShape: shape } : {}),
    };
}


/***/ }),

/***/ 6006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ paginate)
/* harmony export */ });
/* unused harmony export collect */
/**
 * Yields every item of every page. Stops when a page has no `nextPageToken`, when the server
 * repeats a token (a server bug must not become an endless loop), or after `maxPages`.
 */
async function* paginate(fetchPage, itemsOf, maxPages = 10_000) {
    const seen = new Set();
    let token;
    for (let n = 0; n < maxPages; n++) {
        const page = await fetchPage(token);
        for (const item of itemsOf(page) ?? [])
            yield item;
        token = page.nextPageToken || undefined;
        if (!token || seen.has(token))
            return;
        seen.add(token);
    }
}
/** Collects an async iterable into an array. */
async function collect(items, limit = Infinity) {
    const out = [];
    for await (const item of items) {
        out.push(item);
        if (out.length >= limit)
            break;
    }
    return out;
}


/***/ }),

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ humanSize),
/* harmony export */   n: () => (/* binding */ noProgress)
/* harmony export */ });
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

/***/ 1317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ submissionStatus),
/* harmony export */   HR: () => (/* binding */ CompetitionsResource),
/* harmony export */   mp: () => (/* binding */ lastSegment)
/* harmony export */ });
/* unused harmony export competitionSlug */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _paginate__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6006);
/* harmony import */ var _types_common__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8712);
/* harmony import */ var _wait__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3210);
/** `competitions.CompetitionApiService`: listing, data files, submissions and leaderboards. */






const SERVICE = _types_common__WEBPACK_IMPORTED_MODULE_3__/* .Services */ .x.competitions;
/** A submission's state is final once it is `COMPLETE` or `ERROR`. */
function submissionStatus(s) {
    return s.status ?? "PENDING";
}
/** `https://www.kaggle.com/competitions/titanic` → `titanic`; a bare slug stays as it is. */
function competitionSlug(ref) {
    const trimmed = ref.replace(/\/+$/, "");
    const m = /\/(?:competitions|c)\/([^/?#]+)/.exec(trimmed);
    return m ? m[1] : trimmed;
}
class CompetitionsResource {
    client;
    constructor(client) {
        this.client = client;
    }
    /** One page of competitions, with the request shaped exactly as the official CLI sends it. */
    list(opts = {}) {
        const body = {
            group: opts.group ?? "COMPETITION_LIST_TAB_EVERYTHING",
            category: opts.category ?? "HOST_SEGMENT_UNSPECIFIED",
            sortBy: opts.sortBy ?? "COMPETITION_SORT_BY_BEST",
            search: opts.search ?? "",
            ...(opts.page !== undefined && opts.page !== -1 ? { page: opts.page } : {}),
            ...(opts.pageToken !== undefined ? { pageToken: opts.pageToken } : {}),
            ...(opts.pageSize !== undefined ? { pageSize: opts.pageSize } : {}),
        };
        return this.client.call(SERVICE, "ListCompetitions", body);
    }
    /** Every competition matching the filters, across pages. */
    listAll(opts = {}) {
        return (0,_paginate__WEBPACK_IMPORTED_MODULE_5__/* .paginate */ .E)((pageToken) => this.list({ ...opts, ...(pageToken ? { pageToken } : {}) }), (page) => page.competitions);
    }
    files(competition, opts = {}) {
        return this.client.call(SERVICE, "ListDataFiles", {
            competitionName: competition,
            pageSize: opts.pageSize ?? 20,
            ...(opts.pageToken !== undefined ? { pageToken: opts.pageToken } : {}),
        });
    }
    filesAll(competition, pageSize = 200) {
        return (0,_paginate__WEBPACK_IMPORTED_MODULE_5__/* .paginate */ .E)((pageToken) => this.files(competition, { pageSize, ...(pageToken ? { pageToken } : {}) }), (page) => page.files);
    }
    /** Downloads one data file, named after the last segment of the signed URL. */
    downloadFile(competition, fileName, target) {
        return this.client.download({
            source: () => this.client.redirectSource(SERVICE, "DownloadDataFile", { competitionName: competition, fileName }),
            dest: target.path,
            fileNameFromUrl: (url) => lastSegment(url),
            ...(target.force ? { force: true } : {}),
            ...(target.progress ? { progress: target.progress } : {}),
        });
    }
    /** Downloads all data files as `<competition>.zip` (never unzipped, as upstream). */
    downloadAll(competition, target) {
        return this.client.download({
            source: () => this.client.redirectSource(SERVICE, "DownloadDataFiles", { competitionName: competition }),
            dest: target.path,
            fileNameFromUrl: (url) => {
                const name = lastSegment(url);
                const dot = name.lastIndexOf(".");
                return `${competition}${dot === -1 ? ".zip" : name.slice(dot)}`;
            },
            ...(target.force ? { force: true } : {}),
            ...(target.progress ? { progress: target.progress } : {}),
        });
    }
    /**
     * Uploads a file and creates a submission. A failed upload is an error: the submission is
     * never created from a partial file.
     */
    async submit(competition, file, opts = {}) {
        let stat;
        try {
            stat = await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.stat(file);
        }
        catch {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Submission file not found: ${file}; check the path given with -f`);
        }
        if (!stat.isFile())
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not a file; give the submission file with -f`);
        const start = await this.client.call(SERVICE, "StartSubmissionUpload", {
            competitionName: competition,
            ...(stat.size ? { contentLength: stat.size } : {}),
            ...(Math.floor(stat.mtimeMs / 1000) ? { lastModifiedEpochSeconds: Math.floor(stat.mtimeMs / 1000) } : {}),
            fileName: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file),
        });
        if (!start.createUrl || !start.token) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .KaggleApiError */ .cc("StartSubmissionUpload answered without an upload URL", { status: 0 });
        }
        await this.client.upload({
            url: start.createUrl,
            file,
            size: stat.size,
            ...(opts.progress ? { progress: opts.progress } : {}),
        });
        const modelVersion = opts.benchmarkModelVersionId;
        const body = {
            competitionName: competition,
            blobFileTokens: start.token,
            ...(opts.message ? { submissionDescription: opts.message } : {}),
            ...(modelVersion !== undefined ? { benchmarkModelVersionId: modelVersion } : {}),
            ...(opts.sandbox ? { sandbox: true } : {}),
        };
        const res = await this.client.call(SERVICE, "CreateSubmission", body, { idempotent: false });
        return { ref: res.ref ?? 0, message: res.message ?? "" };
    }
    /** A code-competition submission from a notebook version. */
    async submitCode(competition, kernel, version, opts = {}) {
        const [owner, slug, ...rest] = kernel.split("/");
        if (!owner || !slug || rest.length)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("The kernel must be specified as <owner>/<notebook>");
        const body = {
            competitionName: competition,
            kernelOwner: owner,
            kernelSlug: slug,
            kernelVersion: version,
            ...(opts.fileName ? { fileName: opts.fileName } : {}),
            ...(opts.message ? { submissionDescription: opts.message } : {}),
        };
        const res = await this.client.call(SERVICE, "CreateCodeSubmission", body, { idempotent: false });
        return { ref: res.ref ?? 0, message: res.message ?? "" };
    }
    /** One page of the caller's submissions, newest first (`page: -1` as the official CLI). */
    submissions(competition, opts = {}) {
        const body = {
            competitionName: competition,
            page: -1,
            ...(opts.pageSize !== undefined ? { pageSize: opts.pageSize } : {}),
            ...(opts.pageToken !== undefined ? { pageToken: opts.pageToken } : {}),
            ...(opts.sortBy && opts.sortBy !== "SUBMISSION_SORT_BY_DATE" ? { sortBy: opts.sortBy } : {}),
            ...(opts.group && opts.group !== "SUBMISSION_GROUP_ALL" ? { group: opts.group } : {}),
        };
        return this.client.call(SERVICE, "ListSubmissions", body);
    }
    submissionsAll(competition, opts = {}) {
        return (0,_paginate__WEBPACK_IMPORTED_MODULE_5__/* .paginate */ .E)((pageToken) => this.submissions(competition, { ...opts, pageSize: 100, ...(pageToken ? { pageToken } : {}) }), (page) => page.submissions);
    }
    /** Finds one of the caller's submissions by its id. */
    async submission(competition, ref) {
        for await (const s of this.submissionsAll(competition))
            if (s.ref === ref)
                return s;
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .KaggleApiError */ .cc(`Submission ${ref} was not found among your submissions to ${competition}`, { status: 404 });
    }
    /** Polls until the submission is scored (`COMPLETE`) or failed (`ERROR`), or the deadline. */
    waitForScore(competition, ref, opts) {
        return (0,_wait__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g)(async () => {
            const s = await this.submission(competition, ref);
            opts.onPoll?.(s);
            return submissionStatus(s) === "PENDING" ? undefined : s;
        }, {
            timeoutMs: opts.timeoutMs,
            initialIntervalMs: 1_000,
            maxIntervalMs: 15_000,
            clock: this.client.clock,
            ...(opts.signal ? { signal: opts.signal } : {}),
            describe: (ms) => `Submission ${ref} to ${competition} was still pending after ${Math.round(ms / 1000)} s; raise the timeout or check it later with 'kaggle competitions submissions ${competition}'`,
        });
    }
    leaderboard(competition, opts = {}) {
        return this.client.call(SERVICE, "GetLeaderboard", {
            competitionName: competition,
            ...(opts.overridePublic !== undefined ? { overridePublic: opts.overridePublic } : {}),
            ...(opts.pageSize !== undefined ? { pageSize: opts.pageSize } : {}),
            ...(opts.pageToken !== undefined ? { pageToken: opts.pageToken } : {}),
        });
    }
    leaderboardAll(competition, opts = {}) {
        return (0,_paginate__WEBPACK_IMPORTED_MODULE_5__/* .paginate */ .E)((pageToken) => this.leaderboard(competition, { ...opts, pageSize: 200, ...(pageToken ? { pageToken } : {}) }), (page) => page.submissions);
    }
    /** Downloads the whole leaderboard as `<competition>.zip` into a folder. */
    async downloadLeaderboard(competition, target) {
        return this.client.download({
            source: async () => ({
                response: await this.client.transport.callRaw(SERVICE, "DownloadLeaderboard", { competitionName: competition }),
            }),
            dest: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target.path, `${competition}.zip`),
            alwaysDownload: true,
            ...(target.progress ? { progress: target.progress } : {}),
        });
    }
}
/** Last path segment of a URL, query removed, not percent-decoded (as upstream). */
function lastSegment(url) {
    const noQuery = url.split("?")[0].split("#")[0];
    return noQuery.slice(noQuery.lastIndexOf("/") + 1);
}


/***/ }),

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ parseDatasetRef),
/* harmony export */   Ku: () => (/* binding */ DatasetsResource),
/* harmony export */   t9: () => (/* binding */ DatasetExistsError)
/* harmony export */ });
/* unused harmony export statusIsOk */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _metadata_dataset__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6477);
/* harmony import */ var _paginate__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6006);
/* harmony import */ var _types_common__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8712);
/* harmony import */ var _wait__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3210);
/* harmony import */ var _competitions__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1317);
/** `datasets.DatasetApiService`: listing, files, downloads, metadata, status, and creating datasets and versions. */







/** Upload planning, archiving and resume state: loaded only by the commands that upload. */
const uploads = () => __webpack_require__.e(/* import() */ 140).then(__webpack_require__.bind(__webpack_require__, 140));

const SERVICE = _types_common__WEBPACK_IMPORTED_MODULE_4__/* .Services */ .x.datasets;
/**
 * Parses `owner/slug`, `owner/slug/N` or a bare `slug` (owner = `defaultOwner`), with the
 * official CLI's messages.
 */
function parseDatasetRef(text, defaultOwner) {
    const parts = text.split("/");
    if (parts.length === 1) {
        if (!defaultOwner || !text) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Dataset must be specified in the form of '{username}/{dataset-slug}', got '${text}'`);
        }
        return { owner: defaultOwner, slug: text };
    }
    if (parts.length > 3 || !parts[0] || !parts[1]) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Invalid dataset specification ${text}; write it as <owner>/<dataset-slug>[/<version>]`);
    }
    const ref = { owner: parts[0], slug: parts[1] };
    if (parts.length === 3) {
        const v = parts[2];
        if (!/^\d+$/.test(v.trim())) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`invalid literal for int() with base 10: '${v}'; the version after the second '/' must be a number`);
        }
        ref.version = Number(v);
    }
    return ref;
}
class DatasetExistsError extends _errors__WEBPACK_IMPORTED_MODULE_2__/* .KaggleApiError */ .cc {
}
/** The `files[]` entries of a create/version request, resources matched by file name. */
function newFiles(uploaded, resources) {
    return uploaded.map((u) => {
        const r = resources.find((x) => x.path === u.item.name);
        const f = { token: u.token };
        if (r?.description !== undefined)
            f.description = r.description;
        if (r?.columns?.length)
            f.columns = r.columns;
        return f;
    });
}
function statusIsOk(res) {
    return (res.status ?? "").toLowerCase() === "ok";
}
class DatasetsResource {
    client;
    constructor(client) {
        this.client = client;
    }
    /** One page of datasets, the request shaped exactly as the official CLI sends it. */
    list(opts = {}) {
        const body = {
            ...(opts.group && opts.group !== "DATASET_SELECTION_GROUP_PUBLIC" ? { group: opts.group } : {}),
            ...(opts.sortBy && opts.sortBy !== "DATASET_SORT_BY_HOTTEST" ? { sortBy: opts.sortBy } : {}),
            ...(opts.fileType && opts.fileType !== "DATASET_FILE_TYPE_GROUP_ALL" ? { fileType: opts.fileType } : {}),
            ...(opts.license && opts.license !== "DATASET_LICENSE_GROUP_ALL" ? { license: opts.license } : {}),
            tagIds: opts.tagIds ?? "",
            search: opts.search ?? "",
            user: opts.user ?? "",
            ...(opts.minSize ? { minSize: opts.minSize } : {}),
            ...(opts.maxSize ? { maxSize: opts.maxSize } : {}),
            ...(opts.pageToken === undefined && (opts.page ?? 1) !== 0 ? { page: opts.page ?? 1 } : {}),
            ...(opts.pageToken !== undefined ? { pageToken: opts.pageToken } : {}),
            ...(opts.pageSize !== undefined ? { pageSize: opts.pageSize } : {}),
        };
        return this.client.call(SERVICE, "ListDatasets", body);
    }
    /** Every dataset matching the filters, across pages (an async iterable; stop any time). */
    listAll(opts = {}) {
        return (0,_paginate__WEBPACK_IMPORTED_MODULE_7__/* .paginate */ .E)((pageToken) => this.list({ ...opts, pageSize: opts.pageSize ?? 100, ...(pageToken ? { pageToken } : { page: 1 }) }), (page) => page.datasets);
    }
    /** One page of a dataset's files (anonymous access allowed for public datasets). */
    files(ref, opts = {}) {
        return this.client.call(SERVICE, "ListDatasetFiles", {
            ownerSlug: ref.owner,
            datasetSlug: ref.slug,
            ...(ref.version !== undefined ? { datasetVersionNumber: ref.version } : {}),
            ...(opts.pageToken !== undefined ? { pageToken: opts.pageToken } : {}),
            pageSize: opts.pageSize ?? 20,
        }, { allowAnonymous: true });
    }
    filesAll(ref, pageSize = 200) {
        return (0,_paginate__WEBPACK_IMPORTED_MODULE_7__/* .paginate */ .E)(async (pageToken) => {
            const page = await this.files(ref, { pageSize, ...(pageToken ? { pageToken } : {}) });
            if (page.errorMessage)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .KaggleApiError */ .cc(page.errorMessage, { status: 0, rpc: `${SERVICE}/ListDatasetFiles` });
            return page;
        }, (page) => page.datasetFiles);
    }
    /** `GetDataset` (used for `currentVersionNumber`). */
    get(ref) {
        return this.client.call(SERVICE, "GetDataset", { ownerSlug: ref.owner, datasetSlug: ref.slug }, { allowAnonymous: true });
    }
    /** Processing status of the latest version, e.g. `READY` (missing = `NOT_YET_PERSISTED`). */
    async status(ref) {
        const res = await this.client.call(SERVICE, "GetDatasetStatus", { ownerSlug: ref.owner, datasetSlug: ref.slug });
        return res.status ?? "NOT_YET_PERSISTED";
    }
    /** Polls the status until `READY` (or `FAILED`, an error), with a deadline. */
    async waitUntilReady(ref, opts) {
        const status = await (0,_wait__WEBPACK_IMPORTED_MODULE_5__/* .pollUntil */ .g)(async () => {
            const s = await this.status(ref);
            opts.onPoll?.(s);
            return s === "READY" || s === "FAILED" || s === "DELETED" ? s : undefined;
        }, {
            timeoutMs: opts.timeoutMs,
            initialIntervalMs: 500,
            maxIntervalMs: 10_000,
            clock: this.client.clock,
            ...(opts.signal ? { signal: opts.signal } : {}),
            describe: (ms) => `Dataset ${ref.owner}/${ref.slug} was still processing after ${Math.round(ms / 1000)} s; raise the timeout or check it later with 'kaggle datasets status ${ref.owner}/${ref.slug}'`,
        });
        if (status !== "READY")
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .KaggleApiError */ .cc(`Dataset ${ref.owner}/${ref.slug} processing ended with status ${status.toLowerCase()}`, { status: 0 });
        return status;
    }
    /** `GetDatasetMetadata`; an `errorMessage` in the answer is an error. */
    async metadata(ref) {
        const res = await this.client.call(SERVICE, "GetDatasetMetadata", { ownerSlug: ref.owner, datasetSlug: ref.slug }, { allowAnonymous: true });
        if (res.errorMessage)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .KaggleApiError */ .cc(res.errorMessage, { status: 0, rpc: `${SERVICE}/GetDatasetMetadata` });
        return res.info ?? {};
    }
    /**
     * Uploads a cover image (an `INBOX` blob) and returns the `settings.image` that points at it,
     * with the crop rectangles the official CLI sends (a 560×280 cover, a 280×280 thumbnail).
     */
    async uploadCoverImage(file, contentType) {
        const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.stat(file);
        const start = await this.client.blobs.startUpload({
            type: "INBOX",
            name: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file),
            contentType,
            contentLength: stat.size,
            lastModifiedEpochSeconds: Math.floor(stat.mtimeMs / 1000),
        });
        await this.client.upload({ url: start.createUrl, file, size: stat.size });
        return {
            token: start.token,
            cropRectangles: [
                { title: "cover image", width: 560, height: 280 },
                { title: "thumbnail", left: 140, width: 280, height: 280 },
            ],
        };
    }
    /** `UpdateDatasetMetadata`; returns the server's error texts (empty on success). */
    async updateMetadata(ref, settings) {
        const res = await this.client.call(SERVICE, "UpdateDatasetMetadata", { ownerSlug: ref.owner, datasetSlug: ref.slug, settings }, { idempotent: false });
        return (res.errors ?? []).map((e) => (typeof e === "string" ? e : (e.message ?? JSON.stringify(e))));
    }
    downloadBody(ref, fileName) {
        return {
            ownerSlug: ref.owner,
            datasetSlug: ref.slug,
            ...(ref.version !== undefined ? { datasetVersionNumber: ref.version } : {}),
            ...(fileName !== undefined ? { fileName } : {}),
        };
    }
    /** Downloads the whole dataset as `<dir>/<slug>.zip` (whatever the signed URL is called). */
    downloadAll(ref, target) {
        return this.client.download({
            source: () => this.client.redirectSource(SERVICE, "DownloadDataset", this.downloadBody(ref), { allowAnonymous: true }),
            dest: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target.path, `${ref.slug}.zip`),
            ...(target.force ? { force: true } : {}),
            ...(target.progress ? { progress: target.progress } : {}),
        });
    }
    /** Downloads one file, named after the last segment of the signed URL (not decoded, as upstream). */
    downloadFile(ref, fileName, target) {
        return this.client.download({
            source: () => this.client.redirectSource(SERVICE, "DownloadDataset", this.downloadBody(ref, fileName), { allowAnonymous: true }),
            dest: target.path,
            fileNameFromUrl: (url) => (0,_competitions__WEBPACK_IMPORTED_MODULE_6__/* .lastSegment */ .mp)(url),
            ...(target.force ? { force: true } : {}),
            ...(target.progress ? { progress: target.progress } : {}),
        });
    }
    /** Uploads the folder's files; every file must make it, or nothing is created. */
    async uploadFolder(folder, opts) {
        const { defaultStateDir, planUploads, uploadAll } = await uploads();
        const stateDir = opts.stateDir ?? defaultStateDir(this.client.host.env);
        const plan = await planUploads(folder, { dirMode: opts.dirMode ?? "skip" });
        for (const name of plan.skippedFolders)
            opts.events?.skippedFolder?.(name);
        for (const name of plan.skippedOther)
            opts.events?.skippedOther?.(name);
        try {
            const uploaded = await uploadAll(this.client, plan.items, {
                stateDir,
                ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
                ...(opts.events ? { events: opts.events } : {}),
                ...(opts.progress ? { progress: opts.progress } : {}),
                ...(opts.signal ? { signal: opts.signal } : {}),
            });
            return { uploaded, items: plan.items, stateDir, cleanup: plan.cleanup };
        }
        catch (err) {
            await plan.cleanup();
            throw err;
        }
    }
    /**
     * `datasets create`: validates the metadata, checks that the dataset does not exist yet,
     * uploads every file, then calls `CreateDataset` with the tokens.
     */
    async create(folder, opts = {}) {
        const { checkFolder, clearResumeState } = await uploads();
        checkFolder(folder);
        const doc = (0,_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .readMetadata */ ._6)(folder);
        const username = await this.client.username();
        const spec = (0,_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .validateForCreate */ .Gv)(doc, { username, folder });
        const ref = { owner: spec.ownerSlug, slug: spec.slug };
        let exists = false;
        try {
            await this.status(ref);
            exists = true;
        }
        catch (err) {
            if (!(err instanceof _errors__WEBPACK_IMPORTED_MODULE_2__/* .KaggleApiError */ .cc) || err.status === 0)
                throw err;
        }
        if (exists) {
            throw new DatasetExistsError(`Dataset creation error: The requested title "${spec.title}" is already in use by a dataset. Please choose another title.`, { status: 409 });
        }
        const { uploaded, items, stateDir, cleanup } = await this.uploadFolder(folder, opts);
        try {
            const files = newFiles(uploaded, spec.resources);
            const body = {
                ownerSlug: spec.ownerSlug,
                slug: spec.slug,
                title: spec.title,
                licenseName: spec.licenseName,
                ...(opts.public ? {} : { isPrivate: true }),
                ...(files.length ? { files } : {}),
                ...(spec.subtitle !== undefined ? { subtitle: spec.subtitle } : {}),
                ...(spec.description !== undefined ? { description: spec.description } : {}),
                ...(spec.keywords.length ? { categoryIds: spec.keywords } : {}),
            };
            const response = await this.client.call(SERVICE, "CreateDataset", body, { idempotent: false });
            const ok = statusIsOk(response);
            if (ok)
                await clearResumeState(items, stateDir);
            return { response, uploaded, ok, spec };
        }
        finally {
            await cleanup();
        }
    }
    /** `datasets version`: uploads every file, then `CreateDatasetVersion(ById)`. */
    async version(folder, opts) {
        const { checkFolder, clearResumeState } = await uploads();
        checkFolder(folder);
        const doc = (0,_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .readMetadata */ ._6)(folder);
        const username = await this.client.username();
        const spec = (0,_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .validateForVersion */ .Ac)(doc, { username, folder });
        const { uploaded, items, stateDir, cleanup } = await this.uploadFolder(folder, opts);
        try {
            const files = newFiles(uploaded, spec.resources);
            const body = {
                versionNotes: opts.notes,
                ...(opts.deleteOldVersions ? { deleteOldVersions: true } : {}),
                ...(files.length ? { files } : {}),
                ...(spec.subtitle !== undefined ? { subtitle: spec.subtitle } : {}),
                ...(spec.description !== undefined ? { description: spec.description } : {}),
                ...(spec.keywords.length ? { categoryIds: spec.keywords } : {}),
            };
            const response = spec.id !== undefined
                ? await this.client.call(SERVICE, "CreateDatasetVersionById", { id: spec.id, body }, { idempotent: false })
                : await this.client.call(SERVICE, "CreateDatasetVersion", { ownerSlug: spec.ownerSlug, datasetSlug: spec.datasetSlug, body }, { idempotent: false });
            const ok = statusIsOk(response);
            if (ok)
                await clearResumeState(items, stateDir);
            return { response, uploaded, ok, spec };
        }
        finally {
            await cleanup();
        }
    }
}


/***/ }),

/***/ 6313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tj: () => (/* binding */ KernelsResource),
  _V: () => (/* binding */ MAX_KERNELS_PAGE_SIZE),
  kQ: () => (/* binding */ compileFilePattern)
});

// UNUSED EXPORTS: isFinalStatus, parseKernelStatus, safeOutputPath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/metadata/kernel.ts
var kernel = __webpack_require__(5400);
// EXTERNAL MODULE: ./src/core/paginate.ts
var paginate = __webpack_require__(6006);
// EXTERNAL MODULE: ./src/core/types/common.ts
var common = __webpack_require__(8712);
;// CONCATENATED MODULE: ./src/core/types/kernels.ts
/** `KernelWorkerStatus`; `QUEUED` is the zero member (left out of answers). */
const KernelWorkerStatuses = [
    "QUEUED",
    "RUNNING",
    "COMPLETE",
    "ERROR",
    "CANCEL_REQUESTED",
    "CANCEL_ACKNOWLEDGED",
    "NEW_SCRIPT",
];
/** States a run never leaves. */
const FINAL_KERNEL_STATUSES = ["COMPLETE", "ERROR", "CANCEL_ACKNOWLEDGED"];
const KernelsListSortTypes = (/* unused pure expression or super */ null && ([
    "HOTNESS",
    "COMMENT_COUNT",
    "DATE_CREATED",
    "DATE_RUN",
    "RELEVANCE",
    "SCORE_ASCENDING",
    "SCORE_DESCENDING",
    "VIEW_COUNT",
    "VOTE_COUNT",
]));
const KernelsListViewTypes = (/* unused pure expression or super */ null && ([
    "KERNELS_LIST_VIEW_TYPE_UNSPECIFIED",
    "PROFILE",
    "UPVOTED",
    "EVERYONE",
    "COLLABORATION",
    "FORK",
    "BOOKMARKED",
    "RECENTLY_VIEWED",
    "PUBLIC_AND_USERS_PRIVATE",
]));
const KernelExecutionTypes = (/* unused pure expression or super */ null && (["KERNEL_EXECUTION_TYPE_UNSPECIFIED", "SAVE_AND_RUN_ALL", "INTER_ACTIVE", "QUICK_SAVE"]));

// EXTERNAL MODULE: ./src/core/wait.ts
var wait = __webpack_require__(3210);
;// CONCATENATED MODULE: ./src/core/resources/kernels.ts
/**
 * `kernels.KernelsApiService`: list, push (`SaveKernel`), pull (`GetKernel`), session status,
 * session output (every page, filtered, names checked) and waiting for a run to finish.
 */








const SERVICE = common/* Services */.x.kernels;
const MAX_KERNELS_PAGE_SIZE = 100;
/** Parses a status word leniently (`COMPLETE`, `complete`, `KERNEL_WORKER_STATUS_COMPLETE`). */
function parseKernelStatus(raw) {
    if (!raw)
        return "QUEUED";
    const norm = raw.toUpperCase().replace(/^KERNEL_WORKER_STATUS_/, "").replace(/([a-z])([A-Z])/g, "$1_$2");
    const camel = raw.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
    return KernelWorkerStatuses.find((s) => s === norm || s === camel);
}
/** True once a run can no longer change (an unknown word is not final: keep waiting). */
function isFinalStatus(s) {
    return FINAL_KERNEL_STATUSES.includes(s);
}
/**
 * The local path for an output file name the server sent, or an error when the name would
 * land outside `dir` (absolute, `..`, backslashes, NUL).
 */
function safeOutputPath(dir, fileName) {
    const bad = !fileName ||
        fileName.includes("\0") ||
        fileName.includes("\\") ||
        fileName.startsWith("/") ||
        /^[A-Za-z]:/.test(fileName) ||
        fileName.split("/").some((p) => p === ".." || p === "");
    const target = (0,kernel/* joinLikePython */.W_)(dir, fileName);
    const root = external_node_path_default().resolve(dir);
    const resolved = external_node_path_default().resolve(target);
    if (bad || (resolved !== root && !resolved.startsWith(root + (external_node_path_default()).sep))) {
        throw new errors/* KaggleApiError */.cc(`Refusing output file '${fileName}' from the server: its name would be written outside ${dir}. Nothing of this output was downloaded`, { status: 0, rpc: `${SERVICE}/ListKernelSessionOutput` });
    }
    return target;
}
/** Compiles a `--file-pattern` (Python `re.search` semantics for the common subset). */
function compileFilePattern(pattern) {
    let src = pattern;
    let flags = "";
    const inline = /^\(\?([aiLmsux]+)\)/.exec(src);
    if (inline) {
        src = src.slice(inline[0].length);
        if (inline[1].includes("i"))
            flags += "i";
        if (inline[1].includes("m"))
            flags += "m";
        if (inline[1].includes("s"))
            flags += "s";
    }
    src = src.replace(/\(\?P<(\w+)>/g, "(?<$1>").replace(/\(\?P=(\w+)\)/g, "\\k<$1>").replace(/\\Z/g, "$");
    try {
        return new RegExp(src, flags);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`Invalid regex pattern '${pattern}': ${e.message.replace(/^Invalid regular expression: /, "")}`);
    }
}
class KernelsResource {
    client;
    constructor(client) {
        this.client = client;
    }
    /** One page, with the request shaped exactly as the official CLI sends it. */
    list(opts = {}) {
        const body = {
            competition: opts.competition ?? "",
            dataset: opts.dataset ?? "",
            parentKernel: opts.parentKernel ?? "",
            group: opts.group ?? "EVERYONE",
            kernelType: opts.kernelType ?? "all",
            language: opts.language ?? "all",
            outputType: opts.outputType ?? "all",
            search: opts.search ?? "",
            ...(opts.sortBy && opts.sortBy !== "HOTNESS" ? { sortBy: opts.sortBy } : {}),
            user: opts.user ?? "",
            page: opts.page ?? 1,
            pageSize: Math.min(opts.pageSize ?? 20, MAX_KERNELS_PAGE_SIZE),
        };
        return this.client.call(SERVICE, "ListKernels", body);
    }
    /** Every kernel matching the filters, page after page until a short page. */
    async *listAll(opts = {}) {
        const pageSize = Math.min(opts.pageSize ?? MAX_KERNELS_PAGE_SIZE, MAX_KERNELS_PAGE_SIZE);
        for (let page = 1; page <= 10_000; page++) {
            const res = await this.list({ ...opts, page, pageSize });
            const items = res.kernels ?? [];
            yield* items;
            if (items.length < pageSize)
                return;
        }
    }
    /** `SaveKernel` as is (a new kernel or a new version). */
    save(request) {
        return this.client.call(SERVICE, "SaveKernel", request, { idempotent: false });
    }
    /** Validates `<dir>/kernel-metadata.json` and its code file, then pushes a new version. */
    async push(dir, opts = {}) {
        const plan = this.plan(dir, opts);
        const request = (0,kernel/* withOverrides */.Sn)(plan.request, opts);
        const response = await this.save(request);
        return { plan, request, response };
    }
    /** Everything `push` checks and builds, without any request. */
    plan(dir, opts = {}) {
        if (opts.sessionTimeoutSeconds !== undefined && (!Number.isInteger(opts.sessionTimeoutSeconds) || opts.sessionTimeoutSeconds <= 0)) {
            throw new errors/* ConfigurationError */.j1(`-t/--timeout must be a positive number of seconds, got ${opts.sessionTimeoutSeconds}`);
        }
        if (opts.accelerator !== undefined)
            (0,kernel/* checkAccelerator */.eb)(opts.accelerator);
        return (0,kernel/* planKernelPush */.xr)((0,kernel/* readKernelMetadata */.Vu)(dir));
    }
    /** Source and metadata; a version rides in the slug (`slug/7`) as kaggle 2.2 sends it. */
    get(ref) {
        return this.client.call(SERVICE, "GetKernel", {
            userName: ref.owner,
            kernelSlug: ref.version !== undefined ? `${ref.slug}/${ref.version}` : ref.slug,
        });
    }
    /** Writes the source (and with `metadata` the kernel-metadata.json) of a kernel. */
    async pull(ref, opts) {
        let folder = opts.path;
        let fileTarget;
        const st = await external_node_fs_default().promises.stat(folder).catch(() => undefined);
        if (st?.isFile()) {
            fileTarget = folder;
            folder = external_node_path_default().dirname(folder);
        }
        else if (st && !st.isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`${folder} is neither a folder nor a file: give a folder with -p`);
        }
        const res = await this.get(ref);
        const blob = res.blob ?? {};
        let codeFile = opts.codeFile && opts.codeFile !== kernel/* CODE_FILE_PLACEHOLDER */.vt ? opts.codeFile : undefined;
        if (!codeFile) {
            try {
                const existing = JSON.parse(external_node_fs_default().readFileSync(external_node_path_default().join(folder, kernel/* KERNEL_METADATA_FILE */.$s), "utf8"));
                if (typeof existing.code_file === "string" && existing.code_file && existing.code_file !== kernel/* CODE_FILE_PLACEHOLDER */.vt) {
                    codeFile = existing.code_file;
                }
            }
            catch {
                // no metadata file in the folder
            }
        }
        if (!codeFile) {
            const ext = (0,kernel/* sourceExtension */.Td)(blob.kernelType, blob.language);
            if (!ext) {
                throw new errors/* KaggleApiError */.cc(`Cannot name the source of ${ref.owner}/${ref.slug}: unknown kernel type '${blob.kernelType ?? ""}' / language '${blob.language ?? ""}'. Give a file to write it to with -p <file>`, { status: 0, rpc: `${SERVICE}/GetKernel` });
            }
            codeFile = `${blob.slug || ref.slug}${ext}`;
        }
        await external_node_fs_default().promises.mkdir(folder, { recursive: true });
        const sourcePath = fileTarget ?? (0,kernel/* joinLikePython */.W_)(folder, codeFile);
        await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(sourcePath), { recursive: true });
        await writeAtomically(sourcePath, blob.source ?? "");
        const out = { sourcePath, folder };
        if (opts.metadata) {
            const metadataPath = (0,kernel/* joinLikePython */.W_)(folder, kernel/* KERNEL_METADATA_FILE */.$s);
            await writeAtomically(metadataPath, (0,kernel/* pulledKernelMetadata */.fg)(res.metadata ?? {}, codeFile));
            out.metadataPath = metadataPath;
        }
        return out;
    }
    /**
     * The run status. With a version, refuses to answer for another one: Kaggle only reports
     * the latest version's session, so a newer version makes the answer about someone else.
     */
    async status(ref) {
        if (ref.version !== undefined) {
            const current = (await this.get({ owner: ref.owner, slug: ref.slug })).metadata?.currentVersionNumber;
            if (current !== undefined && current > ref.version) {
                throw new errors/* KaggleApiError */.cc(`Version ${ref.version} of ${ref.owner}/${ref.slug} is no longer the latest (version ${current} is): Kaggle reports the status of the latest version only`, { status: 409, rpc: `${SERVICE}/GetKernelSessionStatus` });
            }
        }
        const res = await this.client.call(SERVICE, "GetKernelSessionStatus", {
            userName: ref.owner,
            kernelSlug: ref.slug,
        });
        const raw = res.status ?? "QUEUED";
        return { status: parseKernelStatus(raw) ?? raw, failureMessage: res.failureMessage ?? "" };
    }
    /** One page of the kernel's output files (`kaggle kernels files`). */
    files(ref, opts = {}) {
        return this.client.call(SERVICE, "ListKernelFiles", {
            userName: ref.owner,
            kernelSlug: ref.slug,
            pageSize: opts.pageSize ?? 20,
            ...(opts.pageToken ? { pageToken: opts.pageToken } : {}),
        });
    }
    /** Deletes a kernel and all its versions. */
    async delete(ref) {
        await this.client.call(SERVICE, "DeleteKernel", { userName: ref.owner, kernelSlug: ref.slug }, { idempotent: false });
    }
    /** One page of the latest session's output files and its log. */
    outputPage(ref, opts = {}) {
        return this.client.call(SERVICE, "ListKernelSessionOutput", {
            userName: ref.owner,
            kernelSlug: ref.slug,
            pageSize: opts.pageSize ?? 20,
            ...(opts.pageToken ? { pageToken: opts.pageToken } : {}),
        });
    }
    /** Every output file across pages, and the log of the first page. */
    async outputFiles(ref, pageSize = 100) {
        let log;
        const files = [];
        for await (const f of (0,paginate/* paginate */.E)(async (pageToken) => {
            const page = await this.outputPage(ref, { pageSize, ...(pageToken ? { pageToken } : {}) });
            log ??= page.log ?? "";
            return page;
        }, (page) => page.files)) {
            files.push(f);
        }
        return { files, log: log ?? "" };
    }
    /**
     * Downloads the output of the latest run into `dir`: every page (unless `pageToken`), names
     * checked before anything is written, filtered by pattern and size; then the log as
     * `<slug>.log` (always overwritten).
     */
    async downloadOutput(ref, dir, opts = {}) {
        const pattern = opts.pattern !== undefined ? compileFilePattern(opts.pattern) : undefined;
        const st = await external_node_fs_default().promises.stat(dir).catch(() => undefined);
        if (st && !st.isDirectory())
            throw new errors/* ConfigurationError */.j1("You must specify a directory for the kernels output");
        let files;
        let log;
        let nextPageToken;
        if (opts.pageToken) {
            const page = await this.outputPage(ref, { pageSize: opts.pageSize ?? 20, pageToken: opts.pageToken });
            files = page.files ?? [];
            log = "";
            nextPageToken = page.nextPageToken || undefined;
        }
        else {
            ({ files, log } = await this.outputFiles(ref, opts.pageSize ?? 20));
        }
        // Check every name before writing anything.
        const planned = files.map((f) => ({ file: f, target: safeOutputPath(dir, f.fileName ?? "") }));
        await external_node_fs_default().promises.mkdir(dir, { recursive: true });
        const results = [];
        for (const { file, target } of planned) {
            const fileName = file.fileName;
            if (pattern && !pattern.test(fileName))
                continue;
            if (!file.url)
                throw new errors/* KaggleApiError */.cc(`The server sent no URL for output file '${fileName}'`, { status: 0 });
            if (opts.maxBytes !== undefined) {
                const size = await this.remoteSize(file.url);
                if (size !== undefined && size > opts.maxBytes) {
                    const r = { fileName, path: target, status: "too-large", bytes: size };
                    results.push(r);
                    opts.onFile?.(r);
                    continue;
                }
            }
            const progress = opts.progress?.(fileName);
            const d = await this.client.download({
                source: async () => ({ url: file.url }),
                dest: target,
                ...(opts.force ? { force: true } : {}),
                ...(progress ? { progress } : {}),
            });
            const r = { fileName, path: target, status: d.status, bytes: d.bytes };
            results.push(r);
            opts.onFile?.(r);
        }
        const out = { files: results };
        if (log) {
            const logPath = (0,kernel/* joinLikePython */.W_)(dir, `${ref.slug}.log`);
            await writeAtomically(logPath, log);
            out.logPath = logPath;
        }
        if (nextPageToken)
            out.nextPageToken = nextPageToken;
        return out;
    }
    async remoteSize(url) {
        const { header, rawRequest } = await __webpack_require__.e(/* import() */ 983).then(__webpack_require__.bind(__webpack_require__, 1983));
        const res = await rawRequest({ method: "HEAD", url, headersTimeoutMs: 60_000, idleTimeoutMs: 60_000 });
        await res.body.dump().catch(() => { });
        const len = header(res, "content-length");
        return res.status < 400 && len !== undefined ? Number(len) : undefined;
    }
    /**
     * Polls the status of `ref` (a version is checked to still be the latest) until the run
     * ends or the deadline passes: every `initialIntervalMs` at first, then backing off.
     */
    waitForRun(ref, opts) {
        return (0,wait/* pollUntil */.g)(async () => {
            const s = await this.status(ref);
            opts.onPoll?.(s);
            return isFinalStatus(s.status) ? s : undefined;
        }, {
            timeoutMs: opts.timeoutMs,
            initialIntervalMs: opts.initialIntervalMs ?? 2_000,
            maxIntervalMs: opts.maxIntervalMs ?? 30_000,
            clock: this.client.clock,
            ...(opts.signal ? { signal: opts.signal } : {}),
            describe: (ms) => `${ref.owner}/${ref.slug}${ref.version !== undefined ? ` version ${ref.version}` : ""} was still running after ${Math.round(ms / 1000)} s; raise the wait timeout or check it later with 'kaggle kernels status ${ref.owner}/${ref.slug}'`,
        });
    }
}
async function writeAtomically(file, text) {
    const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
    await external_node_fs_default().promises.writeFile(tmp, text, "utf8");
    await external_node_fs_default().promises.rename(tmp, file);
}


/***/ }),

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony exports NO_RETRY, isRetryable */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DEFAULT_RETRY_POLICY = {
    maxAttempts: 5,
    initialDelayMs: 1_000,
    maxDelayMs: 30_000,
    maxElapsedMs: 120_000,
    random: Math.random,
};
const NO_RETRY = { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };
/**
 * Whether a failure may be retried. Calls that create something (a submission, a dataset
 * version) are retried only when the server certainly did not act: a 429, a 503, or a
 * connection that was never established.
 */
function isRetryable(err, idempotent) {
    if (!(err instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .KaggleApiError */ .cc))
        return false;
    const { status } = err;
    if (status === 429 || status === 503)
        return true;
    if (!idempotent)
        return status === 0 && err.neverConnected === true;
    return status === 0 || status === 500 || status === 502 || status === 504;
}
/** Seconds or an HTTP date, as `Retry-After` allows; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Backoff before attempt `attempt + 1` (attempt counts from 1): jittered to 50–150%. */
function backoffDelay(policy, attempt) {
    const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
    return Math.round(base * (0.5 + policy.random()));
}
/**
 * Runs `attempt` until it succeeds, fails with an error that is not retryable, or the policy's
 * attempts or time run out; the last error is rethrown with the attempt count in its message.
 */
async function withRetry(ctx, attempt) {
    const { policy, clock, logger } = ctx;
    const started = clock.now();
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (err) {
            if (n >= policy.maxAttempts || !isRetryable(err, ctx.idempotent))
                throw annotate(err, n);
            const hinted = err.retryAfterMs;
            const delay = hinted !== undefined ? Math.min(hinted, policy.maxDelayMs * 2) : backoffDelay(policy, n);
            const elapsed = clock.now() - started;
            if (elapsed + delay > policy.maxElapsedMs)
                throw annotate(err, n);
            const reason = err instanceof Error ? err.message : String(err);
            logger.warn(`${ctx.label} failed (${reason}); retrying in ${(delay / 1000).toFixed(1)} s (attempt ${n + 1} of ${policy.maxAttempts})`);
            await clock.sleep(delay, ctx.signal);
        }
    }
}
function annotate(err, attempts) {
    if (attempts > 1 && err instanceof Error && !err.message.includes("attempts)")) {
        err.message = `${err.message} (gave up after ${attempts} attempts)`;
    }
    return err;
}


/***/ }),

/***/ 3586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NX: () => (/* binding */ MAX_REDIRECTS),
/* harmony export */   Pd: () => (/* binding */ httpReason),
/* harmony export */   Zq: () => (/* binding */ printableUrl),
/* harmony export */   kE: () => (/* binding */ proxyFromEnv),
/* harmony export */   oK: () => (/* binding */ Transport),
/* harmony export */   sO: () => (/* binding */ resolveEndpoint)
/* harmony export */ });
/* unused harmony exports DEFAULT_ENDPOINT, DEFAULT_TIMEOUT_MS, rpcUrl, errorInBody */
/* harmony import */ var _env__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8792);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6153);
/* harmony import */ var _retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7253);




const DEFAULT_ENDPOINT = "https://api.kaggle.com";
const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 10;
/**
 * Where RPCs go. `KAGGLE_API_ENDPOINT` wins; `KAGGLE_API_ENVIRONMENT=LOCALHOST` means
 * `http://localhost` as in the official CLI; anything else is production.
 */
function resolveEndpoint(env) {
    const explicit = env.KAGGLE_API_ENDPOINT?.trim();
    if (explicit)
        return explicit.replace(/\/+$/, "");
    if (env.KAGGLE_API_ENVIRONMENT === "LOCALHOST")
        return "http://localhost";
    return DEFAULT_ENDPOINT;
}
/** `https://api.kaggle.com/v1/{service}/{Method}`, or `{endpoint}/api/v1/...` elsewhere. */
function rpcUrl(endpoint, service, method) {
    const base = endpoint.replace(/\/+$/, "");
    const prefix = base === DEFAULT_ENDPOINT ? "/v1" : "/api/v1";
    return `${base}${prefix}/${service}/${method}`;
}
/** The proxy the environment asks for, if any. */
function proxyFromEnv(env, configured) {
    return (configured ||
        env.KAGGLE_PROXY ||
        env.HTTPS_PROXY ||
        env.https_proxy ||
        env.HTTP_PROXY ||
        env.http_proxy ||
        undefined);
}
/** Error with the server's wait hint attached, for the retry loop. */
function withRetryAfter(err, res, now) {
    const ms = (0,_retry__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(res.headers.get("retry-after"), now);
    if (ms !== undefined)
        Object.assign(err, { retryAfterMs: ms });
    return err;
}
/** A URL safe to print: no query string (signed URLs carry credentials while valid). */
function printableUrl(url) {
    const q = url.indexOf("?");
    return q === -1 ? url : url.slice(0, q);
}
class Transport {
    endpoint;
    logger;
    clock;
    retryPolicy;
    timeoutMs;
    userAgent;
    options;
    fetchImpl;
    constructor(options = {}) {
        this.options = options;
        this.endpoint = (options.endpoint ?? DEFAULT_ENDPOINT).replace(/\/+$/, "");
        this.logger = options.logger ?? _env__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .qq;
        this.clock = options.clock ?? _env__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml;
        this.retryPolicy = { ..._retry__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY_POLICY */ .cO, ...options.retry };
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.userAgent = options.userAgent ?? "kaggle-actions";
        this.fetchImpl = options.fetch;
    }
    /** Removes every secret from a text before it is logged or thrown. */
    scrub(text) {
        return (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text, this.options.secrets?.() ?? []);
    }
    async authorization(anonymous = false) {
        if (anonymous)
            return undefined;
        return await this.options.authorization?.();
    }
    /** The fetch to use: the injected one, undici's with a proxy agent, or the global one. */
    async fetcher() {
        if (this.fetchImpl)
            return this.fetchImpl;
        if (this.options.proxy) {
            const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
            const dispatcher = new undici.ProxyAgent(this.options.proxy);
            this.logger.debug(`using proxy ${printableUrl(this.options.proxy).replace(/\/\/[^@/]*@/, "//***@")}`);
            this.fetchImpl = (input, init) => undici.fetch(input, { ...init, dispatcher });
        }
        else {
            this.fetchImpl = (input, init) => globalThis.fetch(input, init);
        }
        return this.fetchImpl;
    }
    /** Calls an RPC and parses its JSON answer. */
    async call(service, method, body = {}, opts = {}) {
        const res = await this.send(service, method, body, opts, "json");
        const text = await res.text();
        if (text.trim() === "")
            return {};
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .KaggleApiError */ .cc(`${method}: the server answered with something that is not JSON`, {
                status: res.status,
                rpc: `${service}/${method}`,
            });
        }
        const error = errorInBody(parsed);
        if (error)
            throw (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .apiErrorFor */ .eR)(this.scrub(error.message), { status: error.code, rpc: `${service}/${method}` });
        return parsed;
    }
    /**
     * Calls an RPC whose answer is a redirect to a file (`HttpRedirect`), following redirects
     * by hand: returns the final URL, and the Authorization value only if that URL is on the
     * same origin as the API (it is never sent to another host).
     */
    async resolveRedirect(service, method, body, opts = {}) {
        const res = await this.send(service, method, body, opts, "redirect");
        if (res.status < 300 || res.status >= 400)
            return { response: res };
        const url = new URL(res.headers.get("location") ?? "", rpcUrl(this.endpoint, service, method)).toString();
        await res.body?.cancel();
        const sameOrigin = new URL(url).origin === new URL(this.endpoint).origin;
        const authorization = sameOrigin ? await this.authorization(opts.anonymous) : undefined;
        return authorization ? { url, authorization } : { url };
    }
    /** Calls an RPC whose answer is the file itself (`FileDownload`); the body is not read. */
    async callRaw(service, method, body, opts = {}) {
        return this.send(service, method, body, opts, "raw");
    }
    async send(service, method, body, opts, mode) {
        const url = rpcUrl(this.endpoint, service, method);
        const payload = (0,_json__WEBPACK_IMPORTED_MODULE_3__/* .toWireJson */ .F)(body);
        const rpc = `${service}/${method}`;
        return (0,_retry__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)({
            policy: this.retryPolicy,
            clock: this.clock,
            logger: { ...this.logger, warn: (m) => this.logger.warn(this.scrub(m)) },
            label: method,
            idempotent: opts.idempotent ?? true,
            ...(opts.signal ? { signal: opts.signal } : {}),
        }, async () => {
            const headers = {
                "Content-Type": "application/json",
                Accept: "application/json",
                "User-Agent": this.userAgent,
            };
            const auth = await this.authorization(opts.anonymous);
            if (auth)
                headers.Authorization = auth;
            const started = this.clock.now();
            const fetcher = await this.fetcher();
            const signal = opts.signal
                ? AbortSignal.any([opts.signal, AbortSignal.timeout(this.timeoutMs)])
                : AbortSignal.timeout(this.timeoutMs);
            let res;
            try {
                res = await fetcher(url, { method: "POST", headers, body: payload, redirect: "manual", signal });
            }
            catch (err) {
                throw this.connectionError(err, rpc, url);
            }
            this.logger.debug(`POST ${url} ${this.scrub(payload)} -> ${res.status} (${this.clock.now() - started} ms)`);
            if (mode === "redirect" && res.status >= 300 && res.status < 400)
                return res;
            if (mode === "json" && res.status < 400)
                return res;
            await this.throwIfError(res, rpc, url);
            return res;
        });
    }
    /** Kaggle's error shapes: `{code, message}` (even under HTTP 200), or a bare HTTP status. */
    async throwIfError(res, rpc, url) {
        const type = res.headers.get("content-type") ?? "";
        const requestId = res.headers.get("x-request-id") ?? res.headers.get("x-cloud-trace-context") ?? undefined;
        const details = { rpc, ...(requestId ? { requestId } : {}) };
        if (type.includes("application/json") && (res.status >= 400 || (this.isRawOk(res) && res.status === 200))) {
            const text = await res.clone().text();
            const parsed = parseErrorBody(text);
            if (parsed) {
                const err = (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .apiErrorFor */ .eR)(this.scrub(parsed.message), { ...details, status: parsed.code });
                throw withRetryAfter(err, res, this.clock.now());
            }
        }
        if (res.status >= 400) {
            await res.body?.cancel().catch(() => { });
            const kind = res.status >= 500 ? "Server Error" : "Client Error";
            const reason = res.statusText || httpReason(res.status);
            const err = (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .apiErrorFor */ .eR)(`${res.status} ${kind}: ${reason} for url: ${printableUrl(url)}`, {
                ...details,
                status: res.status,
            });
            throw withRetryAfter(err, res, this.clock.now());
        }
    }
    /** A 200 carrying a file is checked for a JSON error body only when it is small. */
    isRawOk(res) {
        return Number(res.headers.get("content-length") ?? "0") < 65_536;
    }
    connectionError(err, rpc, url) {
        if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .KaggleApiError */ .cc)
            return err;
        const e = err;
        const code = e.cause?.code;
        const what = e.name === "TimeoutError"
            ? `timed out after ${Math.round(this.timeoutMs / 1000)} s`
            : code
                ? `${code}${e.cause?.message ? ` (${e.cause.message})` : ""}`
                : (e.message ?? String(err));
        const out = new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionError */ .Rc(this.scrub(`Could not reach ${printableUrl(url)}: ${what}`), { rpc });
        if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN") {
            Object.assign(out, { neverConnected: true });
        }
        return out;
    }
}
function parseErrorBody(text) {
    try {
        return errorInBody(JSON.parse(text));
    }
    catch {
        return undefined; // not JSON: the HTTP status decides
    }
}
/** `{code >= 400, message}`, or Google's `{"error": {code, message, status}}` wrapper. */
function errorInBody(body) {
    if (!body || typeof body !== "object")
        return undefined;
    const outer = body;
    const inner = (outer.error && typeof outer.error === "object" ? outer.error : outer);
    if (typeof inner.code === "number" && inner.code >= 400 && typeof inner.message === "string") {
        return { code: inner.code, message: inner.message };
    }
    return undefined;
}
const REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Payload Too Large",
    416: "Range Not Satisfiable",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
};
function httpReason(status) {
    return REASONS[status] ?? "Error";
}


/***/ }),

/***/ 8712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ Services)
/* harmony export */ });
/* unused harmony export ApiBlobTypes */
/**
 * Wire conventions shared by every Kaggle service.
 *
 * Kaggle's SDK writes protobuf-style JSON: lowerCamelCase keys, enums as their full member
 * names, timestamps as ISO 8601 with a literal `Z`, 64-bit integers as JSON numbers.
 */
/** The services the public API exposes, as dotted proto names used in URLs. */
const Services = {
    competitions: "competitions.CompetitionApiService",
    datasets: "datasets.DatasetApiService",
    kernels: "kernels.KernelsApiService",
    blobs: "blobs.BlobApiService",
    oauth: "security.OAuthService",
};
const ApiBlobTypes = (/* unused pure expression or super */ null && ([
    "API_BLOB_TYPE_UNSPECIFIED",
    "DATASET",
    "MODEL",
    "INBOX",
    "COMPETITION_SOLUTION",
]));


/***/ }),

/***/ 3210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Calls `poll` until it returns a value other than undefined, or the deadline passes. */
async function pollUntil(poll, opts) {
    const { clock } = opts;
    const started = clock.now();
    let interval = opts.initialIntervalMs ?? 1_000;
    const ceiling = opts.maxIntervalMs ?? 30_000;
    for (;;) {
        const value = await poll();
        if (value !== undefined)
            return value;
        const elapsed = clock.now() - started;
        const left = opts.timeoutMs - elapsed;
        if (left <= 0)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .DeadlineExceededError */ .Kt(opts.describe(elapsed));
        await clock.sleep(Math.min(interval, left), opts.signal);
        interval = Math.min(ceiling, Math.round(interval * 1.5));
    }
}


/***/ })

};
