export const id = 719;
export const ids = [719];
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

/***/ 9719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _output_kernel_columns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4411);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5831);



async function run(args, ctx) {
    (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .checkPageSize */ .vh)((0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(args, "page_size"));
    ctx.formatChoice(args); // a bad --format fails before any request
    const ref = await (0,_common__WEBPACK_IMPORTED_MODULE_2__/* .resolveKernel */ .EO)(ctx, (0,_common__WEBPACK_IMPORTED_MODULE_2__/* .kernelText */ .J3)(args));
    const page = await ctx.client.kernels.files(ref, (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .pageOptions */ .kf)(args, 20));
    ctx.printPage(page.files ?? [], _output_kernel_columns__WEBPACK_IMPORTED_MODULE_0__/* .kernelFileColumns */ .jH, args, { nextPageToken: page.nextPageToken, empty: "No files found", emptyOnStderr: true, tableOnly: true });
}


/***/ }),

/***/ 4411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fv: () => (/* binding */ kernelStatusLines),
/* harmony export */   jH: () => (/* binding */ kernelFileColumns),
/* harmony export */   vU: () => (/* binding */ kernelColumns)
/* harmony export */ });
/* harmony import */ var _cells__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5443);

const kernelColumns = [
    { field: "ref", label: "ref", value: (k) => k.ref ?? "" },
    { field: "title", label: "title", value: (k) => k.title ?? "" },
    { field: "author", label: "author", value: (k) => k.author ?? "" },
    { field: "lastRunTime", label: "lastRunTime", value: (k) => (0,_cells__WEBPACK_IMPORTED_MODULE_0__/* .pythonDateTime */ .W9)(k.lastRunTime), json: (k) => k.lastRunTime ?? null },
    { field: "totalVotes", label: "totalVotes", value: (k) => k.totalVotes ?? 0 },
];
/** `alice/x has status "KernelWorkerStatus.COMPLETE"` (+ the failure line), as kaggle 2.x prints it. */
function kernelStatusLines(typed, status, failureMessage) {
    let out = `${typed} has status "KernelWorkerStatus.${status}"\n`;
    if (failureMessage)
        out += `Failure message: "${failureMessage}"\n`;
    return out;
}
/** `kernels files`: the server's `creationDate` is already text (e.g. `4:41 pm, Wednesday 23 September 2026 UTC`). */
const kernelFileColumns = [
    { field: "name", label: "name", value: (f) => f.name ?? "" },
    { field: "size", label: "size", value: (f) => f.size ?? 0 },
    { field: "creationDate", label: "creationDate", value: (f) => f.creationDate ?? "" },
];


/***/ })

};
