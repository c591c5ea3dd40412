import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i,j,k}from"./chunk-2RVIVW2B.js";import"./chunk-MSRKDSZX.js";import"./chunk-3WXTBECX.js";import"./chunk-VMDEQOOI.js";export{a as DIR_MODES,b as NOT_UPLOADED,c as RESUME_EXPIRY_MS,g as UploadFailedError,j as checkFolder,i as clearResumeState,f as defaultStateDir,d as planUploads,e as resumeStateFile,h as uploadAll,k as uploadSize};
//# sourceMappingURL=uploads-DEJURNNB.js.map
