import { message, type MessageLanguage } from "../messages/messages";
import { textMaker, type TextOf } from "../domain/message-text";

/**
 * Why a file cannot be read, as message keys of the catalogues (src/messages/*.json) with the
 * values each fills in: the command prints them in the language of its output, like findings.
 * `read/…` is a whole sentence about the file; `zip/…` is the reason `read/zip` gives after
 * the file's name.
 */
export interface ReadErrorMessages {
  "read/not-found": { file: string };
  "read/folder": { file: string };
  "read/permission": { file: string };
  "read/link-loop": { file: string };
  "read/cannot-open": { file: string; code: string };
  "read/not-regular": { file: string };
  "read/file-too-large": { file: string; limit: number };
  "read/changed": { file: string };
  "read/empty": { file: string };
  "read/ole": { file: string };
  "read/not-zip": { file: string };
  "read/corrupted": { file: string };
  "read/no-worksheets": { file: string };
  "read/table-too-large": { name: string; sheet: string; cells: number };
  "read/zip": { file: string; reason: ReadErrorText };
  "zip/damaged": Record<string, never>;
  "zip/too-many-parts": { count: number };
  "zip/encrypted": { part: string };
  "zip/compression": { part: string };
  "zip/part-damaged": { part: string };
  "zip/expands": { expanded: number; from: number };
  "zip/sheets-too-large": { expanded: number; limit: number };
  "zip/no-shared-strings": Record<string, never>;
  "zip/ods": Record<string, never>;
  "zip/opendocument": Record<string, never>;
  "zip/word": Record<string, never>;
  "zip/powerpoint": Record<string, never>;
  "zip/xlsb": Record<string, never>;
  "zip/no-workbook": Record<string, never>;
  "zip/part-names": { part: string };
}

export type ReadErrorKey = keyof ReadErrorMessages;

export type ReadErrorText = TextOf<ReadErrorMessages>;

export const readErrorText = textMaker<ReadErrorMessages>();

/** The message in a language (the nested reason of `read/zip` in the same language). */
export function readErrorMessage(text: ReadErrorText, language: MessageLanguage): string {
  return message(language, text.key, text.params);
}
