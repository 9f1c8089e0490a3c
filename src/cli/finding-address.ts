import type { Finding } from "../domain/findings";
import { tableSchema } from "../domain/table-schema";
import {
  cellAddress,
  findTable,
  headerKey,
  type RawTable,
  type RawWorkbook,
} from "../domain/workbook";

/**
 * Where a finding points in the workbook, as an A1 address: `Partners!G4` for a cell,
 * `Partners!A4:G4` for a whole row, the table name for a whole table. Findings name columns by
 * their schema header; the workbook may spell the header with an alias, so both are tried.
 */
export class FindingLocator {
  private readonly columnIndexes = new Map<RawTable, Map<string, number>>();

  constructor(private readonly workbook: RawWorkbook) {}

  address(finding: Finding): string | undefined {
    if (finding.table === undefined) return undefined;
    const table = findTable(this.workbook, finding.table);
    if (!table) return finding.table;
    if (finding.row === undefined) return finding.table;
    const sheetRow = table.headerRow + finding.row;
    const column =
      finding.column === undefined ? undefined : this.columnIndex(table, finding.column);
    if (column !== undefined) return cellAddress(table.sheet, sheetRow, table.firstColumn + column);
    const first = cellAddress(table.sheet, sheetRow, table.firstColumn);
    const last = cellAddress(table.sheet, sheetRow, table.firstColumn + table.headers.length - 1);
    return `${first}:${last.slice(last.lastIndexOf("!") + 1)}`;
  }

  private columnIndex(table: RawTable, header: string): number | undefined {
    let indexes = this.columnIndexes.get(table);
    if (!indexes) {
      indexes = new Map();
      table.headers.forEach((text, index) => {
        const key = headerKey(String(text ?? ""));
        if (!indexes?.has(key)) indexes?.set(key, index);
      });
      this.columnIndexes.set(table, indexes);
    }
    const spec = tableSchema
      .find((candidate) => headerKey(candidate.name) === headerKey(table.name))
      ?.columns.find((column) => headerKey(column.header) === headerKey(header));
    for (const name of [header, ...(spec?.aliases ?? [])]) {
      const index = indexes.get(headerKey(name));
      if (index !== undefined) return index;
    }
    return undefined;
  }
}
