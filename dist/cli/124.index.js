export const id = 124;
export const ids = [124];
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

/***/ 9124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6763);
/* harmony import */ var _output_dataset_columns__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7056);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4698);




async function run(args, ctx) {
    (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .checkPageSize */ .vh)((0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "page_size"));
    ctx.formatChoice(args); // a bad --format fails before any request
    const ref = await (0,_common__WEBPACK_IMPORTED_MODULE_3__/* .datasetArg */ .z)(ctx, args);
    const page = await ctx.client.datasets.files(ref, (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .pageOptions */ .kf)(args, 20));
    if (page.errorMessage) {
        // The official CLI prints this and exits 0; a failure must not look like success.
        ctx.line(page.errorMessage);
        throw new _main__WEBPACK_IMPORTED_MODULE_0__.CommandFailed("", 1);
    }
    ctx.printPage(page.datasetFiles ?? [], _output_dataset_columns__WEBPACK_IMPORTED_MODULE_1__/* .datasetFileColumns */ .g, args, { nextPageToken: page.nextPageToken });
}


/***/ }),

/***/ 7056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ datasetFileColumns),
/* harmony export */   u: () => (/* binding */ datasetColumns)
/* harmony export */ });
/* harmony import */ var _cells__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5443);

/**
 * As the official CLI prints the JSON number it received: `1` stays `1` (and, as an integer in
 * the first row, right-aligns the column), `0.875` stays `0.875`; an absent rating is the float
 * default `0.0`.
 */
function usability(v) {
    return v === undefined ? "0.0" : v;
}
const datasetColumns = [
    { field: "ref", label: "ref", value: (d) => d.ref ?? "" },
    { field: "title", label: "title", value: (d) => d.title ?? "" },
    { field: "totalBytes", label: "size", value: (d) => d.totalBytes ?? 0 },
    { field: "lastUpdated", label: "lastUpdated", value: (d) => (0,_cells__WEBPACK_IMPORTED_MODULE_0__/* .pythonDateTime */ .W9)(d.lastUpdated), json: (d) => d.lastUpdated ?? null },
    { field: "downloadCount", label: "downloadCount", value: (d) => d.downloadCount ?? 0 },
    { field: "voteCount", label: "voteCount", value: (d) => d.voteCount ?? 0 },
    // A float: printed as Python prints it and, being no integer, left-justified.
    { field: "usabilityRating", label: "usabilityRating", value: (d) => usability(d.usabilityRating), json: (d) => d.usabilityRating ?? 0 },
];
const datasetFileColumns = [
    { field: "name", label: "name", value: (f) => f.name ?? "" },
    { field: "totalBytes", label: "size", value: (f) => f.totalBytes ?? 0 },
    { field: "creationDate", label: "creationDate", value: (f) => (0,_cells__WEBPACK_IMPORTED_MODULE_0__/* .pythonDateTime */ .W9)(f.creationDate), json: (f) => f.creationDate ?? null },
];


/***/ })

};
