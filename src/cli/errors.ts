/** The CLI's exit codes and the error a command throws after printing why it failed. */
export const EXIT = { ok: 0, failure: 1, usage: 2, credentials: 4 } as const;

/** Thrown by a command that has already printed why it failed. */
export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}
