import type { CellValue } from "../domain/workbook";

/**
 * Turns what exceljs holds for a cell into the plain value the checker reads. exceljs gives
 * objects for formulas, rich text, hyperlinks and errors, and Date objects for numbers shown
 * with a date format; the checker wants the value Excel shows or stores.
 */

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from 1899-12-30 (the 1900 date system's day 0, after Excel's leap-year bug) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** The 1904 date system starts 1,462 days later. */
const DATE_1904_OFFSET = 1462;

/**
 * A date cell becomes Excel's own serial number: that is what the file stores, and a number
 * typed into a cell that happens to have a date format (Days shown as "12/01/1900") is still
 * the number the user meant.
 */
export function excelSerial(date: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
  return date1904 ? serial - DATE_1904_OFFSET : serial;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function richText(value: unknown): string | undefined {
  if (!isRecord(value) || !Array.isArray(value.richText)) return undefined;
  return value.richText
    .map((run: unknown) => (isRecord(run) ? String(run.text ?? "") : ""))
    .join("");
}

/** The plain value of an exceljs cell value (`cell.value`). */
export function plainCellValue(value: unknown, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { error: "#VALUE!" } : excelSerial(value, date1904);
  }
  if (!isRecord(value)) return String(value);
  if (typeof value.error === "string") return { error: value.error };
  // A formula (plain, shared or array) is its cached result, whatever it is: 0, FALSE and ""
  // too, as Excel shows them and the task pane reads them. A formula Excel never calculated
  // has no result; it reads as blank (amount.blank) rather than as a made-up 0.
  if ("formula" in value || "sharedFormula" in value) {
    return "result" in value ? plainCellValue(value.result, date1904) : null;
  }
  const text = richText(value);
  if (text !== undefined) return text;
  // A hyperlink's text may itself be rich text.
  if ("hyperlink" in value || "text" in value) {
    return richText(value.text) ?? (value.text === undefined ? null : String(value.text));
  }
  return null;
}

/** The part of an exceljs cell that holds what it shows. */
interface ExceljsCell {
  value: unknown;
  result?: unknown;
}

/**
 * What exceljs holds for a cell, with a formula's result as the file has it. exceljs's
 * `cell.value` leaves out a result that is 0, false or "" (it copies only truthy fields,
 * exceljs issue #2943); the cell's own `result` keeps it.
 */
export function exceljsCellValue(cell: ExceljsCell | undefined): unknown {
  const value = cell?.value;
  if (!isRecord(value) || "result" in value || cell?.result === undefined) return value;
  return "formula" in value || "sharedFormula" in value ? { ...value, result: cell.result } : value;
}
