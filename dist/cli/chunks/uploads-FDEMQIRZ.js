import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i,j,k}from"./chunk-4JUC55YV.js";import"./chunk-NB6JUYK6.js";import"./chunk-YW5XSK5B.js";import"./chunk-4IFIQ4O6.js";import"./chunk-FMPL76V5.js";import"./chunk-4UT25HQX.js";export{a as DIR_MODES,b as NOT_UPLOADED,c as RESUME_EXPIRY_MS,g as UploadFailedError,j as checkFolder,i as clearResumeState,f as defaultStateDir,d as planUploads,e as resumeStateFile,h as uploadAll,k as uploadSize};
//# sourceMappingURL=uploads-FDEMQIRZ.js.map
