import { resolve } from "node:path";
import { checkBudget } from "../domain/check-budget";
import { applicationForm } from "../domain/form/application-form";
import { formToCsv, formToJson, type CsvSeparator } from "../domain/form/form-csv";
import { formSheet } from "../domain/form/form-sheet";
import {
  formatEuroCentsIn,
  formWording,
  message,
  type MessageLanguage,
} from "../messages/messages";
import { checkOptionsFor } from "./check-options";
import { CommandError, exitCodes, type CommandIo } from "./command-io";
import { commandErrorText } from "./command-error-text";
import { addFormSheet } from "./form-sheet-xlsx";
import { writeOutputFile } from "./output-file";
import { loadXlsx, rawWorkbookOf } from "./read-xlsx";
import { readWorkbookFile } from "./workbook-file";
import { workbookBytes } from "./workbook-writer";

export type ExportFormat = "csv" | "json" | "xlsx";

export interface ExportOptions {
  format?: string;
  out?: string;
  /** CSV only: "," (default) or ";". */
  separator?: string;
  force: boolean;
  /** The language of the form's headings and messages. */
  language: MessageLanguage;
}

function separatorOf(text: string | undefined, format: ExportFormat): CsvSeparator {
  if (text === undefined) return ",";
  if (format !== "csv") throw new CommandError(commandErrorText("command/separator-not-csv", {}));
  const word = text.trim().toLowerCase();
  if (word === "," || word === "comma") return ",";
  if (word === ";" || word === "semicolon") return ";";
  throw new CommandError(commandErrorText("command/separator", { text }));
}

function formatOf(text: string | undefined, out: string): ExportFormat {
  const format = (text ?? out.split(".").pop() ?? "").toLowerCase();
  if (format === "csv" || format === "json" || format === "xlsx") return format;
  throw new CommandError(commandErrorText("command/format", { text: text ?? format }));
}

/**
 * `ka2-budget export FILE.xlsx --format csv|json|xlsx --out PATH`: the application form's
 * numbers. xlsx is a copy of the workbook with a Form summary sheet; the input is never written.
 * Exit 0 when written and the budget has no rule errors, 1 when written but it breaks rules.
 */
export async function exportCommand(
  file: string,
  options: ExportOptions,
  io: CommandIo,
): Promise<number> {
  if (!options.out) throw new CommandError(commandErrorText("command/export-no-out", {}));
  const out = options.out;
  const format = formatOf(options.format, out);
  const separator = separatorOf(options.separator, format);
  if (resolve(out) === resolve(file)) {
    throw new CommandError(commandErrorText("command/export-over-input", { file }));
  }
  const workbook = await loadXlsx(await readWorkbookFile(file), file);
  const raw = rawWorkbookOf(workbook);
  const check = checkBudget(raw, checkOptionsFor(raw));
  const form = applicationForm(check, formWording(options.language));

  const output =
    format === "csv"
      ? Buffer.from(formToCsv(form, separator), "utf8")
      : format === "json"
        ? Buffer.from(`${formToJson(form)}\n`, "utf8")
        : (addFormSheet(workbook, formSheet(form)), await workbookBytes(workbook));
  await writeOutputFile(out, output, options.force);

  const language = options.language;
  // With cents, as the report's totals: the figure to compare with `ka2-budget check`.
  const total = formatEuroCentsIn(language, form.total.granted);
  io.out(`${message(language, "report/export-written", { file: out, format, total })}\n`);
  if (form.errors.length > 0) {
    const count = form.errors.length;
    io.err(`${message(language, "report/export-breaks", { count, workbook: file })}\n`);
    return exitCodes.failed;
  }
  return exitCodes.ok;
}
