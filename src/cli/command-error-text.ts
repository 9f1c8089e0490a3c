import { message, type MessageLanguage } from "../messages/messages";
import type { ActionCode, SpField } from "../rules";
import { textMaker, type TextOf } from "../domain/message-text";

/**
 * What stops a command before it reads or after it cannot write (a wrong command line, an
 * output that cannot be written), as message keys of the catalogues (src/messages/*.json) with
 * the values each fills in: the command prints them in the language of its output, like read
 * errors. Flags, command names and values (`--lang lv|en`) stay literal in both languages.
 */
export interface CommandErrorMessages {
  "command/unknown-command": { command: string };
  "command/unknown-option": { option: string };
  "command/option-needs-value": { option: string };
  "command/option-takes-no-value": { option: string };
  "command/arguments": { detail: string };
  "command/missing-check": Record<string, never>;
  "command/missing-export": Record<string, never>;
  "command/missing-template": Record<string, never>;
  "command/extra-file": { usage: string; extra: string };
  "command/rates-no-file": { text: string };
  "command/lang": { text: string };
  "command/export-no-out": Record<string, never>;
  "command/export-over-input": { file: string };
  "command/separator-not-csv": Record<string, never>;
  "command/separator": { text: string };
  "command/format": { text: string };
  "command/action": { accepted: string[]; text: string };
  "command/field": { accepted: string[]; text: string };
  "command/field-not-sp": Record<string, never>;
  "command/months": { range: MonthsRange; action: ActionCode; text: string };
  "command/months-field": {
    range: MonthsRange;
    action: ActionCode;
    field: SpField;
    text: string;
  };
  "command/months-range": { min: number; max: number };
  "command/months-one-of": { allowed: number[] };
  "command/title-length": { max: number; length: number };
  "command/title-characters": Record<string, never>;
  "write/exists": { path: string };
  "write/no-folder": { path: string };
  "write/not-folder": { path: string };
  "write/is-folder": { path: string };
  "write/permission": { path: string };
  "write/disk-full": { path: string };
  "write/too-large": { path: string };
  "write/read-only": { path: string };
  "write/other": { path: string; code: string };
  "write/unknown": { path: string };
  /** Not a CommandError: a bug, with the error's own (English) message. */
  "command/unexpected": { detail: string };
}

export type CommandErrorKey = keyof CommandErrorMessages;

export type CommandErrorText = TextOf<CommandErrorMessages>;

/** The months `--months` accepts, filled into `command/months` in the same language. */
export type MonthsRange = Extract<
  CommandErrorText,
  { key: "command/months-range" | "command/months-one-of" }
>;

export const commandErrorText = textMaker<CommandErrorMessages>();

/** The message in a language (nested parts, such as the months' range, in the same language). */
export function commandErrorMessage(text: CommandErrorText, language: MessageLanguage): string {
  return message(language, text.key, text.params);
}
