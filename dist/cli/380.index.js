export const id = 380;
export const ids = [380];
export const modules = {

/***/ 5380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lookup: () => (/* binding */ lookup),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _output_columns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(469);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9764);



const GROUPS = {
    general: "COMPETITION_LIST_TAB_GENERAL",
    entered: "COMPETITION_LIST_TAB_ENTERED",
    community: "COMPETITION_LIST_TAB_COMMUNITY",
    hosted: "COMPETITION_LIST_TAB_HOSTED",
    unlaunched: "COMPETITION_LIST_TAB_UNLAUNCHED",
    unlaunched_community: "COMPETITION_LIST_TAB_UNLAUNCHED_COMMUNITY",
};
const CATEGORIES = {
    unspecified: "HOST_SEGMENT_UNSPECIFIED",
    featured: "HOST_SEGMENT_FEATURED",
    research: "HOST_SEGMENT_RESEARCH",
    recruitment: "HOST_SEGMENT_RECRUITMENT",
    gettingStarted: "HOST_SEGMENT_GETTING_STARTED",
    masters: "HOST_SEGMENT_MASTERS",
    playground: "HOST_SEGMENT_PLAYGROUND",
};
const SORTS = {
    grouped: "COMPETITION_SORT_BY_GROUPED",
    best: "COMPETITION_SORT_BY_BEST",
    prize: "COMPETITION_SORT_BY_PRIZE",
    earliestDeadline: "COMPETITION_SORT_BY_EARLIEST_DEADLINE",
    latestDeadline: "COMPETITION_SORT_BY_LATEST_DEADLINE",
    numberOfTeams: "COMPETITION_SORT_BY_NUMBER_OF_TEAMS",
    relevance: "COMPETITION_SORT_BY_RELEVANCE",
    recentlyCreated: "COMPETITION_SORT_BY_RECENTLY_CREATED",
};
/** Maps a user's word to the enum member, with upstream's error text on a bad word. */
function lookup(table, value, what, extra = {}) {
    if (value === undefined)
        return undefined;
    const hit = table[value] ?? extra[value];
    if (hit === undefined) {
        const valid = Object.keys(table).map((k) => `'${k}'`).join(", ");
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid ${what} specified. Valid options are [${valid}]`);
    }
    return hit;
}
async function run(args, ctx) {
    const group = lookup(GROUPS, (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "group"), "group");
    const category = lookup(CATEGORIES, (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "category"), "category", { all: "HOST_SEGMENT_UNSPECIFIED" });
    const sortBy = lookup(SORTS, (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "sort_by"), "sort_by");
    (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .checkPageSize */ .vh)((0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "page_size"));
    ctx.formatChoice(args); // a bad --format fails before any request
    const page = await ctx.client.competitions.list({
        ...(group ? { group } : {}),
        ...(category ? { category } : {}),
        ...(sortBy ? { sortBy } : {}),
        ...((0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "search") !== undefined ? { search: (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, "search") } : {}),
        ...((0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "page") !== undefined ? { page: (0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(args, "page") } : {}),
        ...(0,_shared__WEBPACK_IMPORTED_MODULE_2__/* .pageOptions */ .kf)(args),
    });
    ctx.printPage(page.competitions ?? [], _output_columns__WEBPACK_IMPORTED_MODULE_0__/* .competitionColumns */ .nQ, args, { nextPageToken: page.nextPageToken, empty: "No competitions found" });
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
