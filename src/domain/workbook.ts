/**
 * The workbook as every face hands it to the checker: tables by name, header texts and cell
 * values, whatever read them (Office.js, exceljs, an in-memory fake).
 */

/** An Excel error value such as #REF! or #DIV/0!. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface RawTable {
  /** The Excel table name. */
  name: string;
  /** Worksheet the table is on, for cell addresses. */
  sheet: string;
  /** 1-based worksheet row of the header row. */
  headerRow: number;
  /** 1-based worksheet column of the table's first column. */
  firstColumn: number;
  headers: string[];
  /**
   * 1-based worksheet column of each header, when the reader kept only the columns the
   * checker reads (a table far wider than its schema). Absent: consecutive from firstColumn.
   */
  columnNumbers?: number[];
  /** Data rows, each as long as headers (a shorter row's missing cells are blank). */
  rows: CellValue[][];
  /**
   * The rows the table has, when the reader read only the first `rows.length` of them (a
   * table past its row limit); the checker then says the table was checked in part.
   */
  rowsInTable?: number;
}

/** The 1-based worksheet column of a table's column by its index in `headers`. */
export function sheetColumnOf(table: RawTable, index: number): number {
  return table.columnNumbers?.[index] ?? table.firstColumn + index;
}

/** A table the reader found but could not read (its range is not one Excel allows). */
export interface UnreadTable {
  name: string;
  sheet: string;
  /** Why, in words: "its range "A0:F9" starts at row 0". */
  reason: string;
}

export interface RawWorkbook {
  tables: RawTable[];
  /** Tables left out by the reader, reported by the checker when the schema needs them. */
  unreadTables?: UnreadTable[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** Header texts match case-insensitively and ignoring spaces, underscores and hyphens. */
export function headerKey(header: string): string {
  return header.replace(/[\s_-]+/g, "").toLowerCase();
}

/**
 * The tables a schema name finds: the one named exactly so, or else every table whose name
 * matches loosely (case, spaces, underscores and hyphens ignored: "PARTNERS", "Partners_").
 */
export function tablesNamed(workbook: RawWorkbook, name: string): RawTable[] {
  const exact = workbook.tables.find((table) => table.name === name);
  if (exact) return [exact];
  const key = headerKey(name);
  return workbook.tables.filter((table) => headerKey(table.name) === key);
}

/** The table a schema name finds; undefined when none or when two match loosely and none exactly. */
export function findTable(workbook: RawWorkbook, name: string): RawTable | undefined {
  const found = tablesNamed(workbook, name);
  return found.length === 1 ? found[0] : undefined;
}

/** "A", "Z", "AA" … for a 1-based column number. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Sheet names Excel would read as a cell reference (Q1, ABC12, R1C1, R, C) need quotes too. */
const looksLikeReference = /^([A-Za-z]{1,3}\d+|[Rr]\d*([Cc]\d*)?|[Cc]\d*)$/;

/** "'Budget sheet'!G4" — the A1 address of a worksheet cell. */
export function cellAddress(sheet: string, row: number, column: number): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !looksLikeReference.test(sheet);
  const quoted = bare ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${columnLetters(column)}${row}`;
}
