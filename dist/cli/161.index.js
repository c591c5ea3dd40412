export const id = 161;
export const ids = [161];
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

/***/ 1161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5400);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5831);
/** `kaggle kernels pull [kernel]`: the source (and with `-m` the metadata) of a kernel. */





async function run(args, ctx) {
    let typed = (0,_common__WEBPACK_IMPORTED_MODULE_4__/* .kernelText */ .J3)(args);
    let codeFile;
    if (!typed) {
        const file = (0,_core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .joinLikePython */ .W_)((0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, "path") ?? ".", _core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .KERNEL_METADATA_FILE */ .$s);
        let meta;
        try {
            meta = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8"));
        }
        catch {
            meta = undefined;
        }
        const id = typeof meta?.id === "string" ? meta.id : undefined;
        if (!id || id.includes(_core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .KERNEL_SLUG_PLACEHOLDER */ .cD)) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`A kernel must be specified: give <owner>/<kernel-slug>, or run in a folder whose ${_core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .KERNEL_METADATA_FILE */ .$s} has an "id"`);
        }
        typed = id;
        if (typeof meta?.code_file === "string")
            codeFile = meta.code_file;
        ctx.line(`Using kernel ${id}`);
    }
    const ref = await (0,_common__WEBPACK_IMPORTED_MODULE_4__/* .resolveKernel */ .EO)(ctx, typed);
    const dir = (0,_common__WEBPACK_IMPORTED_MODULE_4__/* .kernelDir */ .fm)(ctx, args, ref);
    const metadata = (0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(args, "metadata");
    const res = await ctx.client.kernels.pull(ref, { path: dir, metadata, ...(codeFile ? { codeFile } : {}) });
    if (metadata)
        ctx.line(`Source code and metadata downloaded to ${res.folder}`);
    else
        ctx.line(`Source code downloaded to ${res.sourcePath}`);
}


/***/ })

};
