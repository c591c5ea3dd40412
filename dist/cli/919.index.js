export const id = 919;
export const ids = [919];
export const modules = {

/***/ 8300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
async function run(_args, ctx) {
    const { dir } = ctx.client.configuration();
    const creds = ctx.client.credentials();
    const username = creds ? await ctx.client.username() : undefined;
    const show = (v) => v ?? "None";
    ctx.line(`Configuration values from ${dir}`);
    ctx.line(`- username: ${show(username)}`);
    ctx.line(`- auth_method: ${show(creds?.method)}`);
    for (const name of ["path", "proxy", "competition"])
        ctx.line(`- ${name}: ${show(ctx.config(name))}`);
}


/***/ })

};
