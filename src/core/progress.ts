/** How transfers report progress; the CLI renders it, the library stays silent by default. */
export interface Progress {
  start(name: string, total: number | undefined, already: number): void;
  advance(bytes: number): void;
  finish(): void;
}

export const noProgress: Progress = { start() {}, advance() {}, finish() {} };
