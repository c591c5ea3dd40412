/**
 * `kernel-metadata.json`: the template `kernels init` writes, the checks `kernels push` makes
 * before any request (in the official CLI's order, with its texts, plus the file and line),
 * the `SaveKernel` request built from it, and the file `kernels pull -m` writes.
 * The file itself lives in `kernel-file.ts`, the push plan in `kernel-push.ts`.
 */
export * from "./kernel-file";
export * from "./kernel-push";
