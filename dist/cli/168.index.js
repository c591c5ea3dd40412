export const id = 168;
export const ids = [168];
export const modules = {

/***/ 8168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   setConfigValue: () => (/* binding */ setConfigValue)
/* harmony export */ });
/* harmony import */ var _core_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4489);
/* harmony import */ var _shared__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9764);


async function run(args, ctx) {
    setConfigValue(ctx, (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(args, "name"), (0,_shared__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(args, "value"));
}
function setConfigValue(ctx, name, value) {
    const { file } = ctx.client.configuration();
    const values = (0,_core_config__WEBPACK_IMPORTED_MODULE_0__/* .readConfigFile */ .RG)(file);
    values[name] = value;
    (0,_core_config__WEBPACK_IMPORTED_MODULE_0__/* .writeConfigFile */ .o5)(file, values);
    ctx.line(`- ${name} is now set to: ${name === "key" ? "***" : value}`);
}


/***/ })

};
