import type { Finding } from "./findings";
import { findColumn, schemaColumnNamed, schemaTableNamed } from "./schema-columns";
import { findTable, sheetColumnOf, type RawTable, type RawWorkbook } from "./workbook";
import { areaAddress, type CellArea } from "./cell-area";

/** Where a finding points in the sheet, and how much of the table that is. */
export interface FindingLocation extends CellArea {
  /** The workbook's own name of the table. */
  table: string;
  /**
   * "cell": a row and a column; "row": a data row (no or unknown column); "column": a whole
   * data column (no row, e.g. "no coordinator" on Role); "header": the header row (a
   * table-wide finding, or a column the table lacks).
   */
  scope: "cell" | "row" | "column" | "header";
  /** A1 address with the sheet, e.g. "Partners!G4", for the findings list. */
  address: string;
}

/**
 * The column a finding names, found as the checker finds it: the first header that spells
 * the schema header or one of its aliases (case, spaces, "_" and "-" ignored).
 */
function columnIndex(table: RawTable, tableName: string, header: string): number | undefined {
  // Thousands of findings name the same few columns: each is looked up once per header row.
  let found = foundColumns.get(table.headers);
  if (!found) foundColumns.set(table.headers, (found = new Map()));
  const key = `${tableName}\u0000${header}`;
  if (found.has(key)) return found.get(key);
  const index = searchColumn(table, tableName, header);
  found.set(key, index);
  return index;
}

/** Columns found so far, by a table's header row and "table name, header". */
const foundColumns = new WeakMap<RawTable["headers"], Map<string, number | undefined>>();

function searchColumn(table: RawTable, tableName: string, header: string): number | undefined {
  const spec = schemaTableNamed(tableName);
  const column = spec && schemaColumnNamed(spec, header);
  // The finding's own spelling or any alias of the schema column it names.
  const index = findColumn(table.headers, { header, aliases: column?.aliases });
  return index >= 0 ? index : undefined;
}

/** The cells a finding points at in `workbook`, or undefined when it points at none. */
export function locateFinding(
  finding: Finding,
  workbook: RawWorkbook,
): FindingLocation | undefined {
  if (finding.table === undefined) return undefined;
  const table = findTable(workbook, finding.table);
  if (!table || table.headers.length === 0) return undefined;
  const column =
    finding.column === undefined ? undefined : columnIndex(table, finding.table, finding.column);
  const left = table.firstColumn;
  const right = sheetColumnOf(table, table.headers.length - 1);
  const at = column === undefined ? left : sheetColumnOf(table, column);
  const rowCount = table.rows.length;
  const dataRow =
    finding.row !== undefined && finding.row >= 1 && finding.row <= rowCount
      ? table.headerRow + finding.row
      : undefined;

  let area: Omit<CellArea, "sheet">;
  let scope: FindingLocation["scope"];
  const rows = (finding.rows ?? []).filter((row) => row >= 1 && row <= rowCount);
  if (rows.length > 0 && column !== undefined) {
    // Several cells of one column: the span from the first to the last (cellsOfFinding lists them).
    const first = rows.reduce((a, b) => Math.min(a, b));
    const last = rows.reduce((a, b) => Math.max(a, b));
    const top = table.headerRow + first;
    const bottom = table.headerRow + last;
    area = { top, bottom, left: at, right: at };
    scope = first === last ? "cell" : "column";
  } else if (dataRow !== undefined && column !== undefined) {
    area = { top: dataRow, bottom: dataRow, left: at, right: at };
    scope = "cell";
  } else if (dataRow !== undefined) {
    area = { top: dataRow, bottom: dataRow, left, right };
    scope = "row";
  } else if (column !== undefined && finding.row === undefined && rowCount > 0) {
    const top = table.headerRow + 1;
    area = { top, bottom: table.headerRow + rowCount, left: at, right: at };
    scope = "column";
  } else {
    // A table without a visible header row starting in row 1 has no header cells to mark.
    if (table.headerRow < 1) return undefined;
    area = { top: table.headerRow, bottom: table.headerRow, left, right };
    scope = "header";
  }
  const located = { sheet: table.sheet, ...area };
  return { ...located, table: table.name, scope, address: areaAddress(located) };
}

/**
 * The cells to mark for a located finding: its area, or for a finding about several cells
 * of one column (`rows`), each of those cells.
 */
export function cellsOfFinding(finding: Finding, location: FindingLocation): CellArea[] {
  const { sheet, top, left, bottom, right } = location;
  if (!finding.rows || finding.rows.length === 0) return [{ sheet, top, left, bottom, right }];
  const headerRow = top - finding.rows.reduce((a, b) => Math.min(a, b));
  return finding.rows
    .map((row) => headerRow + row)
    .filter((row) => row >= top && row <= bottom)
    .map((row) => ({ sheet, top: row, bottom: row, left, right }));
}
