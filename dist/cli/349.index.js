export const id = 349;
export const ids = [349];
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

/***/ 9349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _output_format__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7651);
/* harmony import */ var _core_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4698);



async function run(args, ctx) {
    const choice = ctx.formatChoice(args);
    const ref = await (0,_common__WEBPACK_IMPORTED_MODULE_0__/* .datasetArg */ .z)(ctx, args);
    const status = (await ctx.client.datasets.status(ref)).toLowerCase();
    if (choice.format !== "json") {
        ctx.out(status);
        return;
    }
    const fields = choice.fields ?? ["status", "current_version_number"];
    const known = ["status", "current_version_number"];
    const bad = fields.find((f) => !known.includes(f));
    if (bad)
        throw new _output_format__WEBPACK_IMPORTED_MODULE_1__/* .FormatError */ .IF(`unknown field '${bad}' in --format; allowed fields: ${known.join(", ")}`);
    const out = {};
    for (const f of fields) {
        if (f === "status")
            out.status = status;
        else
            out.current_version_number = (await ctx.client.datasets.get(ref)).currentVersionNumber ?? 0;
    }
    ctx.line((0,_core_json__WEBPACK_IMPORTED_MODULE_2__/* .toWireJson */ .F)(out));
}


/***/ })

};
