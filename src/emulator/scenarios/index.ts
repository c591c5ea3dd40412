/** Scenarios bundled into the emulator (as code, so the bundle needs no extra files). */
import { demoScenario } from "./demo";
import { emptyScenario } from "./empty";

export const bundledScenarios: Record<string, () => string> = {
  demo: demoScenario,
  empty: emptyScenario,
};
