import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i,j,k}from"./chunk-XBO3YJ2C.js";import"./chunk-A7SR4GFK.js";import"./chunk-WBI7CM5V.js";import"./chunk-EW6LMMFB.js";import"./chunk-VMDEQOOI.js";export{a as DIR_MODES,b as NOT_UPLOADED,c as RESUME_EXPIRY_MS,g as UploadFailedError,j as checkFolder,i as clearResumeState,f as defaultStateDir,d as planUploads,e as resumeStateFile,h as uploadAll,k as uploadSize};
//# sourceMappingURL=uploads-LVJ7VSQM.js.map
