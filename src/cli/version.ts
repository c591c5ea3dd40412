/** The CLI's version line, kept in a module of its own so `--version` loads nothing else. */
export const VERSION = "0.1.0";
export const VERSION_LINE = `Kaggle CLI ${VERSION} (kaggle-actions)\n`;
