export const id = 487;
export const ids = [487];
export const modules = {

/***/ 9487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _output_dataset_columns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7056);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9764);



const SORTS = {
    hottest: "DATASET_SORT_BY_HOTTEST",
    votes: "DATASET_SORT_BY_VOTES",
    updated: "DATASET_SORT_BY_UPDATED",
    active: "DATASET_SORT_BY_ACTIVE",
    published: "DATASET_SORT_BY_PUBLISHED",
};
const FILE_TYPES = {
    all: "DATASET_FILE_TYPE_GROUP_ALL",
    csv: "DATASET_FILE_TYPE_GROUP_CSV",
    sqlite: "DATASET_FILE_TYPE_GROUP_SQLITE",
    json: "DATASET_FILE_TYPE_GROUP_JSON",
    bigQuery: "DATASET_FILE_TYPE_GROUP_BIG_QUERY",
    parquet: "DATASET_FILE_TYPE_GROUP_PARQUET",
};
const LICENSES = {
    all: "DATASET_LICENSE_GROUP_ALL",
    cc: "DATASET_LICENSE_GROUP_CC",
    gpl: "DATASET_LICENSE_GROUP_GPL",
    odb: "DATASET_LICENSE_GROUP_ODB",
    other: "DATASET_LICENSE_GROUP_OTHER",
};
function pick(table, value, what) {
    if (value === undefined)
        return undefined;
    if (!Object.hasOwn(table, value)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid ${what} specified. Valid options are [${Object.keys(table).map((k) => `'${k}'`).join(", ")}]`);
    }
    return table[value];
}
async function run(args, ctx) {
    // The official order of checks (kaggle_api_extended.dataset_list).
    const sortBy = pick(SORTS, (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "sort_by"), "sort by");
    if ((0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "size") !== undefined) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("The --size parameter has been deprecated. Please use --max-size and --min-size to filter dataset sizes.");
    }
    const fileType = pick(FILE_TYPES, (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "file_type"), "file type");
    const license = pick(LICENSES, (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "license_name"), "license");
    const page = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "page") ?? 1;
    if (page < 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Page number must be >= 1");
    const maxSize = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "max_size") ?? 0;
    const minSize = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "min_size") ?? 0;
    if (maxSize && minSize && maxSize < minSize)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Max Size must be max_size >= min_size");
    if (maxSize && maxSize <= 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Max Size must be > 0");
    if (minSize && minSize < 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Min Size must be >= 0");
    const mine = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .flag */ .Jt)(args, "mine");
    const user = (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "user");
    if (mine && user)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Cannot specify both mine and a user");
    const choice = ctx.formatChoice(args);
    const res = await ctx.client.datasets.list({
        ...(mine ? { group: "DATASET_SELECTION_GROUP_MY" } : user ? { group: "DATASET_SELECTION_GROUP_USER" } : {}),
        ...(sortBy ? { sortBy } : {}),
        ...(fileType ? { fileType } : {}),
        ...(license ? { license } : {}),
        tagIds: (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "tag_ids") ?? "",
        search: (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "search") ?? "",
        user: user ?? "",
        minSize,
        maxSize,
        page,
    });
    const rows = res.datasets ?? [];
    if (rows.length === 0 && choice.format !== "json") {
        ctx.line("No datasets found");
        return;
    }
    ctx.print(rows, _output_dataset_columns__WEBPACK_IMPORTED_MODULE_0__/* .datasetColumns */ .u, args);
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
