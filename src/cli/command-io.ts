import { message, type MessageLanguage } from "../messages/messages";
import type { CommandErrorText } from "./command-error-text";
import type { ReadErrorText } from "./read-error-text";

/** Where a command writes; the process's streams in use, buffers in tests. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** The exit codes of every command (docs/cli.md, "Exit codes"). */
export const exitCodes = {
  ok: 0,
  /** check, export: rule errors found; fn: the function refused its arguments (#VALUE!). */
  failed: 1,
  /**
   * The command line is wrong (no or unknown command, option, file name or function, too many
   * arguments), the workbook cannot be read, or the output cannot be written.
   */
  cannotRun: 2,
} as const;

/**
 * A problem that stops a command (a wrong command line, an output that cannot be written, a
 * file that cannot be read: WorkbookReadError), with the one sentence the user sees and the
 * exit code. The sentence is kept as a message key so that the command prints it in its
 * language (`message` is the English).
 */
export class CommandError extends Error {
  constructor(
    readonly text: CommandErrorText | ReadErrorText,
    readonly exitCode: number = exitCodes.cannotRun,
  ) {
    super(message("en", text.key, text.params));
    this.name = "CommandError";
  }

  messageIn(language: MessageLanguage): string {
    return message(language, this.text.key, this.text.params);
  }
}
