/** The CLI's version line, kept in a module of its own so `--version` loads nothing else. */
import { VERSION } from "../core/version";

export { VERSION };
export const VERSION_LINE = `Kaggle CLI ${VERSION} (kaggle-actions)\n`;
