import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i,j,k}from"./chunk-RJSB2KW7.js";import"./chunk-OK6XGDXL.js";import"./chunk-5L3M3GXI.js";import"./chunk-VMDEQOOI.js";export{a as DIR_MODES,b as NOT_UPLOADED,c as RESUME_EXPIRY_MS,g as UploadFailedError,j as checkFolder,i as clearResumeState,f as defaultStateDir,d as planUploads,e as resumeStateFile,h as uploadAll,k as uploadSize};
//# sourceMappingURL=uploads-JFIUJG45.js.map
