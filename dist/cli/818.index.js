export const id = 818;
export const ids = [818];
export const modules = {

/***/ 7818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6763);
/* harmony import */ var _output_cells__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5443);
/* harmony import */ var _output_kernel_columns__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4411);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_metadata_kernel__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5400);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9764);






async function run(args, ctx) {
    const dir = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "path") ?? ".";
    const timeout = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Wh)(args, "timeout");
    const accelerator = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(args, "accelerator");
    const wait = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .flag */ .Jt)(args, "wait");
    const waitTimeout = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .int */ .Wh)(args, "wait_timeout");
    if (waitTimeout !== undefined && !wait)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("--wait-timeout needs --wait");
    if (waitTimeout !== undefined && waitTimeout <= 0)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--wait-timeout must be a positive number of seconds, got ${waitTimeout}`);
    const choice = ctx.formatChoice(args);
    const json = choice.format === "json";
    const quiet = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .flag */ .Jt)(args, "quiet");
    const opts = { ...(timeout !== undefined ? { sessionTimeoutSeconds: timeout } : {}), ...(accelerator !== undefined ? { accelerator } : {}) };
    const plan = ctx.client.kernels.plan(dir, opts);
    for (const w of plan.warnings)
        (json ? ctx.streams.stderr : ctx.streams.stdout).write(`${w}\n`);
    const res = await ctx.client.kernels.save((0,_core_metadata_kernel__WEBPACK_IMPORTED_MODULE_3__/* .withOverrides */ .Sn)(plan.request, opts));
    if (res.error) {
        if (json)
            ctx.out(`${JSON.stringify({ error: res.error }, null, 2)}\n`);
        else
            ctx.line(`Kernel push error: ${res.error}`);
        throw new _main__WEBPACK_IMPORTED_MODULE_0__.CommandFailed("", 1);
    }
    const lines = [];
    const invalid = [
        [res.invalidTags, "tags"],
        [res.invalidDatasetSources, "dataset sources"],
        [res.invalidCompetitionSources, "competition sources"],
        [res.invalidKernelSources, "kernel sources"],
    ];
    for (const [list, what] of invalid) {
        if (list?.length)
            lines.push(`The following are not valid ${what} and could not be added to the kernel: ${(0,_output_cells__WEBPACK_IMPORTED_MODULE_5__/* .pyList */ ._r)(list)}`);
    }
    const url = res.url ?? "";
    lines.push(res.versionNumber
        ? `Kernel version ${res.versionNumber} successfully pushed.  Please check progress at ${url}`
        : `Kernel version successfully pushed.  Please check progress at ${url}`);
    if (!json)
        for (const l of lines)
            ctx.line(l);
    const summary = {
        ref: res.ref ?? "",
        url,
        versionNumber: res.versionNumber ?? null,
        kernelId: res.kernelId ?? null,
        warnings: plan.warnings,
        invalidTags: res.invalidTags ?? [],
        invalidDatasetSources: res.invalidDatasetSources ?? [],
        invalidCompetitionSources: res.invalidCompetitionSources ?? [],
        invalidKernelSources: res.invalidKernelSources ?? [],
        invalidModelSources: res.invalidModelSources ?? [],
    };
    if (!wait) {
        if (json)
            ctx.out(`${JSON.stringify(summary, null, 2)}\n`);
        return;
    }
    const ref = { ...pushedRef(plan.ref, res.ref, url), ...(res.versionNumber ? { version: res.versionNumber } : {}) };
    const name = `${ref.owner}/${ref.slug}`;
    if (!json && !quiet)
        ctx.line(`Waiting for ${name}${ref.version ? ` version ${ref.version}` : ""} to finish running...`);
    let last = "";
    const final = await ctx.client.kernels.waitForRun(ref, {
        timeoutMs: (waitTimeout ?? 3600) * 1000,
        initialIntervalMs: 1_000,
        maxIntervalMs: 30_000,
        onPoll: (s) => {
            if (!json && !quiet && s.status !== last && !["COMPLETE", "ERROR", "CANCEL_ACKNOWLEDGED"].includes(s.status)) {
                ctx.streams.stderr.write(`${name} is ${s.status}\n`);
            }
            last = s.status;
        },
    });
    if (json)
        ctx.out(`${JSON.stringify({ ...summary, status: final.status, failureMessage: final.failureMessage }, null, 2)}\n`);
    else
        ctx.out((0,_output_kernel_columns__WEBPACK_IMPORTED_MODULE_1__/* .kernelStatusLines */ .fv)(name, final.status, final.failureMessage));
    if (final.status !== "COMPLETE")
        throw new _main__WEBPACK_IMPORTED_MODULE_0__.CommandFailed(`${name} did not complete (status ${final.status})`, 1);
}
/** Owner and slug of what was pushed: from the metadata `id`, else from the answer's ref or URL. */
function pushedRef(fromId, ref, url) {
    if (fromId)
        return { owner: fromId.owner, slug: fromId.slug };
    for (const text of [ref ?? "", url]) {
        const m = /(?:^|\/code\/|^\/)([^/\s]+)\/([^/\s?#]+)\/?$/.exec(text.replace(/^https?:\/\/[^/]+/, ""));
        if (m)
            return { owner: m[1], slug: m[2] };
    }
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Cannot tell which kernel was pushed (no id in kernel-metadata.json and no ref in the answer); check it with 'kaggle kernels status'");
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
