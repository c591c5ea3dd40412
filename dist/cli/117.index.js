export const id = 117;
export const ids = [117];
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

/***/ 7117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _output_columns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(469);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);



async function run(args, ctx) {
    (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .checkPageSize */ .vh)((0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(args, "page_size"));
    ctx.formatChoice(args); // a bad --format fails before any request
    const competition = (0,_common__WEBPACK_IMPORTED_MODULE_2__/* .competitionArg */ .m)(ctx, args);
    const page = await ctx.client.competitions.files(competition, (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .pageOptions */ .kf)(args, 20));
    ctx.printPage(page.files ?? [], _output_columns__WEBPACK_IMPORTED_MODULE_0__/* .dataFileColumns */ .Sf, args, { nextPageToken: page.nextPageToken, empty: "No files found", emptyOnStderr: true, tableOnly: true });
}


/***/ }),

/***/ 469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ submissionColumns),
/* harmony export */   Sf: () => (/* binding */ dataFileColumns),
/* harmony export */   j6: () => (/* binding */ leaderboardColumns),
/* harmony export */   nQ: () => (/* binding */ competitionColumns)
/* harmony export */ });
/* harmony import */ var _cells__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5443);

const when = (v) => (0,_cells__WEBPACK_IMPORTED_MODULE_0__/* .pythonDateTime */ .W9)(v);
const competitionColumns = [
    { field: "ref", label: "ref", value: (c) => c.ref ?? "" },
    { field: "deadline", label: "deadline", value: (c) => when(c.deadline), json: (c) => c.deadline ?? null },
    { field: "category", label: "category", value: (c) => c.category ?? "" },
    { field: "reward", label: "reward", value: (c) => c.reward ?? "" },
    { field: "teamCount", label: "teamCount", value: (c) => c.teamCount ?? 0 },
    { field: "userHasEntered", label: "userHasEntered", value: (c) => c.userHasEntered ?? false },
];
const dataFileColumns = [
    { field: "name", label: "name", value: (f) => f.name ?? f.ref ?? "" },
    { field: "totalBytes", label: "size", value: (f) => f.totalBytes ?? 0 },
    { field: "creationDate", label: "creationDate", value: (f) => when(f.creationDate), json: (f) => f.creationDate ?? null },
];
const submissionColumns = [
    { field: "ref", label: "ref", value: (s) => s.ref ?? 0 },
    { field: "fileName", label: "fileName", value: (s) => s.fileName ?? "" },
    { field: "date", label: "date", value: (s) => when(s.date), json: (s) => s.date ?? null },
    { field: "description", label: "description", value: (s) => s.description ?? "" },
    { field: "status", label: "status", value: (s) => `SubmissionStatus.${s.status ?? "PENDING"}`, json: (s) => s.status ?? "PENDING" },
    { field: "publicScore", label: "publicScore", value: (s) => s.publicScore ?? "" },
    { field: "privateScore", label: "privateScore", value: (s) => s.privateScore ?? "" },
];
const leaderboardColumns = [
    { field: "teamId", label: "teamId", value: (s) => s.teamId ?? 0 },
    { field: "teamName", label: "teamName", value: (s) => s.teamName ?? "" },
    { field: "submissionDate", label: "submissionDate", value: (s) => when(s.submissionDate), json: (s) => s.submissionDate ?? null },
    { field: "score", label: "score", value: (s) => s.score ?? "" },
];


/***/ })

};
