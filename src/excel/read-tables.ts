import { tableSchema } from "../domain/table-schema";
import { headerKey, type CellValue, type RawTable, type RawWorkbook } from "../domain/workbook";
import { localAddress } from "../domain/cell-area";
import type { ExcelContext, RangeApi, TableApi } from "./excel-api";
import { cellValueOf } from "./office-cell-value";
import { planReads, type ReadLimits } from "./read-plan";
import { WorkbookError } from "./workbook-error";
import type { ReadProgress } from "./workbook-port";

interface FoundTable {
  table: TableApi;
  body: RangeApi;
  raw: RawTable;
}

/**
 * The workbook's table for each schema table, matched as the checker matches names (case,
 * spaces, "_" and "-" ignored), an exact name first. Matching here rather than with
 * tables.getItemOrNullObject(name) keeps the add-in and the command line agreeing on which
 * table is "Partners", and never calls a method on a null object.
 */
function matchSchemaTables(tables: readonly TableApi[]): TableApi[] {
  const found: TableApi[] = [];
  for (const spec of tableSchema) {
    const key = headerKey(spec.name);
    const candidates = tables.filter((table) => headerKey(table.name) === key);
    const exact = candidates.find((table) => table.name.toLowerCase() === spec.name.toLowerCase());
    const table = exact ?? candidates[0];
    if (table) found.push(table);
  }
  return found;
}

function rowsOf(range: RangeApi, rows: number, columns: number, table: string): CellValue[][] {
  const values = range.values;
  const types = range.valueTypes;
  // Past Excel's read limits `values` can come back null instead of an error.
  if (!Array.isArray(values) || !Array.isArray(types) || values.length !== rows) {
    throw new WorkbookError(
      "too-large",
      `Excel returned no values for rows of the ${table} table; it may be too large to read at once.`,
    );
  }
  return values.map((row, r) => {
    const typeRow = types[r] ?? [];
    const cells: CellValue[] = new Array<CellValue>(columns);
    for (let c = 0; c < columns; c++) cells[c] = cellValueOf(row[c], String(typeRow[c] ?? ""));
    return cells;
  });
}

/**
 * Reads every schema table the workbook has: one sync to find the tables, one to learn their
 * sheets, headers and sizes, then their bodies in row chunks, several chunks per sync
 * (see read-plan.ts). The number of syncs does not grow with the rows until a budget passes
 * `limits.cellsPerSync` cells.
 */
export async function readSchemaTables(
  context: ExcelContext,
  limits: ReadLimits,
  onProgress?: (progress: ReadProgress) => void,
): Promise<RawWorkbook> {
  onProgress?.({ phase: "finding-tables", rowsRead: 0, rowsTotal: 0 });
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const measured = matchSchemaTables(tables.items).map((table) => {
    table.worksheet.load("name");
    table.columns.load("items/name");
    const body = table.getDataBodyRange();
    body.load("rowIndex, columnIndex, rowCount, columnCount");
    return { table, body };
  });
  await context.sync();

  const found: FoundTable[] = measured.map(({ table, body }) => ({
    table,
    body,
    raw: {
      name: table.name,
      sheet: table.worksheet.name,
      // The row above the body: the header row, shown or not.
      headerRow: body.rowIndex,
      firstColumn: body.columnIndex + 1,
      headers: table.columns.items.map((column) => column.name),
      rows: new Array<CellValue[]>(body.rowCount),
    },
  }));
  const rowsTotal = found.reduce((sum, { body }) => sum + body.rowCount, 0);
  let rowsRead = 0;
  onProgress?.({ phase: "reading-rows", rowsRead, rowsTotal });

  const syncs = planReads(
    found.map(({ body }) => ({ rows: body.rowCount, columns: body.columnCount })),
    limits,
  );
  for (const chunks of syncs) {
    const reads = chunks.map((chunk) => {
      const { table, body, raw } = found[chunk.table] as FoundTable;
      const top = raw.headerRow + 1 + chunk.start;
      const range = table.worksheet.getRange(
        localAddress({
          sheet: raw.sheet,
          top,
          bottom: top + chunk.rows - 1,
          left: raw.firstColumn,
          right: raw.firstColumn + body.columnCount - 1,
        }),
      );
      range.load("values, valueTypes");
      return { chunk, range, raw, columns: body.columnCount };
    });
    // One sync per payload-sized batch of chunks (the 5 MB request cap), never per row or table.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { chunk, range, raw, columns } of reads) {
      rowsOf(range, chunk.rows, columns, raw.name).forEach((row, offset) => {
        raw.rows[chunk.start + offset] = row;
      });
      rowsRead += chunk.rows;
    }
    onProgress?.({ phase: "reading-rows", rowsRead, rowsTotal });
  }
  return { tables: found.map(({ raw }) => raw) };
}
