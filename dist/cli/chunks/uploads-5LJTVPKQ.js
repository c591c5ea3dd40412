import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i,j,k}from"./chunk-LDISMXKP.js";import"./chunk-WAJOV5LL.js";import"./chunk-P53O6JQZ.js";import"./chunk-RYJWRLUP.js";import"./chunk-4UT25HQX.js";export{a as DIR_MODES,b as NOT_UPLOADED,c as RESUME_EXPIRY_MS,g as UploadFailedError,j as checkFolder,i as clearResumeState,f as defaultStateDir,d as planUploads,e as resumeStateFile,h as uploadAll,k as uploadSize};
//# sourceMappingURL=uploads-5LJTVPKQ.js.map
