import type ExcelJS from "exceljs";
import type { CellValue, RawTable, RawWorkbook, UnreadTable } from "../domain/workbook";
import { readRange } from "./a1-range";
import { readErrorText } from "./read-error-text";
import { exceljsCellValue, plainCellValue } from "./cell-value";
import { newWorkbook } from "./exceljs-library";
import { fileKind } from "./file-signature";
import { readWorkbookFile, WorkbookReadError } from "./workbook-file";
import { readTablesDirectly } from "./sheet-tables";
import { tableLayout } from "./table-layout";
import { preparedWorkbookZip, workbookLimits } from "./xlsx-parts";
import { ZipArchiveError } from "./zip-archive";

export { WorkbookReadError };

/**
 * The part of exceljs's loaded table model we use. exceljs's typings describe tables as they
 * are created (`ref`, `rows`), not as they are loaded: a loaded table keeps its range in
 * `tableRef` and has no rows (checked by experiment with exceljs 4.4.0).
 */
interface LoadedTableModel {
  /** Absent in a file that gives only displayName. */
  name?: string;
  /** The name Excel shows and formulas use; exceljs falls back to name. */
  displayName?: string;
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

function cellsOfRow(
  row: ExcelJS.Row | undefined,
  left: number,
  width: number,
  date1904: boolean,
  blank: readonly CellValue[],
): CellValue[] {
  // A row with no cell inside the table shares one blank row: a table whose range claims the
  // whole sheet costs memory only for the rows it really has.
  if (!row || row.cellCount < left) return blank as CellValue[];
  const cells: CellValue[] = new Array<CellValue>(width);
  let any = false;
  for (let index = 0; index < width; index++) {
    const value = plainCellValue(exceljsCellValue(row.findCell(left + index)), date1904);
    cells[index] = value;
    if (value !== null) any = true;
  }
  return any ? cells : (blank as CellValue[]);
}

function readTable(
  worksheet: ExcelJS.Worksheet,
  model: LoadedTableModel,
  date1904: boolean,
): RawTable | UnreadTable {
  const name = model.displayName ?? model.name;
  const range = readRange(model.tableRef ?? "");
  if ("problem" in range || !name) {
    return {
      name: name ?? "(no name)",
      sheet: worksheet.name,
      reason: "problem" in range ? range.problem : "it has no name",
    };
  }
  const { top, left, right } = range.value;
  const width = right - left + 1;
  const { headerRow, lastDataRow, headers } = tableLayout(
    { ...model, columns: model.columns.map((column) => column.name) },
    range.value,
    worksheet.rowCount,
    (index) => plainCellValue(cellAt(worksheet, top, left + index)),
  );

  // Row by row through exceljs's row index: linear in the rows the sheet has.
  const blank: CellValue[] = new Array<CellValue>(width).fill(null);
  const rows: CellValue[][] = [];
  let cells = 0;
  for (let rowNumber = headerRow + 1; rowNumber <= lastDataRow; rowNumber++) {
    const row = cellsOfRow(worksheet.findRow(rowNumber), left, width, date1904, blank);
    if (row !== blank) cells += width;
    if (cells > workbookLimits.tableCells) {
      throw new WorkbookReadError(
        readErrorText("read/table-too-large", {
          name,
          sheet: worksheet.name,
          cells: workbookLimits.tableCells,
        }),
      );
    }
    rows.push(row);
  }
  return { name, sheet: worksheet.name, headerRow, firstColumn: left, headers, rows };
}

/** Every Excel table (ListObject) of a loaded workbook, as the checker reads it. */
export function rawWorkbookOf(workbook: ExcelJS.Workbook): RawWorkbook {
  const date1904 = workbook.properties?.date1904 === true;
  const tables: RawTable[] = [];
  const unreadTables: UnreadTable[] = [];
  for (const worksheet of workbook.worksheets) {
    for (const model of loadedTables(worksheet)) {
      const table = readTable(worksheet, model, date1904);
      if ("reason" in table) unreadTables.push(table);
      else tables.push(table);
    }
  }
  return unreadTables.length > 0 ? { tables, unreadTables } : { tables };
}

/**
 * Loads an .xlsx file's bytes; throws WorkbookReadError with one sentence for anything else.
 * Only the parts exceljs reads are inflated, each within the limits of xlsx-parts.ts.
 */
export async function loadXlsx(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  switch (fileKind(bytes)) {
    case "empty":
      throw new WorkbookReadError(readErrorText("read/empty", { file: name }));
    case "ole":
      throw new WorkbookReadError(readErrorText("read/ole", { file: name }));
    case "other":
      throw new WorkbookReadError(readErrorText("read/not-zip", { file: name }));
    case "zip":
      break;
  }
  let prepared: Buffer;
  try {
    prepared = preparedWorkbookZip(bytes);
  } catch (error) {
    if (error instanceof ZipArchiveError) {
      throw new WorkbookReadError(readErrorText("read/zip", { file: name, reason: error.text }));
    }
    throw error;
  }
  const workbook = newWorkbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(prepared as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(readErrorText("read/corrupted", { file: name }));
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookReadError(readErrorText("read/no-worksheets", { file: name }));
  }
  return workbook;
}

/** Reads an .xlsx file into the tables the checker reads. */
export async function readXlsxFile(path: string): Promise<RawWorkbook> {
  const bytes = await readWorkbookFile(path);
  // The command's own reader first: far less memory, and exceljs is not even loaded. Files it
  // does not read exactly as exceljs would (and every damaged file) go through exceljs.
  const direct = fileKind(bytes) === "zip" ? await readTablesDirectly(bytes) : undefined;
  return direct ?? rawWorkbookOf(await loadXlsx(bytes, path));
}
