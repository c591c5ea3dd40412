export const id = 558;
export const ids = [558];
export const modules = {

/***/ 7558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _output_kernel_columns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4411);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5400);
/* harmony import */ var _core_resources_kernels__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6313);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9764);





const LANGUAGES = ["all", "python", "r", "sqlite", "julia"];
const KERNEL_TYPES = ["all", "script", "notebook"];
const OUTPUT_TYPES = ["all", "visualization", "data"];
const SORTS = {
    hotness: "HOTNESS",
    commentCount: "COMMENT_COUNT",
    dateCreated: "DATE_CREATED",
    dateRun: "DATE_RUN",
    relevance: "RELEVANCE",
    scoreAscending: "SCORE_ASCENDING",
    scoreDescending: "SCORE_DESCENDING",
    viewCount: "VIEW_COUNT",
    voteCount: "VOTE_COUNT",
};
const options = (list) => `[${list.map((x) => `'${x}'`).join(", ")}]`;
async function run(args, ctx) {
    const page = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Wh)(args, "page") ?? 1;
    let pageSize = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Wh)(args, "page_size") ?? 20;
    if (page <= 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Page number must be >= 1");
    if (pageSize <= 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Page size must be >= 1");
    const language = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "language");
    if (language !== undefined && !LANGUAGES.includes(language)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid language specified. Valid options are ${options(LANGUAGES)}`);
    }
    const kernelType = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "kernel_type");
    if (kernelType !== undefined && !KERNEL_TYPES.includes(kernelType)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid kernel type specified. Valid options are ${options(KERNEL_TYPES)}`);
    }
    const outputType = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "output_type");
    if (outputType !== undefined && !OUTPUT_TYPES.includes(outputType)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid output type specified. Valid options are ${options(OUTPUT_TYPES)}`);
    }
    const sortWord = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "sort_by");
    const sortBy = sortWord !== undefined ? SORTS[sortWord] : undefined;
    if (sortWord !== undefined && !sortBy) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid sort by type specified. Valid options are ${options(Object.keys(SORTS))}`);
    }
    const search = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "search");
    if (sortBy === "RELEVANCE" && search === "")
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Cannot sort by relevance without a search term.");
    const dataset = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "dataset");
    if (dataset) {
        if (!dataset.includes("/"))
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Dataset must be specified in the form of '{username}/{dataset-slug}'");
        const parts = dataset.split("/");
        if (!parts[0] || !parts[1] || parts.length > 3)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid dataset specification ${dataset}`);
    }
    const parent = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "parent");
    if (parent)
        (0,_core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .parseKernelRef */ .at)(parent);
    if (pageSize > _core_resources_kernels__WEBPACK_IMPORTED_MODULE_3__/* .MAX_KERNELS_PAGE_SIZE */ ._V) {
        ctx.streams.stderr.write(`Warning: --page-size ${pageSize} lowered to ${_core_resources_kernels__WEBPACK_IMPORTED_MODULE_3__/* .MAX_KERNELS_PAGE_SIZE */ ._V}, the largest page Kaggle serves\n`);
        pageSize = _core_resources_kernels__WEBPACK_IMPORTED_MODULE_3__/* .MAX_KERNELS_PAGE_SIZE */ ._V;
    }
    const choice = ctx.formatChoice(args);
    const res = await ctx.client.kernels.list({
        group: (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .flag */ .Jt)(args, "mine") ? "PROFILE" : "EVERYONE",
        page,
        pageSize,
        ...(search !== undefined ? { search } : {}),
        ...(parent !== undefined ? { parentKernel: parent } : {}),
        ...((0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "competition") !== undefined ? { competition: (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "competition") } : {}),
        ...(dataset !== undefined ? { dataset } : {}),
        ...((0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "user") !== undefined ? { user: (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "user") } : {}),
        ...(language !== undefined ? { language } : {}),
        ...(kernelType !== undefined ? { kernelType } : {}),
        ...(outputType !== undefined ? { outputType } : {}),
        ...(sortBy ? { sortBy } : {}),
    });
    const rows = res.kernels ?? [];
    if (rows.length === 0 && choice.format !== "json") {
        ctx.line("Not found");
        return;
    }
    ctx.print(rows, _output_kernel_columns__WEBPACK_IMPORTED_MODULE_0__/* .kernelColumns */ .vU, args);
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
