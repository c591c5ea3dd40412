export const id = 140;
export const ids = [140];
export const modules = {

/***/ 140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DIR_MODES: () => (/* binding */ DIR_MODES),
  NOT_UPLOADED: () => (/* binding */ NOT_UPLOADED),
  RESUME_EXPIRY_MS: () => (/* binding */ RESUME_EXPIRY_MS),
  UploadFailedError: () => (/* binding */ UploadFailedError),
  checkFolder: () => (/* binding */ checkFolder),
  clearResumeState: () => (/* binding */ clearResumeState),
  defaultStateDir: () => (/* binding */ defaultStateDir),
  planUploads: () => (/* binding */ planUploads),
  resumeStateFile: () => (/* binding */ resumeStateFile),
  uploadAll: () => (/* binding */ uploadAll),
  uploadSize: () => (/* binding */ uploadSize)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/archive.ts
/**
 * Archives of a folder for `--dir-mode zip|tar`, laid out as the official CLI lays them out:
 * a DEFLATE zip whose entries are relative to the folder (each level's sub-folder entries, then
 * its files, then the sub-folders' contents, as Python's `os.walk`), or an uncompressed tar with
 * entries `.`, `./sub`, `./sub/file` in sorted order (Python's `tarfile.add`). Both stream each
 * file from disk; memory stays flat whatever the sizes. Timestamps come from the files, so the
 * same folder gives the same bytes (which lets an interrupted upload resume on the next run).
 */




const CHUNK = 1 << 20;
function dosTime(d) {
    const year = Math.max(1980, d.getFullYear());
    return {
        time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
        date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    };
}
/** `os.walk` order: at each level the sub-folders' entries, then the files, then recurse. */
async function walkLikeOsWalk(root) {
    const out = [];
    const visit = async (rel) => {
        const abs = external_node_path_default().join(root, rel);
        const names = await external_node_fs_default().promises.readdir(abs);
        const dirs = [];
        const files = [];
        for (const name of names) {
            const childAbs = external_node_path_default().join(abs, name);
            let st;
            try {
                st = await external_node_fs_default().promises.stat(childAbs);
            }
            catch {
                continue; // broken link
            }
            const item = { rel: rel ? `${rel}/${name}` : name, abs: childAbs, dir: st.isDirectory(), stat: st };
            if (item.dir)
                dirs.push(item);
            else if (st.isFile())
                files.push(item);
        }
        out.push(...dirs, ...files);
        for (const d of dirs)
            await visit(d.rel);
    };
    await visit("");
    return out;
}
async function writeAll(fh, buf, pos) {
    let done = 0;
    while (done < buf.length) {
        const { bytesWritten } = await fh.write(buf, done, buf.length - done, pos + done);
        done += bytesWritten;
    }
    return pos + buf.length;
}
/** Writes a DEFLATE zip of `dir` to `out`. */
async function zipDirectory(dir, out) {
    const items = await walkLikeOsWalk(dir);
    const fh = await external_node_fs_default().promises.open(out, "w");
    const central = [];
    let pos = 0;
    try {
        for (const item of items) {
            const name = Buffer.from(item.dir ? `${item.rel}/` : item.rel, "utf8");
            const t = dosTime(item.stat.mtime);
            const headerOffset = pos;
            const local = Buffer.alloc(30);
            local.writeUInt32LE(0x04034b50, 0);
            local.writeUInt16LE(20, 4);
            local.writeUInt16LE(0x800, 6);
            local.writeUInt16LE(item.dir ? 0 : 8, 8);
            local.writeUInt16LE(t.time, 10);
            local.writeUInt16LE(t.date, 12);
            local.writeUInt16LE(name.length, 26);
            pos = await writeAll(fh, Buffer.concat([local, name]), pos);
            let crc = 0;
            let size = 0;
            let compressed = 0;
            if (!item.dir) {
                const deflate = (0,external_node_zlib_.createDeflateRaw)({ level: 6 });
                const src = external_node_fs_default().createReadStream(item.abs, { highWaterMark: CHUNK });
                src.on("data", (c) => {
                    crc = (0,external_node_zlib_.crc32)(c, crc);
                    size += c.length;
                });
                src.on("error", (e) => deflate.destroy(e));
                src.pipe(deflate);
                for await (const chunk of deflate) {
                    pos = await writeAll(fh, chunk, pos);
                    compressed += chunk.length;
                }
                if (size > 0xfffffffe || pos > 0xfffffffe) {
                    throw new errors/* ConfigurationError */.j1(`${dir} is too large to zip (over 4 GiB); use --dir-mode tar for it`);
                }
                const patch = Buffer.alloc(12);
                patch.writeUInt32LE(crc >>> 0, 0);
                patch.writeUInt32LE(compressed, 4);
                patch.writeUInt32LE(size, 8);
                await writeAll(fh, patch, headerOffset + 14);
            }
            const c = Buffer.alloc(46);
            c.writeUInt32LE(0x02014b50, 0);
            c.writeUInt16LE((3 << 8) | 20, 4);
            c.writeUInt16LE(20, 6);
            c.writeUInt16LE(0x800, 8);
            c.writeUInt16LE(item.dir ? 0 : 8, 10);
            c.writeUInt16LE(t.time, 12);
            c.writeUInt16LE(t.date, 14);
            c.writeUInt32LE(crc >>> 0, 16);
            c.writeUInt32LE(compressed, 20);
            c.writeUInt32LE(size, 24);
            c.writeUInt16LE(name.length, 28);
            const mode = item.dir ? 0o40000 | (item.stat.mode & 0o7777) : 0o100000 | (item.stat.mode & 0o7777);
            c.writeUInt32LE(((mode << 16) | (item.dir ? 0x10 : 0)) >>> 0, 38);
            c.writeUInt32LE(headerOffset, 42);
            central.push(c, name);
        }
        const cd = Buffer.concat(central);
        const cdOffset = pos;
        pos = await writeAll(fh, cd, pos);
        const end = Buffer.alloc(22);
        end.writeUInt32LE(0x06054b50, 0);
        end.writeUInt16LE(items.length, 8);
        end.writeUInt16LE(items.length, 10);
        end.writeUInt32LE(cd.length, 12);
        end.writeUInt32LE(cdOffset, 16);
        await writeAll(fh, end, pos);
    }
    finally {
        await fh.close();
    }
}
function octal(value, width) {
    return `${value.toString(8).padStart(width - 1, "0")}\0`;
}
function tarHeader(name, st, type, size) {
    const h = Buffer.alloc(512);
    const nameBytes = Buffer.from(name, "utf8");
    let prefix = "";
    let base = name;
    if (nameBytes.length > 100) {
        const cut = name.lastIndexOf("/", 154);
        if (cut > 0 && Buffer.byteLength(name.slice(cut + 1)) <= 100 && Buffer.byteLength(name.slice(0, cut)) <= 155) {
            prefix = name.slice(0, cut);
            base = name.slice(cut + 1);
        }
        else {
            base = name.slice(0, 99);
        }
    }
    h.write(base, 0, 100, "utf8");
    h.write(octal(type === "5" ? 0o755 & st.mode : st.mode & 0o7777, 8), 100, "ascii");
    h.write(octal(st.uid, 8), 108, "ascii");
    h.write(octal(st.gid, 8), 116, "ascii");
    h.write(octal(size, 12), 124, "ascii");
    h.write(octal(Math.floor(st.mtimeMs / 1000), 12), 136, "ascii");
    h.write("        ", 148, "ascii");
    h.write(type, 156, "ascii");
    h.write("ustar\0", 257, "ascii");
    h.write("00", 263, "ascii");
    h.write(octal(0, 8), 329, "ascii");
    h.write(octal(0, 8), 337, "ascii");
    if (prefix)
        h.write(prefix, 345, 155, "utf8");
    let sum = 0;
    for (const b of h)
        sum += b;
    h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
    return h;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(body) + 1;
    while (String(len).length + Buffer.byteLength(body) !== len)
        len = String(len).length + Buffer.byteLength(body);
    return Buffer.from(`${len}${body}`, "utf8");
}
/** Writes an uncompressed tar of `dir` to `out` (entries `.`, `./a`, `./a/b`, sorted). */
async function tarDirectory(dir, out) {
    const fh = await external_node_fs_default().promises.open(out, "w");
    let pos = 0;
    const put = async (buf) => {
        pos = await writeAll(fh, buf, pos);
    };
    const entry = async (name, abs, st) => {
        const isDir = st.isDirectory();
        if (Buffer.byteLength(name) > 100 && !(name.lastIndexOf("/", 154) > 0 && Buffer.byteLength(name.slice(name.lastIndexOf("/", 154) + 1)) <= 100)) {
            const pax = paxRecord("path", name);
            await put(tarHeader(`./PaxHeaders/${external_node_path_default().basename(name).slice(0, 80)}`, st, "x", pax.length));
            await put(Buffer.concat([pax, Buffer.alloc((512 - (pax.length % 512)) % 512)]));
        }
        await put(tarHeader(name, st, isDir ? "5" : "0", isDir ? 0 : st.size));
        if (isDir) {
            const names = (await external_node_fs_default().promises.readdir(abs)).sort();
            for (const n of names) {
                const childAbs = external_node_path_default().join(abs, n);
                let cst;
                try {
                    cst = await external_node_fs_default().promises.stat(childAbs);
                }
                catch {
                    continue;
                }
                if (cst.isDirectory() || cst.isFile())
                    await entry(`${name}/${n}`, childAbs, cst);
            }
            return;
        }
        let copied = 0;
        for await (const chunk of external_node_fs_default().createReadStream(abs, { highWaterMark: CHUNK })) {
            const buf = chunk;
            if (copied + buf.length > st.size)
                throw new errors/* ConfigurationError */.j1(`${abs} grew while it was being archived; run the command again`);
            copied += buf.length;
            await put(buf);
        }
        if (copied !== st.size)
            throw new errors/* ConfigurationError */.j1(`${abs} shrank while it was being archived; run the command again`);
        const pad = (512 - (st.size % 512)) % 512;
        if (pad)
            await put(Buffer.alloc(pad));
    };
    try {
        await entry(".", dir, await external_node_fs_default().promises.stat(dir));
        await put(Buffer.alloc(1024));
        const record = 10240;
        const pad = (record - (pos % record)) % record;
        if (pad)
            await put(Buffer.alloc(pad));
    }
    finally {
        await fh.close();
    }
}

// EXTERNAL MODULE: ./src/core/metadata/dataset.ts
var dataset = __webpack_require__(6477);
;// CONCATENATED MODULE: ./src/core/uploads.ts
/**
 * Uploading the files of a dataset folder: what gets uploaded (the official CLI's rules), folders
 * archived for `--dir-mode zip|tar`, several files in flight at once with a bound, and a resume
 * state per file under `<tmp>/.kaggle/uploads/` (the official CLI's place and naming) that a
 * later run really uses: a finished upload is not sent again, an unfinished one continues from
 * the byte the server holds. Any file that cannot be uploaded fails the whole operation, so no
 * dataset version is ever created without it.
 */







const DIR_MODES = ["skip", "zip", "tar"];
/** Files the official CLI never uploads from a dataset folder. */
const NOT_UPLOADED = new Set([
    "dataset-metadata.json",
    "datapackage.json",
    "kernel-metadata.json",
    "model-metadata.json",
    "model-instance-metadata.json",
    ...dataset/* COVER_IMAGE_NAMES */.j5,
]);
/** Resume state is trusted for 6 days, as upstream's `RESUMABLE_UPLOAD_EXPIRY_SECONDS`. */
const RESUME_EXPIRY_MS = 6 * 24 * 3600 * 1000;
async function folderFingerprint(dir) {
    const h = (0,external_node_crypto_.createHash)("sha256");
    const visit = async (rel) => {
        const names = (await external_node_fs_default().promises.readdir(external_node_path_default().join(dir, rel))).sort();
        for (const n of names) {
            const r = rel ? `${rel}/${n}` : n;
            let st;
            try {
                st = await external_node_fs_default().promises.stat(external_node_path_default().join(dir, r));
            }
            catch {
                continue;
            }
            h.update(`${r}\0${st.isDirectory() ? "d" : st.size}\0${Math.floor(st.mtimeMs)}\n`);
            if (st.isDirectory())
                await visit(r);
        }
    };
    await visit("");
    return h.digest("hex").slice(0, 32);
}
/** The top level of `folder` in directory order, as the official CLI walks it. */
async function planUploads(folder, opts = {}) {
    const mode = opts.dirMode ?? "skip";
    const names = await external_node_fs_default().promises.readdir(folder);
    const items = [];
    const skippedFolders = [];
    const skippedOther = [];
    const temps = [];
    const cleanup = async () => {
        for (const t of temps)
            await external_node_fs_default().promises.rm(t, { recursive: true, force: true });
    };
    try {
        for (const name of names) {
            if (NOT_UPLOADED.has(name))
                continue;
            const full = external_node_path_default().resolve(folder, name);
            let st;
            try {
                st = await external_node_fs_default().promises.stat(full);
            }
            catch {
                skippedOther.push(name);
                continue;
            }
            if (st.isFile()) {
                items.push({
                    name,
                    path: full,
                    size: st.size,
                    mtimeSec: Math.floor(st.mtimeMs / 1000),
                    sourceKey: full,
                    fingerprint: `${st.size}:${Math.floor(st.mtimeMs)}`,
                });
            }
            else if (st.isDirectory()) {
                if (mode === "skip") {
                    skippedFolders.push(name);
                    continue;
                }
                const tmp = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(opts.tmpDir ?? external_node_os_default().tmpdir(), "kaggle-archive-"));
                temps.push(tmp);
                const archive = external_node_path_default().join(tmp, `${name}.${mode}`);
                if (mode === "zip")
                    await zipDirectory(full, archive);
                else
                    await tarDirectory(full, archive);
                const ast = await external_node_fs_default().promises.stat(archive);
                const fp = await folderFingerprint(full);
                items.push({
                    name: `${name}.${mode}`,
                    path: archive,
                    size: ast.size,
                    mtimeSec: Math.floor(ast.mtimeMs / 1000),
                    sourceKey: `${full}.${mode}`,
                    fingerprint: `${ast.size}:${fp}`,
                });
            }
            else {
                skippedOther.push(name);
            }
        }
    }
    catch (err) {
        await cleanup();
        throw err;
    }
    return { items, skippedFolders, skippedOther, cleanup };
}
/** `<tmp>/.kaggle/uploads/<path with separators and ':' as '_'>.json` */
function resumeStateFile(stateDir, sourceKey) {
    return external_node_path_default().join(stateDir, `${sourceKey.replace(/[/\\:]/g, "_")}.json`);
}
function defaultStateDir(env = process.env) {
    return external_node_path_default().join(env.TMPDIR || external_node_os_default().tmpdir(), ".kaggle", "uploads");
}
function readState(file) {
    try {
        return JSON.parse(external_node_fs_default().readFileSync(file, "utf8"));
    }
    catch {
        return undefined;
    }
}
const madeDirs = new Set();
/** Writes a state file (atomically: temp file + rename) without blocking the event loop. */
async function writeState(file, state) {
    const dir = external_node_path_default().dirname(file);
    if (!madeDirs.has(dir)) {
        await external_node_fs_default().promises.mkdir(dir, { recursive: true });
        madeDirs.add(dir);
    }
    const tmp = `${file}.${process.pid}.tmp`;
    try {
        await external_node_fs_default().promises.writeFile(tmp, JSON.stringify(state, null, 1));
    }
    catch (err) {
        if (err.code !== "ENOENT")
            throw err;
        await external_node_fs_default().promises.mkdir(dir, { recursive: true });
        await external_node_fs_default().promises.writeFile(tmp, JSON.stringify(state, null, 1));
    }
    await external_node_fs_default().promises.rename(tmp, file);
}
/** Below this size an unfinished upload is simply sent again; only its completion is recorded. */
const RESUMABLE_MIN_BYTES = 1 << 20;
/** A file that could not be uploaded; nothing was created with the others. */
class UploadFailedError extends errors/* KaggleApiError */.cc {
}
/**
 * Uploads every item (at most `concurrency` at once) and returns their tokens in the items'
 * order. The first failure stops the rest and is thrown; the resume state stays so the next run
 * continues where this one stopped.
 */
async function uploadAll(client, items, opts = {}) {
    const stateDir = opts.stateDir ?? defaultStateDir(client.host.env);
    // At most 16: the transfer agent keeps 16 connections per host; more would only queue.
    const limit = Math.min(16, Math.max(1, opts.concurrency ?? 8));
    const results = new Array(items.length);
    const abort = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, abort.signal]) : abort.signal;
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && !signal.aborted) {
            const i = next++;
            if (i >= items.length)
                return;
            try {
                results[i] = await uploadOne(client, items[i], stateDir, opts, signal);
                opts.events?.finished?.(results[i]);
            }
            catch (err) {
                if (failure === undefined)
                    failure = err;
                abort.abort();
                return;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure !== undefined) {
        const item = items[results.findIndex((r) => r === undefined)] ?? items[0];
        const e = failure;
        const status = failure instanceof errors/* KaggleApiError */.cc ? failure.status : 0;
        throw new UploadFailedError(`Upload of ${item?.name ?? "a file"} failed: ${e.message}; nothing was created. Run the command again to resume the uploads`, { status });
    }
    if (opts.signal?.aborted)
        throw new UploadFailedError("Upload cancelled; nothing was created", { status: 0 });
    return results;
}
async function uploadOne(client, item, stateDir, opts, signal) {
    const stateFile = resumeStateFile(stateDir, item.sourceKey);
    const request = {
        type: opts.blobType ?? "DATASET",
        name: item.name,
        contentLength: item.size,
        lastModifiedEpochSeconds: item.mtimeSec,
    };
    const now = client.clock.now();
    const saved = readState(stateFile);
    const usable = saved &&
        saved.path === item.sourceKey &&
        saved.fingerprint === item.fingerprint &&
        saved.start_blob_upload_request?.name === item.name &&
        saved.start_blob_upload_request?.contentLength === item.size &&
        now - saved.timestamp * 1000 < RESUME_EXPIRY_MS &&
        saved.start_blob_upload_response?.token &&
        saved.start_blob_upload_response?.createUrl;
    opts.events?.started?.(item);
    const progress = opts.progress?.(item);
    if (usable) {
        const response = saved.start_blob_upload_response;
        if (saved.upload_complete)
            return { item, token: response.token, how: "reused" };
        try {
            const r = await client.upload({
                url: response.createUrl,
                file: item.path,
                size: item.size,
                resume: true,
                signal,
                ...(progress ? { progress } : {}),
            });
            await writeState(stateFile, { ...saved, upload_complete: true });
            return { item, token: response.token, how: r.resumedFrom > 0 ? "resumed" : "uploaded" };
        }
        catch (err) {
            if (!(err instanceof errors/* NotFoundError */.m_) && !(err instanceof errors/* KaggleApiError */.cc && err.status === 410)) {
                if (!(err instanceof errors/* KaggleApiError */.cc) || err.status !== 404)
                    throw err;
            }
            client.logger.debug(`upload session of ${item.name} expired; starting again`);
        }
    }
    if (signal.aborted)
        throw new UploadFailedError("cancelled", { status: 0 });
    const response = await client.blobs.startUpload(request);
    if (!response.token || !response.createUrl) {
        throw new errors/* KaggleApiError */.cc(`StartBlobUpload answered without an upload URL for ${item.name}`, { status: 0 });
    }
    const state = {
        path: item.sourceKey,
        fingerprint: item.fingerprint,
        start_blob_upload_request: request,
        timestamp: Math.floor(client.clock.now() / 1000),
        start_blob_upload_response: { token: response.token, createUrl: response.createUrl },
        upload_complete: false,
    };
    // The state is written while the bytes travel; a crash before it lands only costs the resume.
    const started = item.size >= RESUMABLE_MIN_BYTES ? writeState(stateFile, state) : Promise.resolve();
    started.catch(() => undefined);
    const r = await client.upload({
        url: response.createUrl,
        file: item.path,
        size: item.size,
        signal,
        ...(progress ? { progress } : {}),
    });
    await started;
    await writeState(stateFile, { ...state, upload_complete: true });
    return { item, token: response.token, how: r.resumedFrom > 0 ? "resumed" : "uploaded" };
}
/** Forgets the resume state of items once the dataset (version) that used them exists. */
async function clearResumeState(items, stateDir) {
    const files = items.map((item) => resumeStateFile(stateDir, item.sourceKey));
    for (let i = 0; i < files.length; i += 64) {
        await Promise.all(files.slice(i, i + 64).map((f) => external_node_fs_default().promises.rm(f, { force: true })));
    }
}
/** A folder given with `-p` must exist and be a folder. */
function checkFolder(folder) {
    let st;
    try {
        st = external_node_fs_default().statSync(folder);
    }
    catch {
        st = undefined;
    }
    if (!st?.isDirectory())
        throw new errors/* ConfigurationError */.j1(`Invalid folder: ${folder}; give the dataset folder with -p`);
}
/** Human size as upstream prints it (`%.0f`, which rounds half to even): `7B`, `2KB`, `1024KB`. */
function uploadSize(bytes) {
    const units = ["B", "KB", "MB", "GB", "TB"];
    let v = bytes;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    const floor = Math.floor(v);
    const diff = v - floor;
    const rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
    return `${rounded}${units[u]}`;
}


/***/ })

};
