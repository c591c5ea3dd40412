export const id = 829;
export const ids = [829];
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

/***/ 9829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   confirm: () => (/* binding */ confirm),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6763);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5831);
/**
 * `kaggle kernels delete <owner>/<slug> [-y]`: asks `[yes/no]` on a terminal (or reads the
 * answer from standard input) unless `-y` is given; a closed input is a refusal, not a crash.
 */





/** Asks until the answer is yes/y/no/n; undefined when the input ends first. */
async function confirm(ctx, question, input = process.stdin) {
    const rl = node_readline__WEBPACK_IMPORTED_MODULE_0___default().createInterface({ input, terminal: false });
    try {
        ctx.out(`${question} [yes/no] `);
        // The iterator buffers lines, so answers arriving together are not lost between prompts.
        for await (const line of rl) {
            const word = line.trim().toLowerCase();
            if (word === "yes" || word === "y")
                return true;
            if (word === "no" || word === "n")
                return false;
            ctx.out(`${question} [yes/no] `);
        }
        return undefined;
    }
    finally {
        rl.close();
    }
}
async function run(args, ctx) {
    const text = (0,_common__WEBPACK_IMPORTED_MODULE_4__/* .kernelText */ .J3)(args);
    if (!text?.includes("/"))
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Kernel must be in format [owner]/[kernel-name]");
    const ref = await (0,_common__WEBPACK_IMPORTED_MODULE_4__/* .resolveKernel */ .EO)(ctx, text);
    const name = `${ref.owner}/${ref.slug}`;
    if (!(0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(args, "no_confirm")) {
        const ok = await confirm(ctx, `Are you sure you want to delete the kernel: ${name}?`);
        if (ok === undefined) {
            ctx.line();
            throw new _main__WEBPACK_IMPORTED_MODULE_1__.CommandFailed("No answer on standard input: nothing was deleted; add -y to delete without asking");
        }
        if (!ok) {
            ctx.line("Deletion cancelled");
            return;
        }
    }
    await ctx.client.kernels.delete(ref);
    ctx.line(`Kernel ${name} deleted successfully`);
}


/***/ })

};
