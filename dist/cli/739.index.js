export const id = 739;
export const ids = [739];
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

/***/ 739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6763);
/* harmony import */ var _output_transfer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8359);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4698);
/**
 * `kaggle datasets download`: the whole dataset as `<slug>.zip` or one file (`-f`), after the
 * `Dataset URL` and `License(s)` lines; `--unzip` extracts safely and removes the zip.
 */





const NO_LICENSE = "Error retrieving license. Please visit the Dataset URL to view license information.";
async function run(args, ctx) {
    const ref = await (0,_common__WEBPACK_IMPORTED_MODULE_4__/* .datasetArg */ .z)(ctx, args);
    const quiet = (0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(args, "quiet");
    const file = (0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, "file_name");
    const info = await ctx.client.datasets.metadata(ref);
    const licenses = (info.licenses ?? []).map((l) => l.name ?? "").filter(Boolean);
    ctx.line(`Dataset URL: https://www.kaggle.com/datasets/${ref.owner}/${ref.slug}${ref.version !== undefined ? `/versions/${ref.version}` : ""}`);
    ctx.line(`License(s): ${licenses.length ? licenses.join(",") : NO_LICENSE}`);
    const dir = (0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .downloadDir */ .cP)(ctx, args, "datasets", ref.owner, ref.slug);
    const target = { path: dir, force: (0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(args, "force"), progress: (0,_output_transfer__WEBPACK_IMPORTED_MODULE_2__/* .announcingProgress */ .A)(ctx, quiet, dir) };
    const result = file ? await ctx.client.datasets.downloadFile(ref, file, target) : await ctx.client.datasets.downloadAll(ref, target);
    (0,_output_transfer__WEBPACK_IMPORTED_MODULE_2__/* .reportDownload */ .n)(ctx, result, quiet);
    if (file || !(0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(args, "unzip"))
        return;
    // kaggle 2.x also unzips a zip that was already up to date.
    const { CorruptArchiveError, extractZip, UnsafeArchiveError } = await __webpack_require__.e(/* import() */ 317).then(__webpack_require__.bind(__webpack_require__, 6317));
    try {
        await extractZip(result.path, dir);
    }
    catch (err) {
        if (err instanceof UnsafeArchiveError) {
            throw new _main__WEBPACK_IMPORTED_MODULE_1__.CommandFailed(`Refusing to unzip ${result.path}: ${err.message}; nothing was extracted and the zip was kept`);
        }
        if (err instanceof CorruptArchiveError) {
            throw new _main__WEBPACK_IMPORTED_MODULE_1__.CommandFailed(`The file ${result.path} is corrupted or not a valid zip file (${err.message}). Please report this issue at https://www.github.com/kaggle/kaggle-cli/issues`);
        }
        throw err;
    }
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.rm(result.path);
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
