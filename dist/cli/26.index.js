export const id = 26;
export const ids = [26];
export const modules = {

/***/ 4698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ pyJoin),
/* harmony export */   z: () => (/* binding */ datasetArg)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_resources_datasets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9764);



/** The dataset: the positional argument or `-d`; a bare slug belongs to the configured user. */
async function datasetArg(ctx, args) {
    const given = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "dataset") ?? (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "dataset_opt");
    if (!given)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("A dataset must be specified; give it as <owner>/<dataset-slug>");
    const owner = given.includes("/") ? undefined : await ctx.client.username();
    return (0,_core_resources_datasets__WEBPACK_IMPORTED_MODULE_1__/* .parseDatasetRef */ .JG)(given, owner);
}
/** Python's `os.path.join(folder, name)` (kept textually, e.g. `./x` stays `./x`). */
function pyJoin(folder, name) {
    return folder.endsWith("/") || folder === "" ? `${folder}${name}` : `${folder}/${name}`;
}


/***/ }),

/***/ 4026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/cli/main.ts + 11 modules
var main = __webpack_require__(6763);
// EXTERNAL MODULE: ./src/cli/output/transfer.ts
var transfer = __webpack_require__(8359);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/core/unzip.ts
/**
 * Safe, streaming zip extraction.
 *
 * The central directory is read first and every entry checked before anything is written: an
 * absolute name, a drive letter, a `..` component, a link whose target leaves the folder, an
 * encrypted entry or an unknown compression method refuses the whole archive. Entries are then
 * streamed from disk through `inflateRaw` (DEFLATE) or copied (STORE), their CRC-32 and size
 * checked; files are opened with `O_NOFOLLOW` and parent folders must resolve inside the target,
 * so a link planted earlier cannot redirect a write. Zip64 archives are supported.
 */





class UnsafeArchiveError extends Error {
    constructor(message) {
        super(message);
        this.name = "UnsafeArchiveError";
    }
}
class CorruptArchiveError extends Error {
    constructor(message) {
        super(message);
        this.name = "CorruptArchiveError";
    }
}
const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
async function readAt(fh, position, length) {
    const buf = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
        const { bytesRead } = await fh.read(buf, done, length - done, position + done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return buf.subarray(0, done);
}
/** Reads the central directory of `file` (a few reads at the end; entry data is not touched). */
async function listZip(file) {
    const fh = await external_node_fs_default().promises.open(file, "r");
    try {
        const size = (await fh.stat()).size;
        const corrupt = (why) => {
            throw new CorruptArchiveError(`${file} is not a valid zip file (${why})`);
        };
        if (size < 22)
            corrupt("too short");
        const tailLen = Math.min(size, 22 + 0xffff + 20);
        const tail = await readAt(fh, size - tailLen, tailLen);
        let eocd = -1;
        for (let i = tail.length - 22; i >= 0; i--) {
            if (tail.readUInt32LE(i) === EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0)
            corrupt("no end of central directory");
        let count = tail.readUInt16LE(eocd + 10);
        let cdSize = tail.readUInt32LE(eocd + 12);
        let cdOffset = tail.readUInt32LE(eocd + 16);
        if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
            const loc = eocd - 20;
            if (loc < 0 || tail.readUInt32LE(loc) !== EOCD64_LOCATOR)
                corrupt("zip64 locator missing");
            const rec64Offset = Number(tail.readBigUInt64LE(loc + 8));
            const rec = await readAt(fh, rec64Offset, 56);
            if (rec.length < 56 || rec.readUInt32LE(0) !== EOCD64)
                corrupt("zip64 end record missing");
            count = Number(rec.readBigUInt64LE(32));
            cdSize = Number(rec.readBigUInt64LE(40));
            cdOffset = Number(rec.readBigUInt64LE(48));
        }
        if (cdOffset + cdSize > size)
            corrupt("central directory beyond end of file");
        const cd = await readAt(fh, cdOffset, cdSize);
        const entries = [];
        let p = 0;
        for (let n = 0; n < count; n++) {
            if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL)
                corrupt(`bad central directory entry ${n}`);
            const madeBy = cd.readUInt16LE(p + 4) >> 8;
            const flags = cd.readUInt16LE(p + 8);
            const method = cd.readUInt16LE(p + 10);
            const crc = cd.readUInt32LE(p + 16);
            let compressedSize = cd.readUInt32LE(p + 20);
            let usize = cd.readUInt32LE(p + 24);
            const nameLen = cd.readUInt16LE(p + 28);
            const extraLen = cd.readUInt16LE(p + 30);
            const commentLen = cd.readUInt16LE(p + 32);
            const external = cd.readUInt32LE(p + 38);
            let localHeaderOffset = cd.readUInt32LE(p + 42);
            const nameBuf = cd.subarray(p + 46, p + 46 + nameLen);
            const name = flags & 0x800 ? nameBuf.toString("utf8") : nameBuf.toString("latin1");
            const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
            // Zip64 extended information: only the fields whose 32-bit value is saturated, in order.
            for (let e = 0; e + 4 <= extra.length;) {
                const id = extra.readUInt16LE(e);
                const len = extra.readUInt16LE(e + 2);
                if (id === 0x0001) {
                    let q = e + 4;
                    if (usize === 0xffffffff && q + 8 <= e + 4 + len) {
                        usize = Number(extra.readBigUInt64LE(q));
                        q += 8;
                    }
                    if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
                        compressedSize = Number(extra.readBigUInt64LE(q));
                        q += 8;
                    }
                    if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len)
                        localHeaderOffset = Number(extra.readBigUInt64LE(q));
                }
                e += 4 + len;
            }
            const mode = madeBy === 3 ? external >>> 16 : undefined;
            const isSymlink = mode !== undefined && (mode & 0o170000) === 0o120000;
            entries.push({
                name,
                method,
                flags,
                crc,
                compressedSize,
                size: usize,
                localHeaderOffset,
                mode,
                isDirectory: name.endsWith("/") || (mode !== undefined && (mode & 0o170000) === 0o040000),
                isSymlink,
            });
            p += 46 + nameLen + extraLen + commentLen;
        }
        return entries;
    }
    finally {
        await fh.close();
    }
}
/** The path an entry would be written to, or an error saying why it may not be. */
function safeTarget(dest, name) {
    if (name.includes("\0"))
        throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} has a NUL character in its name`);
    const norm = name.replace(/\\/g, "/");
    if (norm.startsWith("/") || /^[A-Za-z]:/.test(norm))
        throw new UnsafeArchiveError(`entry "${name}" has an absolute path`);
    const parts = norm.split("/").filter((s) => s !== "" && s !== ".");
    if (parts.includes(".."))
        throw new UnsafeArchiveError(`entry "${name}" contains '..' and would be written outside the folder`);
    if (parts.length === 0)
        return dest;
    const target = external_node_path_default().resolve(dest, ...parts);
    if (target !== dest && !target.startsWith(dest + (external_node_path_default()).sep)) {
        throw new UnsafeArchiveError(`entry "${name}" would be written outside the folder`);
    }
    return target;
}
/**
 * Extracts every entry of `zipFile` into `dest`. Unsafe archives are refused before anything is
 * written; a corrupt entry fails the extraction (files already written stay).
 */
async function extractZip(zipFile, dest, opts = {}) {
    const root = external_node_path_default().resolve(dest);
    await external_node_fs_default().promises.mkdir(root, { recursive: true });
    const realRoot = await external_node_fs_default().promises.realpath(root);
    const entries = await listZip(zipFile);
    const plan = [];
    for (const entry of entries) {
        if (entry.flags & 0x1)
            throw new UnsafeArchiveError(`entry "${entry.name}" is encrypted`);
        if (!entry.isDirectory && entry.method !== 0 && entry.method !== 8) {
            throw new CorruptArchiveError(`entry "${entry.name}" uses compression method ${entry.method}; only STORE and DEFLATE are supported`);
        }
        plan.push({ entry, target: safeTarget(realRoot, entry.name) });
    }
    const fh = await external_node_fs_default().promises.open(zipFile, "r");
    let files = 0;
    let bytes = 0;
    try {
        // Link targets are checked once their own contents are known (they are stored as data).
        for (const { entry, target } of plan) {
            if (entry.isDirectory) {
                await makeDirInside(realRoot, target);
                continue;
            }
            await makeDirInside(realRoot, external_node_path_default().dirname(target));
            const dataStart = await dataOffset(fh, entry, zipFile);
            if (entry.isSymlink) {
                const linkTarget = (await readEntry(fh, entry, dataStart)).toString("utf8");
                const resolved = external_node_path_default().resolve(external_node_path_default().dirname(target), linkTarget);
                if (external_node_path_default().isAbsolute(linkTarget) || (resolved !== realRoot && !resolved.startsWith(realRoot + (external_node_path_default()).sep))) {
                    throw new UnsafeArchiveError(`entry "${entry.name}" is a link to "${linkTarget}", outside the folder`);
                }
                await external_node_fs_default().promises.rm(target, { force: true });
                await external_node_fs_default().promises.symlink(linkTarget, target);
                continue;
            }
            await writeEntry(zipFile, entry, dataStart, target);
            files++;
            bytes += entry.size;
            opts.onEntry?.(external_node_path_default().relative(realRoot, target), entry.size);
        }
    }
    finally {
        await fh.close();
    }
    return { files, bytes };
}
/** Creates `dir` (and parents) and checks that it really is inside `root` (no link on the way out). */
async function makeDirInside(root, dir) {
    await external_node_fs_default().promises.mkdir(dir, { recursive: true });
    const real = await external_node_fs_default().promises.realpath(dir);
    if (real !== root && !real.startsWith(root + (external_node_path_default()).sep)) {
        throw new UnsafeArchiveError(`${external_node_path_default().relative(root, dir)} leads outside the folder through a link`);
    }
}
async function dataOffset(fh, entry, file) {
    const h = await readAt(fh, entry.localHeaderOffset, 30);
    if (h.length < 30 || h.readUInt32LE(0) !== LOCAL)
        throw new CorruptArchiveError(`${file}: bad local header for "${entry.name}"`);
    return entry.localHeaderOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
}
async function readEntry(fh, entry, start) {
    if (entry.compressedSize > 1 << 16)
        throw new UnsafeArchiveError(`entry "${entry.name}" is a link with an oversized target`);
    const raw = await readAt(fh, start, entry.compressedSize);
    if (entry.method === 0)
        return raw;
    const { inflateRawSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
    return inflateRawSync(raw, { maxOutputLength: 1 << 16 });
}
/** Streams one entry to `target` with `O_NOFOLLOW`, checking size and CRC-32. */
async function writeEntry(zipFile, entry, start, target) {
    try {
        const st = await external_node_fs_default().promises.lstat(target);
        if (st.isSymbolicLink() || !st.isFile())
            await external_node_fs_default().promises.rm(target, { recursive: true, force: true });
    }
    catch {
        // not there yet
    }
    const flags = (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_TRUNC | ((external_node_fs_default()).constants.O_NOFOLLOW ?? 0);
    const handle = await external_node_fs_default().promises.open(target, flags, 0o644);
    const out = handle.createWriteStream({ highWaterMark: 1 << 20 });
    let crc = 0;
    let written = 0;
    const check = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            written += chunk.length;
            if (written > entry.size) {
                cb(new CorruptArchiveError(`entry "${entry.name}" is larger than its declared ${entry.size} bytes`));
                return;
            }
            crc = (0,external_node_zlib_.crc32)(chunk, crc);
            cb(null, chunk);
        },
    });
    const source = entry.compressedSize === 0
        ? external_node_stream_.Readable.from([])
        : external_node_fs_default().createReadStream(zipFile, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 });
    const stages = entry.method === 8 && entry.compressedSize > 0 ? [(0,external_node_zlib_.createInflateRaw)({ finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH })] : [];
    try {
        await (0,promises_.pipeline)(source, ...stages, check, out);
    }
    catch (err) {
        if (err instanceof CorruptArchiveError)
            throw err;
        throw new CorruptArchiveError(`entry "${entry.name}" could not be read: ${err.message}`);
    }
    if (written !== entry.size)
        throw new CorruptArchiveError(`entry "${entry.name}" has ${written} bytes, expected ${entry.size}`);
    if ((crc >>> 0) !== (entry.crc >>> 0))
        throw new CorruptArchiveError(`entry "${entry.name}" fails its CRC-32 check`);
}

// EXTERNAL MODULE: ./src/cli/commands/shared.ts
var shared = __webpack_require__(9764);
// EXTERNAL MODULE: ./src/cli/commands/datasets/common.ts
var common = __webpack_require__(4698);
;// CONCATENATED MODULE: ./src/cli/commands/datasets/download.ts
/**
 * `kaggle datasets download`: the whole dataset as `<slug>.zip` or one file (`-f`), after the
 * `Dataset URL` and `License(s)` lines; `--unzip` extracts safely and removes the zip.
 */






const NO_LICENSE = "Error retrieving license. Please visit the Dataset URL to view license information.";
async function run(args, ctx) {
    const ref = await (0,common/* datasetArg */.z)(ctx, args);
    const quiet = (0,shared/* flag */.Jt)(args, "quiet");
    const file = (0,shared/* str */.gx)(args, "file_name");
    const info = await ctx.client.datasets.metadata(ref);
    const licenses = (info.licenses ?? []).map((l) => l.name ?? "").filter(Boolean);
    ctx.line(`Dataset URL: https://www.kaggle.com/datasets/${ref.owner}/${ref.slug}${ref.version !== undefined ? `/versions/${ref.version}` : ""}`);
    ctx.line(`License(s): ${licenses.length ? licenses.join(",") : NO_LICENSE}`);
    const dir = (0,shared/* downloadDir */.cP)(ctx, args, "datasets", ref.owner, ref.slug);
    const target = { path: dir, force: (0,shared/* flag */.Jt)(args, "force"), progress: (0,transfer/* announcingProgress */.A)(ctx, quiet, dir) };
    const result = file ? await ctx.client.datasets.downloadFile(ref, file, target) : await ctx.client.datasets.downloadAll(ref, target);
    (0,transfer/* reportDownload */.n)(ctx, result, quiet);
    if (file || !(0,shared/* flag */.Jt)(args, "unzip"))
        return;
    // kaggle 2.x also unzips a zip that was already up to date.
    try {
        await extractZip(result.path, dir);
    }
    catch (err) {
        if (err instanceof UnsafeArchiveError) {
            throw new main.CommandFailed(`Refusing to unzip ${result.path}: ${err.message}; nothing was extracted and the zip was kept`);
        }
        if (err instanceof CorruptArchiveError) {
            throw new main.CommandFailed(`The file ${result.path} is corrupted or not a valid zip file (${err.message}). Please report this issue at https://www.github.com/kaggle/kaggle-cli/issues`);
        }
        throw err;
    }
    try {
        await external_node_fs_default().promises.rm(result.path);
    }
    catch (err) {
        ctx.line(`Could not delete zip file, got ${err.message}`);
    }
}


/***/ }),

/***/ 8359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ announcingProgress),
/* harmony export */   n: () => (/* binding */ reportDownload)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_progress__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4664);
/** The messages around a download, worded as the official CLI words them. */


/** Progress that first prints `Downloading <name> to <folder>` (nothing when quiet). */
function announcingProgress(ctx, quiet, dir) {
    if (quiet)
        return _core_progress__WEBPACK_IMPORTED_MODULE_1__/* .noProgress */ .n;
    const inner = ctx.progress(false);
    return {
        start(name, total, already) {
            ctx.line(`Downloading ${name} to ${dir}`);
            inner.start(name, total, already);
        },
        advance: (n) => inner.advance(n),
        finish: () => inner.finish(),
    };
}
function reportDownload(ctx, result, quiet) {
    if (quiet)
        return;
    if (result.status === "skipped") {
        ctx.line(`${node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(result.path)}: Skipping, found more recently modified local copy (use --force to force download)`);
    }
    else {
        ctx.line();
    }
}


/***/ })

};
