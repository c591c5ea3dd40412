export const id = 411;
export const ids = [411];
export const modules = {

/***/ 5831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   EO: () => (/* binding */ resolveKernel),
/* harmony export */   J3: () => (/* binding */ kernelText),
/* harmony export */   fm: () => (/* binding */ kernelDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5400);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9764);
/** What the kernels commands share: resolving the kernel argument and the default folders. */




/** The kernel as typed (positional or `-k`), or undefined. */
function kernelText(args) {
    return (0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, "kernel") ?? (0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, "kernel_opt");
}
/** Owner/slug[/version]; a bare slug belongs to the caller. */
async function resolveKernel(ctx, text) {
    if (!text)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("A kernel must be specified");
    return text.includes("/") ? (0,_core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .parseKernelRef */ .at)(text) : (0,_core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .parseKernelRef */ .at)(text, await ctx.client.username());
}
/** `-p`, `-w` (current folder), `<config path>/kernels/<owner>/<slug>[/sub]`, or the current folder. */
function kernelDir(ctx, args, ref, ...sub) {
    const explicit = (0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, "path");
    if (explicit)
        return explicit;
    if ((0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(args, "wp"))
        return ".";
    const configured = ctx.config("path");
    return configured ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(configured, "kernels", ref.owner, ref.slug, ...sub) : ".";
}
/** `500`, `500B`, `10KB`, `1.5MB`, `2GB`, `1TB` → bytes. */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([KMGT]?i?B?)?\s*$/i.exec(text);
    if (!m)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--max-size must be a size such as 500000, 500KB, 20MB or 2GB, got '${text}'`);
    const unit = (m[2] ?? "").toUpperCase().replace("I", "").replace("B", "");
    const power = ["", "K", "M", "G", "T"].indexOf(unit);
    return Math.floor(Number(m[1]) * 1024 ** power);
}


/***/ }),

/***/ 7411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_resources_kernels__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6313);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5831);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);




async function run(args, ctx) {
    const pattern = (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(args, "file_pattern");
    if (pattern !== undefined)
        (0,_core_resources_kernels__WEBPACK_IMPORTED_MODULE_0__/* .compileFilePattern */ .kQ)(pattern);
    const maxSize = (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(args, "max_size");
    const maxBytes = maxSize !== undefined ? (0,_common__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(maxSize) : undefined;
    const pageSize = (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(args, "page_size");
    if (pageSize !== undefined && (pageSize < 1 || pageSize > 200))
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--page-size must be between 1 and 200, got ${pageSize}`);
    const ref = await (0,_common__WEBPACK_IMPORTED_MODULE_2__/* .resolveKernel */ .EO)(ctx, (0,_common__WEBPACK_IMPORTED_MODULE_2__/* .kernelText */ .J3)(args));
    const quiet = (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(args, "quiet");
    const dir = (0,_common__WEBPACK_IMPORTED_MODULE_2__/* .kernelDir */ .fm)(ctx, args, ref, "output");
    const pageToken = (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(args, "page_token");
    const res = await ctx.client.kernels.downloadOutput(ref, dir, {
        ...(pattern !== undefined ? { pattern } : {}),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
        ...(pageSize !== undefined ? { pageSize } : {}),
        ...(pageToken ? { pageToken } : {}),
        force: (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(args, "force"),
        progress: () => ctx.progress(quiet),
        onFile: (f) => {
            if (quiet)
                return;
            if (f.status === "downloaded")
                ctx.line(`Output file downloaded to ${f.path}`);
            else if (f.status === "skipped")
                ctx.line(`${f.path.slice(f.path.lastIndexOf("/") + 1)}: Skipping, found more recently modified local copy (use --force to force download)`);
            else
                ctx.line(`${f.fileName}: Skipping, ${f.bytes} bytes is larger than --max-size ${maxSize}`);
        },
    });
    if (res.logPath && !quiet)
        ctx.line(`Kernel log downloaded to ${res.logPath} `);
    if (res.nextPageToken)
        ctx.line(`Next page token: ${res.nextPageToken}`);
}


/***/ })

};
