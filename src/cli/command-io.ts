/** Where a command writes; the process's streams in use, buffers in tests. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes of DESIGN.md's contract. */
export const exitCodes = {
  ok: 0,
  /** check: rule errors found; fn: the function refused its arguments. */
  failed: 1,
  /** The workbook cannot be read, the command line is wrong, or the output cannot be written. */
  cannotRun: 2,
} as const;

/** A problem that stops a command, with the one sentence the user sees and the exit code. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.cannotRun,
  ) {
    super(message);
    this.name = "CommandError";
  }
}
