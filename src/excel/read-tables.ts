import { tableSchema } from "../domain/table-schema";
import { headerKey, type CellValue, type RawTable, type RawWorkbook } from "../domain/workbook";
import { localAddress } from "../domain/cell-area";
import type { ExcelContext, RangeApi, TableApi } from "./excel-api";
import { cellValueOf } from "./office-cell-value";
import { loadRules, type RuleLoad } from "./office-highlights";
import { planReads, type ReadLimits } from "./read-plan";
import { WorkbookError } from "./workbook-error";
import type { ReadProgress } from "./workbook-port";

/** One table asked for in a request: its proxies, and whether its values came with it. */
interface TableLoad {
  table: TableApi;
  body: RangeApi;
  withValues: boolean;
  rules?: RuleLoad;
}

export interface ReadOptions {
  limits: ReadLimits;
  /**
   * Body cells of each table (by lower-case name) at the last read. A table known to be too
   * big for one request is measured first and read in chunks; any other comes with its values.
   */
  knownCells: Map<string, number>;
  /** Also read the add-in's highlight rules: on the tables' sheets and on these sheets. */
  highlightSheets?: readonly string[];
  onProgress?: (progress: ReadProgress) => void;
}

export interface BudgetRead {
  workbook: RawWorkbook;
  /** The rules of every sheet read (highlightSheets set), for the highlight write. */
  rules: RuleLoad[];
}

const payloadCodes = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && payloadCodes.has(code);
}

function rowsOf(range: RangeApi, rows: number, columns: number, table: string): CellValue[][] {
  const values = range.values;
  const types = range.valueTypes;
  // Past Excel's read limits `values` can come back null instead of an error.
  if (!Array.isArray(values) || !Array.isArray(types) || values.length !== rows) {
    throw new WorkbookError(
      "too-large",
      `Excel returned no values for rows of the ${table} table; it may be too large to read at once.`,
      undefined,
      undefined,
      { key: "noValues", params: { table } },
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
 * Which tables come with their values in the first request: all whose size is unknown, and
 * those known ones that fit, in schema order, within `limits.cellsPerSync` cells together.
 */
function tablesWithValues(options: ReadOptions): Set<string> {
  const chosen = new Set<string>();
  let cells = 0;
  for (const spec of tableSchema) {
    const key = spec.name.toLowerCase();
    const known = options.knownCells.get(key);
    if (known === undefined) chosen.add(key);
    else if (cells + known <= options.limits.cellsPerSync) {
      chosen.add(key);
      cells += known;
    }
  }
  return chosen;
}

function queueTable(table: TableApi, withValues: boolean, highlights: boolean): TableLoad {
  table.load("name");
  table.worksheet.load("name");
  table.columns.load("items/name");
  const body = table.getDataBodyRange();
  if (withValues) body.load("rowIndex, columnIndex, rowCount, columnCount, values, valueTypes");
  else body.load("rowIndex, columnIndex, rowCount, columnCount");
  return { table, body, withValues, rules: highlights ? loadRules(table.worksheet) : undefined };
}

/**
 * Reads every schema table the workbook has, and the add-in's highlight rules beside them,
 * in ONE request: each schema table by name (getItemOrNullObject, so a missing table costs
 * nothing), its headers, its size and its values. More requests only where they cannot be
 * avoided: a table over the payload limit is read in row chunks (read-plan.ts), and a table
 * named only loosely (Partners_ for Partners) is fetched once its name is known.
 */
export async function readBudgetTables(
  context: ExcelContext,
  options: ReadOptions,
): Promise<BudgetRead> {
  const { limits, onProgress } = options;
  const highlights = options.highlightSheets !== undefined;
  onProgress?.({ phase: "finding-tables", rowsRead: 0, rowsTotal: 0 });
  const tables = context.workbook.tables;

  const queueFirst = (withValues: Set<string>) => {
    tables.load("items/name");
    const loads = tableSchema.map((spec) =>
      queueTable(
        tables.getItemOrNullObject(spec.name),
        withValues.has(spec.name.toLowerCase()),
        highlights,
      ),
    );
    const extra = (options.highlightSheets ?? []).map((name) =>
      loadRules(context.workbook.worksheets.getItemOrNullObject(name)),
    );
    return { loads, extra };
  };

  let first = queueFirst(tablesWithValues(options));
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    // Too much for one response: measure every table now, and read the bodies in chunks.
    first = queueFirst(new Set());
    await context.sync();
  }

  const found = first.loads.filter((load) => !load.table.isNullObject);
  const rules: RuleLoad[] = [
    ...found.flatMap((load) => (load.rules ? [load.rules] : [])),
    ...first.extra,
  ];

  // A schema table the workbook names only loosely (case, "_" and "-" aside): every such
  // table is read, and the checker decides between them.
  const exact = new Set(found.map((load) => headerKey(load.table.name)));
  const loose = tables.items.filter((table) => {
    const key = headerKey(table.name);
    return !exact.has(key) && tableSchema.some((spec) => headerKey(spec.name) === key);
  });
  if (loose.length > 0) {
    const more = loose.map((table) => queueTable(tables.getItem(table.name), true, highlights));
    await context.sync();
    found.push(...more);
    rules.push(...more.flatMap((load) => (load.rules ? [load.rules] : [])));
  }

  const raws: RawTable[] = found.map(({ table, body }) => ({
    name: table.name,
    sheet: table.worksheet.name,
    // The row above the body: the header row, shown or not.
    headerRow: body.rowIndex,
    firstColumn: body.columnIndex + 1,
    headers: table.columns.items.map((column) => column.name),
    rows: new Array<CellValue[]>(body.rowCount),
  }));
  const rowsTotal = found.reduce((sum, { body }) => sum + body.rowCount, 0);
  let rowsRead = 0;

  // Bodies that came whole; the others (too big, or values withheld past Excel's limit) wait.
  const waiting: number[] = [];
  found.forEach(({ body, withValues }, index) => {
    const raw = raws[index] as RawTable;
    options.knownCells.set(raw.name.toLowerCase(), body.rowCount * body.columnCount);
    if (withValues && Array.isArray(body.values)) {
      raw.rows = rowsOf(body, body.rowCount, body.columnCount, raw.name);
      rowsRead += body.rowCount;
    } else waiting.push(index);
  });
  onProgress?.({ phase: "reading-rows", rowsRead, rowsTotal });

  const syncs = planReads(
    waiting.map((index) => {
      const { body } = found[index] as TableLoad;
      return { rows: body.rowCount, columns: body.columnCount };
    }),
    limits,
  );
  for (const chunks of syncs) {
    const reads = chunks.map((chunk) => {
      const index = waiting[chunk.table] as number;
      const { table, body } = found[index] as TableLoad;
      const raw = raws[index] as RawTable;
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
  return { workbook: { tables: raws }, rules };
}
