export const id = 174;
export const ids = [174];
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

/***/ 7174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6763);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6477);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9764);
/* harmony import */ var _common__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4698);
/**
 * `kaggle datasets metadata`: download the metadata as `dataset-metadata.json` (`{"info": …}` on
 * one line), or `--update` the dataset's settings from that file (kaggle 2.x rules).
 */






async function run(args, ctx) {
    const ref = await (0,_common__WEBPACK_IMPORTED_MODULE_5__/* .datasetArg */ .z)(ctx, args);
    const dir = (0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .downloadDir */ .cP)(ctx, args, "datasets", ref.owner, ref.slug);
    if ((0,_shared__WEBPACK_IMPORTED_MODULE_4__/* .flag */ .Jt)(args, "update")) {
        const file = (0,_core_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .findMetadataFile */ .DX)(dir);
        const doc = (0,_core_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .parseMetadata */ .jR)(file, node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, "utf8"));
        const settings = (0,_core_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .settingsFromMetadata */ .j9)(doc);
        const image = (0,_core_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .coverImage */ .N4)(doc, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file));
        if (image)
            settings.image = await ctx.client.datasets.uploadCoverImage(image.path, image.contentType);
        ctx.line("updating dataset metadata");
        const errors = await ctx.client.datasets.updateMetadata(ref, settings);
        if (errors.length) {
            for (const e of errors)
                ctx.line(e);
            throw new _main__WEBPACK_IMPORTED_MODULE_1__.CommandFailed("", 1);
        }
        ctx.line("successfully updated dataset metadata");
        return;
    }
    const info = await ctx.client.datasets.metadata(ref);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(dir, { recursive: true });
    const out = (0,_common__WEBPACK_IMPORTED_MODULE_5__/* .pyJoin */ ._)(dir, _core_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .METADATA_FILE */ .VR);
    const tmp = `${out}.${process.pid}.tmp`;
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(tmp, (0,_core_metadata_dataset__WEBPACK_IMPORTED_MODULE_3__/* .metadataFileText */ .jj)(info));
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(tmp, out);
    ctx.line(`Downloaded metadata to ${out}`);
}


/***/ })

};
