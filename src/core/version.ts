/** The project's version: the one place it is written (package.json holds the same, checked by a test). */
export const VERSION = "0.1.0";
