export const id = 224;
export const ids = [224];
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

/***/ 6224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6763);
/* harmony import */ var _output_columns__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(469);
/* harmony import */ var _output_format__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7651);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _core_resources_competitions__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1317);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2857);
/** `kaggle competitions submit`: upload and create a submission; `--wait` polls for the score. */








async function run(args, ctx) {
    const kernel = (0,_shared__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(args, "kernel");
    const version = (0,_shared__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(args, "version");
    const file = (0,_shared__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(args, "file_name");
    const quiet = (0,_shared__WEBPACK_IMPORTED_MODULE_5__/* .flag */ .Jt)(args, "quiet");
    if ((kernel === undefined) !== (version === undefined)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("Code competition submissions require both the kernel (-k) and the version (-v)");
    }
    const timeout = (0,_shared__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Wh)(args, "timeout");
    if (timeout !== undefined && timeout <= 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--timeout must be a positive number of seconds, got ${timeout}`);
    const choice = ctx.formatChoice(args);
    const competition = (0,_common__WEBPACK_IMPORTED_MODULE_6__/* .competitionArg */ .m)(ctx, args);
    const message = (0,_shared__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(args, "message") ?? "";
    let result;
    if (kernel !== undefined) {
        if (!/^\d+$/.test(version.trim()))
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`-v/--version must be a notebook version number, got '${version}'`);
        if (!/^[^/\s]+\/[^/\s]+$/.test(kernel))
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("The kernel must be specified as <owner>/<notebook>");
        result = await ctx.client.competitions.submitCode(competition, kernel, Number(version), {
            ...(file ? { fileName: file } : {}),
            message,
        });
    }
    else {
        if (!file)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("No file specified: give the submission file with -f <path>");
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file))
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`No such file: '${file}'; give the submission file with -f <path>`);
        const modelVersion = ctx.host.env.KAGGLE_COMPETITION_SUBMISSION_MODEL_VERSION_ID;
        result = await ctx.client.competitions.submit(competition, file, {
            message,
            progress: ctx.progress(quiet),
            ...((0,_shared__WEBPACK_IMPORTED_MODULE_5__/* .flag */ .Jt)(args, "sandbox") ? { sandbox: true } : {}),
            ...(modelVersion ? { benchmarkModelVersionId: Number(modelVersion) } : {}),
        });
    }
    if (!(0,_shared__WEBPACK_IMPORTED_MODULE_5__/* .flag */ .Jt)(args, "wait")) {
        if (choice.format === "json")
            ctx.out(`${JSON.stringify({ ref: result.ref, message: result.message }, null, 2)}\n`);
        else
            ctx.line(result.message);
        return;
    }
    if (choice.format !== "json") {
        ctx.line(result.message);
        if (!quiet)
            ctx.line(`Waiting for submission ${result.ref} to be scored...`);
    }
    const scored = await ctx.client.competitions.waitForScore(competition, result.ref, { timeoutMs: (timeout ?? 1800) * 1000 });
    ctx.out((0,_output_format__WEBPACK_IMPORTED_MODULE_7__/* .render */ .XX)([scored], _output_columns__WEBPACK_IMPORTED_MODULE_2__/* .submissionColumns */ .MV, choice));
    if ((0,_core_resources_competitions__WEBPACK_IMPORTED_MODULE_4__/* .submissionStatus */ .D2)(scored) === "ERROR") {
        throw new _main__WEBPACK_IMPORTED_MODULE_1__.CommandFailed(`Submission ${result.ref} failed: ${scored.errorDescription || "the server gave no reason"}`);
    }
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
