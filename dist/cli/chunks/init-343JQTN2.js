import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);
import{b as n}from"./chunk-7ROVC3UH.js";import"./chunk-HKLZOEFK.js";import"./chunk-JUM2SRQF.js";import{a as e,g as o}from"./chunk-WAJOV5LL.js";import"./chunk-P53O6JQZ.js";import{i}from"./chunk-NDWBHPPL.js";import"./chunk-RYJWRLUP.js";import"./chunk-4UT25HQX.js";async function f(m,t){let r=i(m,"folder")??process.cwd(),a=await t.client.username();o(r,a),t.line(`Data package template written to: ${n(r,e)}`)}export{f as run};
//# sourceMappingURL=init-343JQTN2.js.map
