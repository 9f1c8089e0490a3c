import type ExcelJS from "exceljs";
import type { CellValue } from "../domain/workbook";
import { isCellError } from "../domain/workbook";
import { newWorkbook } from "./exceljs-library";

/**
 * Writes Excel tables (ListObjects) into a new .xlsx: headers, data rows, formulas with their
 * cached results, number formats, dropdowns and header notes. The template command, the
 * examples script and the tests all write workbooks through here.
 */

/** A formula cell: the formula in file syntax (no "=") and the result Excel would cache. */
export interface FormulaCell {
  formula: string;
  result: CellValue;
}

export type WrittenCell = CellValue | FormulaCell;

export function isFormulaCell(value: unknown): value is FormulaCell {
  return typeof value === "object" && value !== null && "formula" in value;
}

/** A dropdown: a fixed list of words, or a list formula such as INDIRECT("Partners[ID]"). */
export type Dropdown = { words: readonly string[]; prompt?: string } | { source: string };

export interface WrittenColumn {
  header: string;
  numberFormat?: string;
  /** Computed column formula in file syntax; Excel copies it into rows the user adds. */
  calculatedFormula?: string;
  dropdown?: Dropdown;
  /** A note on the header cell, to explain what the column holds. */
  note?: string;
  width?: number;
}

export interface WrittenTable {
  name: string;
  sheet: string;
  columns: readonly WrittenColumn[];
  rows: readonly (readonly WrittenCell[])[];
  /** Where the header row's first cell goes; default A1. */
  origin?: { row: number; column: number };
}

/** How many rows below the data keep the dropdowns, so rows the user adds get them too. */
const DROPDOWN_SPARE_ROWS = 500;
/** Excel limits a data-validation prompt to 255 characters. */
const MAX_PROMPT = 255;

function excelValue(cell: WrittenCell): ExcelJS.CellValue {
  if (isFormulaCell(cell)) {
    const result = cell.result === null ? undefined : cell.result;
    return { formula: cell.formula, result } as ExcelJS.CellFormulaValue;
  }
  if (cell !== null && isCellError(cell)) return { error: cell.error } as ExcelJS.CellErrorValue;
  return cell;
}

/** One column letter range such as "C2:C501". */
function columnRange(column: number, fromRow: number, toRow: number): string {
  const letters = columnName(column);
  return `${letters}${fromRow}:${letters}${toRow}`;
}

function columnName(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function dataValidation(dropdown: Dropdown): ExcelJS.DataValidation {
  if ("source" in dropdown) {
    return { type: "list", allowBlank: true, formulae: [dropdown.source] };
  }
  const prompt = dropdown.prompt;
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${dropdown.words.join(",")}"`],
    // A warning, not a stop: the checker also accepts Latvian words and other spellings.
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Not in the list",
    error: `Expected one of: ${dropdown.words.join(", ")}.`.slice(0, MAX_PROMPT),
    ...(prompt ? { showInputMessage: true, prompt: prompt.slice(0, MAX_PROMPT) } : {}),
  };
}

/** exceljs keeps range validations in a model keyed by address; its typings omit it. */
interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function addTable(worksheet: ExcelJS.Worksheet, table: WrittenTable): void {
  const origin = table.origin ?? { row: 1, column: 1 };
  worksheet.addTable({
    name: table.name,
    ref: `${columnName(origin.column)}${origin.row}`,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.columns.map((column) => ({
      name: column.header,
      filterButton: true,
      ...(column.calculatedFormula ? { calculatedColumnFormula: column.calculatedFormula } : {}),
    })),
    rows: table.rows.map((row) => table.columns.map((_, index) => excelValue(row[index] ?? null))),
  });

  const firstDataRow = origin.row + 1;
  const lastDataRow = origin.row + table.rows.length;
  const validations = (worksheet as unknown as { dataValidations: RangeValidations })
    .dataValidations;
  table.columns.forEach((column, index) => {
    const columnNumber = origin.column + index;
    const sheetColumn = worksheet.getColumn(columnNumber);
    sheetColumn.width = column.width ?? Math.min(Math.max(column.header.length + 4, 10), 40);
    if (column.numberFormat) {
      for (let row = firstDataRow; row <= lastDataRow; row++) {
        worksheet.getCell(row, columnNumber).numFmt = column.numberFormat;
      }
    }
    if (column.note) worksheet.getCell(origin.row, columnNumber).note = column.note;
    if (column.dropdown) {
      validations.add(
        columnRange(columnNumber, firstDataRow, lastDataRow + DROPDOWN_SPARE_ROWS),
        dataValidation(column.dropdown),
      );
    }
  });
}

/** A new workbook holding the tables, each sheet created on first use, in the given order. */
export function buildWorkbook(tables: readonly WrittenTable[]): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook.creator = "ka2-budget";
  for (const table of tables) {
    const worksheet = workbook.getWorksheet(table.sheet) ?? workbook.addWorksheet(table.sheet);
    addTable(worksheet, table);
  }
  return workbook;
}

/** The .xlsx bytes of a workbook. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
