export const id = 796;
export const ids = [796];
export const modules = {

/***/ 2857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ competitionArg)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9764);


/**
 * The competition: the positional argument, then `-c`, then the `competition` config value
 * (announced with `Using competition: …` unless quiet).
 */
function competitionArg(ctx, args) {
    const given = (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(args, "competition") ?? (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(args, "competition_opt");
    if (given)
        return given;
    const configured = ctx.config("competition");
    if (!configured) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("No competition specified: give one as an argument or set a default with 'kaggle config set -n competition -v <name>'");
    }
    if (!(0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(args, "quiet"))
        ctx.line(`Using competition: ${configured}`);
    return configured;
}


/***/ }),

/***/ 5796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _output_transfer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8359);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);



async function run(args, ctx) {
    const competition = (0,_common__WEBPACK_IMPORTED_MODULE_2__/* .competitionArg */ .m)(ctx, args);
    const quiet = (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(args, "quiet");
    const dir = (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .downloadDir */ .cP)(ctx, args, "competitions", competition);
    const file = (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(args, "file_name");
    const target = {
        path: dir,
        force: (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(args, "force"),
        progress: (0,_output_transfer__WEBPACK_IMPORTED_MODULE_0__/* .announcingProgress */ .A)(ctx, quiet, dir),
    };
    const result = file
        ? await ctx.client.competitions.downloadFile(competition, file, target)
        : await ctx.client.competitions.downloadAll(competition, target);
    (0,_output_transfer__WEBPACK_IMPORTED_MODULE_0__/* .reportDownload */ .n)(ctx, result, quiet);
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
