/** How transfers report progress; the CLI renders it, the library stays silent by default. */
export interface Progress {
  start(name: string, total: number | undefined, already: number): void;
  advance(bytes: number): void;
  finish(): void;
}

export const noProgress: Progress = { start() {}, advance() {}, finish() {} };

/** Human size the way Kaggle prints it: `352B`, `150KB`, `11MB`, `2GB`. */
export function humanSize(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Math.round(value)}${units[unit]}`;
}
