import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i,j}from"./chunk-L3ACRM3A.js";import"./chunk-25LYP63F.js";import"./chunk-NI5DIRMG.js";import"./chunk-4UT25HQX.js";export{b as CorruptArchiveError,d as DEFAULT_EXTRACT_LIMITS,f as MAX_EXTRACT_BYTES_ENV,g as MAX_EXTRACT_RATIO_ENV,e as RATIO_CHECK_MIN_BYTES,a as UnsafeArchiveError,h as extractLimitsFromEnv,i as extractZip,c as listZip,j as makeDirInside};
//# sourceMappingURL=unzip-RYUDGS3I.js.map
