import { readFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { CellValue, RawTable, RawWorkbook } from "../domain/workbook";
import { headerKey } from "../domain/workbook";
import { parseRange } from "./a1-range";
import { plainCellValue } from "./cell-value";
import { newWorkbook } from "./exceljs-library";
import { fileKind } from "./file-signature";

/** A file the command cannot read as a workbook; the message is one sentence for the user. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

/**
 * The part of exceljs's loaded table model we use. exceljs's typings describe tables as they
 * are created (`ref`, `rows`), not as they are loaded: a loaded table keeps its range in
 * `tableRef` and has no rows (checked by experiment with exceljs 4.4.0).
 */
interface LoadedTableModel {
  name: string;
  tableRef: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string }[];
}

function loadedTables(worksheet: ExcelJS.Worksheet): LoadedTableModel[] {
  const tables = (worksheet as unknown as { tables?: Record<string, { table?: LoadedTableModel }> })
    .tables;
  return Object.values(tables ?? {}).flatMap((table) => (table.table ? [table.table] : []));
}

function cellAt(worksheet: ExcelJS.Worksheet, row: number, column: number): unknown {
  return worksheet.findRow(row)?.findCell(column)?.value;
}

/**
 * Whether the table's first row is its header row. exceljs reads a missing headerRowCount
 * attribute as "no header row", but Excel omits the attribute precisely when there is one
 * (the default is 1); so a first row that spells the column names is taken as the header.
 */
function hasHeaderRow(
  worksheet: ExcelJS.Worksheet,
  model: LoadedTableModel,
  top: number,
  left: number,
): boolean {
  if (model.headerRow) return true;
  return model.columns.every((column, index) => {
    const text = plainCellValue(cellAt(worksheet, top, left + index));
    return typeof text === "string" && headerKey(text) === headerKey(column.name ?? "");
  });
}

function readTable(
  worksheet: ExcelJS.Worksheet,
  model: LoadedTableModel,
  date1904: boolean,
): RawTable | undefined {
  const range = parseRange(model.tableRef ?? "");
  if (!range) return undefined;
  const { top, left, bottom, right } = range;
  const withHeader = hasHeaderRow(worksheet, model, top, left);
  const headerRow = withHeader ? top : top - 1;
  const lastDataRow = model.totalsRow ? bottom - 1 : bottom;
  const width = right - left + 1;

  const headers: string[] = [];
  for (let index = 0; index < width; index++) {
    const shown = withHeader ? plainCellValue(cellAt(worksheet, top, left + index)) : null;
    headers.push(
      typeof shown === "string" && shown.trim() !== ""
        ? shown
        : (model.columns[index]?.name ?? `Column${index + 1}`),
    );
  }

  // Row by row through exceljs's row index: linear in the table's size.
  const rows: CellValue[][] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= lastDataRow; rowNumber++) {
    const row = worksheet.findRow(rowNumber);
    const cells: CellValue[] = new Array<CellValue>(width);
    for (let index = 0; index < width; index++) {
      cells[index] = plainCellValue(row?.findCell(left + index)?.value, date1904);
    }
    rows.push(cells);
  }
  return { name: model.name, sheet: worksheet.name, headerRow, firstColumn: left, headers, rows };
}

/** Every Excel table (ListObject) of a loaded workbook, as the checker reads it. */
export function rawWorkbookOf(workbook: ExcelJS.Workbook): RawWorkbook {
  const date1904 = workbook.properties?.date1904 === true;
  const tables: RawTable[] = [];
  for (const worksheet of workbook.worksheets) {
    for (const model of loadedTables(worksheet)) {
      const table = readTable(worksheet, model, date1904);
      if (table) tables.push(table);
    }
  }
  return { tables };
}

function describeFsError(path: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return `${path} does not exist.`;
  if (code === "EISDIR") return `${path} is a folder, not a workbook file.`;
  if (code === "EACCES" || code === "EPERM") return `${path} cannot be opened: permission denied.`;
  return `${path} cannot be opened (${code ? String(code) : "unknown error"}).`;
}

/** Loads an .xlsx file's bytes; throws WorkbookReadError with one sentence for anything else. */
export async function loadXlsx(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  switch (fileKind(bytes)) {
    case "empty":
      throw new WorkbookReadError(`${name} is empty, not an Excel workbook.`);
    case "ole":
      throw new WorkbookReadError(
        `${name} is password-protected or an old binary .xls file; save it in Excel as an .xlsx workbook without a password and check it again.`,
      );
    case "other":
      throw new WorkbookReadError(`${name} is not an .xlsx workbook (it is not a zip file).`);
    case "zip":
      break;
  }
  const workbook = newWorkbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(
      `${name} is corrupted or is not an .xlsx workbook; Excel's file format could not be read.`,
    );
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookReadError(`${name} is a zip file but not an .xlsx workbook (no worksheets).`);
  }
  return workbook;
}

/** Reads an .xlsx file into the tables the checker reads. */
export async function readXlsxFile(path: string): Promise<RawWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new WorkbookReadError(describeFsError(path, error));
  }
  return rawWorkbookOf(await loadXlsx(bytes, path));
}
