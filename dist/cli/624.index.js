export const id = 624;
export const ids = [624];
export const modules = {

/***/ 3624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5400);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9764);
/** `kaggle kernels init`: writes the kernel-metadata.json template (no network for key auth). */




async function run(args, ctx) {
    const dir = (0,_shared__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, "path") ?? ".";
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(dir, { throwIfNoEntry: false })?.isDirectory())
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid folder: ${dir}`);
    const file = (0,_core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .joinLikePython */ .W_)(dir, _core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .KERNEL_METADATA_FILE */ .$s);
    const text = (0,_core_metadata_kernel__WEBPACK_IMPORTED_MODULE_2__/* .kernelMetadataTemplate */ .tP)(await ctx.client.username());
    const tmp = `${file}.tmp-${process.pid}`;
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(tmp, text);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().renameSync(tmp, file);
    ctx.line(`Kernel metadata template written to: ${file}`);
}


/***/ })

};
