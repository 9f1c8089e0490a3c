import type { CellValue } from "../domain/workbook";
import { headerKey } from "../domain/workbook";
import type { CellRange } from "./a1-range";

/** What a table part says of its rows and columns, as exceljs loads it. */
export interface TablePartLayout {
  headerRow: boolean;
  totalsRow: boolean;
  /** The names the tableColumn elements give; undefined where one gives none. */
  columns: readonly (string | undefined)[];
}

/** Where a table's rows are and what its headers say. */
export interface TableLayout {
  headerRow: number;
  /** The last row read: rows past the sheet's last row are blank and not read. */
  lastDataRow: number;
  headers: string[];
}

/**
 * The rows and headers of a table as both readers give them. `shown(index)` is the plain value
 * of the range's first row in column `index` from the left; `rowCount` the sheet's last row.
 *
 * exceljs reads a missing headerRowCount attribute as "no header row", but Excel omits the
 * attribute precisely when there is one (the default is 1); so a first row that spells the
 * column names is taken as the header.
 */
export function tableLayout(
  table: TablePartLayout,
  range: CellRange,
  rowCount: number,
  shown: (index: number) => CellValue,
): TableLayout {
  const { top, left, bottom, right } = range;
  const withHeader =
    table.headerRow ||
    table.columns.every((column, index) => {
      const text = shown(index);
      return typeof text === "string" && headerKey(text) === headerKey(column ?? "");
    });
  const headers: string[] = [];
  for (let index = 0; index < right - left + 1; index++) {
    const text = withHeader ? shown(index) : null;
    headers.push(
      typeof text === "string" && text.trim() !== ""
        ? text
        : (table.columns[index] ?? `Column${index + 1}`),
    );
  }
  return {
    headerRow: withHeader ? top : top - 1,
    lastDataRow: Math.min(table.totalsRow ? bottom - 1 : bottom, rowCount),
    headers,
  };
}
