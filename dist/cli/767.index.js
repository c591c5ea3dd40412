export const id = 767;
export const ids = [767];
export const modules = {

/***/ 8408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ folderArg),
/* harmony export */   gI: () => (/* binding */ publishOptions),
/* harmony export */   y1: () => (/* binding */ maybeWait)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_uploads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(140);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9764);



function publishOptions(ctx, args) {
    const quiet = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(args, "quiet");
    const concurrency = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "concurrency");
    if (concurrency !== undefined && (concurrency < 1 || concurrency > 64)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--concurrency must be between 1 and 64, got ${concurrency}`);
    }
    const timeout = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "timeout");
    if (timeout !== undefined && timeout <= 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--timeout must be a positive number of seconds, got ${timeout}`);
    return {
        dirMode: ((0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "dir_mode") ?? "skip"),
        ...(concurrency !== undefined ? { concurrency } : {}),
        events: quiet
            ? {}
            : {
                skippedFolder: (name) => ctx.line(`Skipping folder: ${name}; use '--dir-mode' to upload folders`),
                skippedOther: (name) => ctx.line(`Skipping: ${name}`),
                ...orderedUploadLines(ctx),
            },
    };
}
/**
 * `Starting upload for file …` / `Upload successful: …` pairs in the folder's order, as the
 * official CLI prints them one file at a time, although the files travel in parallel.
 */
function orderedUploadLines(ctx) {
    const order = [];
    const done = new Set();
    let printed = 0;
    return {
        started: (item) => void order.push(item),
        finished: (f) => {
            done.add(f.item);
            while (printed < order.length && done.has(order[printed])) {
                const item = order[printed++];
                ctx.line(`Starting upload for file ${item.name}`);
                ctx.line(`Upload successful: ${item.name} (${(0,_core_uploads__WEBPACK_IMPORTED_MODULE_1__.uploadSize)(item.size)})`);
            }
        },
    };
}
function folderArg(args) {
    return (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "folder") ?? ".";
}
/** `--wait`: polls the status until ready, with a deadline. */
async function maybeWait(ctx, args, ref) {
    if (!(0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(args, "wait"))
        return;
    const quiet = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(args, "quiet");
    if (!quiet)
        ctx.line(`Waiting for ${ref.owner}/${ref.slug} to be ready...`);
    await ctx.client.datasets.waitUntilReady(ref, { timeoutMs: ((0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "timeout") ?? 3600) * 1000 });
    if (!quiet)
        ctx.line("ready");
}


/***/ }),

/***/ 6767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6763);
/* harmony import */ var _core_resources_datasets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7032);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9764);
/* harmony import */ var _output_cells__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5443);
/* harmony import */ var _publish__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8408);





async function run(args, ctx) {
    const result = await ctx.client.datasets.version((0,_publish__WEBPACK_IMPORTED_MODULE_3__/* .folderArg */ .$K)(args), {
        ...(0,_publish__WEBPACK_IMPORTED_MODULE_3__/* .publishOptions */ .gI)(ctx, args),
        notes: (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "version_notes") ?? "",
        deleteOldVersions: (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(args, "delete_old_versions"),
    });
    const res = result.response;
    if (res.invalidTags?.length) {
        ctx.line(`The following are not valid tags and could not be added to the dataset: ${(0,_output_cells__WEBPACK_IMPORTED_MODULE_4__/* .pyList */ ._r)(res.invalidTags)}`);
    }
    if (!result.ok) {
        ctx.line(`Dataset version creation error: ${res.error ?? ""}`);
        throw new _main__WEBPACK_IMPORTED_MODULE_0__.CommandFailed("", 1);
    }
    ctx.line(`Dataset version is being created. Please check progress at ${res.url ?? ""}`);
    const ref = res.ref ? (0,_core_resources_datasets__WEBPACK_IMPORTED_MODULE_1__/* .parseDatasetRef */ .JG)(res.ref.replace(/^https?:\/\/[^/]+\/(datasets\/)?/, "")) : undefined;
    const owner = result.spec.ownerSlug ?? ref?.owner;
    const slug = result.spec.datasetSlug ?? ref?.slug;
    if (owner && slug)
        await (0,_publish__WEBPACK_IMPORTED_MODULE_3__/* .maybeWait */ .y1)(ctx, args, { owner, slug });
}


/***/ })

};
