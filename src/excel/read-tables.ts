import { tableSchema } from "../domain/table-schema";
import { columnKeys, schemaTableNamed } from "../domain/schema-columns";
import { headerKey, type CellValue, type RawTable, type RawWorkbook } from "../domain/workbook";
import { localAddress } from "../domain/cell-area";
import type { ExcelContext, RangeApi, TableApi } from "./excel-api";
import { cellValueOf } from "./office-cell-value";
import {
  loadRules,
  loadRulesOfFirstSheets,
  SHEETS_READ_FOR_RULES,
  type RuleLoad,
} from "./office-highlights";
import {
  gridColumns,
  gridRows,
  planReads,
  type BodySize,
  type KnownBody,
  type ReadLimits,
} from "./read-plan";
import { WorkbookError } from "./workbook-error";
import type { ReadProgress } from "./workbook-port";

/** One table asked for in a request: its proxies, and the window of values that came with it. */
interface TableLoad {
  table: TableApi;
  body: RangeApi;
  /** The body's first rows and columns, with values; absent when the table was only measured. */
  window?: RangeApi;
  rules?: RuleLoad;
}

export interface ReadOptions {
  limits: ReadLimits;
  /**
   * Body size of each table (by lower-case name) at the last read. A table known to be too
   * big for one request is only measured first and read in chunks; any other comes with its
   * values, within a window of its known size or of `limits.firstRows` × `firstColumns`.
   */
  knownSizes: Map<string, KnownBody>;
  /**
   * Also read the add-in's highlight rules: on the tables' sheets, on the workbook's first
   * SHEETS_READ_FOR_RULES sheets, and on these sheets.
   */
  highlightSheets?: readonly string[];
  onProgress?: (progress: ReadProgress) => void;
}

export interface BudgetRead {
  workbook: RawWorkbook;
  /** The rules of every sheet read (highlightSheets set), for the highlight write. */
  rules: RuleLoad[];
}

/**
 * Errors of the first request that a smaller request avoids: a response over Excel on the
 * web's 5 MB, or a window reaching past the sheet's last row or column (Microsoft's reference
 * does not say whether getAbsoluteResizedRange clips it or refuses it).
 */
const retryMeasuredCodes = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "InvalidArgument",
]);

function isRetryMeasured(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && retryMeasuredCodes.has(code);
}

/**
 * Queues a request with windows of values and syncs it; when Excel refuses it as too large
 * (or a window as past the grid), queues it again without windows, measuring only.
 */
async function queueAndSync<T>(
  context: ExcelContext,
  queue: (withWindows: boolean) => T,
): Promise<T> {
  const queued = queue(true);
  try {
    await context.sync();
    return queued;
  } catch (error) {
    if (!isRetryMeasured(error)) throw error;
    const measured = queue(false);
    await context.sync();
    return measured;
  }
}

/** The cells of a loaded range, or an error when Excel withheld them (null past its limits). */
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
 * The window of values each schema table gets in the first request (by lower-case name):
 * firstRows × firstColumns for a table of unknown size, its known size (at least that) for
 * known ones that fit within `cellsPerSync` together, in schema order; none for the others.
 */
function firstWindows(options: ReadOptions): Map<string, BodySize> {
  const { limits } = options;
  const windows = new Map<string, BodySize>();
  let cells = 0;
  for (const spec of tableSchema) {
    const key = spec.name.toLowerCase();
    const known = options.knownSizes.get(key);
    if (known === undefined) {
      windows.set(key, { rows: limits.firstRows, columns: limits.firstColumns });
    } else if (cells + known.rows * known.columns <= limits.cellsPerSync) {
      // Room to grow, but not past the sheet's edge where the table was.
      windows.set(key, {
        rows: Math.min(Math.max(limits.firstRows, known.rows), gridRows - known.rowIndex),
        columns: Math.min(
          Math.max(limits.firstColumns, known.columns),
          gridColumns - known.columnIndex,
        ),
      });
      cells += known.rows * known.columns;
    }
  }
  return windows;
}

function queueTable(table: TableApi, window: BodySize | undefined, highlights: boolean): TableLoad {
  table.load("name");
  table.worksheet.load("name");
  table.columns.load("items/name");
  const body = table.getDataBodyRange();
  body.load("rowIndex, columnIndex, rowCount, columnCount");
  const rules = highlights ? loadRules(table.worksheet) : undefined;
  if (!window) return { table, body, rules };
  // Rows and columns past the body are not asked for: a 3-row table costs 3 rows.
  const values = body.getIntersectionOrNullObject(
    body.getCell(0, 0).getAbsoluteResizedRange(window.rows, window.columns),
  );
  values.load("rowCount, columnCount, values, valueTypes");
  return { table, body, window: values, rules };
}

/** The indexes of the headers the checker reads for a table of this name (aliases too). */
function schemaColumns(tableName: string, headers: readonly string[]): number[] {
  const keys = new Set((schemaTableNamed(tableName)?.columns ?? []).flatMap(columnKeys));
  return headers.flatMap((header, index) => (keys.has(headerKey(header)) ? [index] : []));
}

/** Consecutive indexes as runs: [0, 1, 2, 7, 8] → {at 0, first 0, count 3}, {at 3, first 7, count 2}. */
function runsOf(indexes: readonly number[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  indexes.forEach((index, at) => {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === index) last.count++;
    else runs.push({ at, first: index, count: 1 });
  });
  return runs;
}

/** Columns `first` … `first + count - 1` of the body, kept at `at` … of each row read. */
interface ColumnRun {
  at: number;
  first: number;
  count: number;
}

/** What is still to read of one table after the first request. */
interface Remaining {
  raw: RawTable;
  load: TableLoad;
  /** Rows already in `raw.rows` (from the window); chunks start there. */
  from: number;
  to: number;
  runs: ColumnRun[];
}

/**
 * Reads every schema table the workbook has, and the add-in's highlight rules beside them,
 * in ONE request: each schema table by name (getItemOrNullObject, so a missing table costs
 * nothing), its headers, its size and a bounded window of its values, which holds a budget
 * table whole. More requests only where they cannot be avoided, since a table's size is known
 * only once the first request is back: a table larger than its window is read in row chunks
 * (read-plan.ts), of the columns the checker reads only when it is wider than the window, and
 * of at most `limits.maxRows` rows (the checker says when a table had more); a table named
 * only loosely (Partners_ for Partners) is fetched once its name is known.
 */
export async function readBudgetTables(
  context: ExcelContext,
  options: ReadOptions,
): Promise<BudgetRead> {
  const { limits, onProgress } = options;
  const highlights = options.highlightSheets !== undefined;
  onProgress?.({ phase: "finding-tables", rowsRead: 0, rowsTotal: 0 });
  const tables = context.workbook.tables;

  const queueFirst = (windows: Map<string, BodySize>) => {
    tables.load("items/name");
    const loads = tableSchema.map((spec) =>
      queueTable(
        tables.getItemOrNullObject(spec.name),
        windows.get(spec.name.toLowerCase()),
        highlights,
      ),
    );
    const extra = highlights
      ? [
          ...loadRulesOfFirstSheets(context, SHEETS_READ_FOR_RULES),
          ...(options.highlightSheets ?? []).map((name) =>
            loadRules(context.workbook.worksheets.getItemOrNullObject(name)),
          ),
        ]
      : [];
    return { loads, extra };
  };

  const first = await queueAndSync(context, (withWindows) =>
    queueFirst(withWindows ? firstWindows(options) : new Map()),
  );

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
    return !exact.has(key) && schemaTableNamed(table.name) !== undefined;
  });
  if (loose.length > 0) {
    const window = { rows: limits.firstRows, columns: limits.firstColumns };
    const more = await queueAndSync(context, (withWindows) =>
      loose.map((table) =>
        queueTable(tables.getItem(table.name), withWindows ? window : undefined, highlights),
      ),
    );
    found.push(...more);
    rules.push(...more.flatMap((load) => (load.rules ? [load.rules] : [])));
  }

  const remaining: Remaining[] = [];
  const raws = found.map((load): RawTable => {
    const { table, body, window } = load;
    const headers = table.columns.items.map((column) => column.name);
    options.knownSizes.set(table.name.toLowerCase(), {
      rows: body.rowCount,
      columns: body.columnCount,
      rowIndex: body.rowIndex,
      columnIndex: body.columnIndex,
    });
    const raw: RawTable = {
      name: table.name,
      sheet: table.worksheet.name,
      // The row above the body: the header row, shown or not.
      headerRow: body.rowIndex,
      firstColumn: body.columnIndex + 1,
      headers,
      rows: [],
    };
    const wholeWidth =
      window !== undefined &&
      !window.isNullObject &&
      window.columnCount === body.columnCount &&
      Array.isArray(window.values);
    if (wholeWidth && window.rowCount === body.rowCount) {
      raw.rows = rowsOf(window, body.rowCount, body.columnCount, raw.name);
      return raw;
    }

    // Larger than its window: the rest comes in chunks, within the row limit.
    const to = Math.min(body.rowCount, limits.maxRows);
    if (to < body.rowCount) raw.rowsInTable = body.rowCount;
    let columns = headers.map((_, index) => index);
    if (body.columnCount > limits.firstColumns) {
      // Far wider than a budget table: only the columns the checker reads.
      columns = schemaColumns(raw.name, headers);
      raw.headers = columns.map((index) => headers[index] ?? "");
      raw.columnNumbers = columns.map((index) => raw.firstColumn + index);
    }
    raw.rows = new Array<CellValue[]>(to);
    let from = 0;
    if (wholeWidth && columns.length === body.columnCount) {
      const head = rowsOf(window, window.rowCount, body.columnCount, raw.name).slice(0, to);
      head.forEach((row, index) => (raw.rows[index] = row));
      from = head.length;
    }
    for (let index = from; index < to; index++) raw.rows[index] = new Array(columns.length);
    remaining.push({ raw, load, from, to, runs: runsOf(columns) });
    return raw;
  });

  // Progress in cells, shown as rows: a wide table's columns come in several ranges.
  const rowsTotal = raws.reduce((sum, raw) => sum + raw.rows.length, 0);
  const pieces = remaining.flatMap((rest) => rest.runs.map((run) => ({ rest, run })));
  const cellsLeft = pieces.reduce(
    (sum, { rest, run }) => sum + (rest.to - rest.from) * run.count,
    0,
  );
  const rowsLeft = remaining.reduce((sum, rest) => sum + rest.to - rest.from, 0);
  const rowsFirst = rowsTotal - rowsLeft;
  let cellsRead = 0;
  const progress = () =>
    onProgress?.({
      phase: "reading-rows",
      rowsRead: rowsFirst + (cellsLeft === 0 ? 0 : Math.round((rowsLeft * cellsRead) / cellsLeft)),
      rowsTotal,
    });
  progress();

  const syncs = planReads(
    pieces.map(({ rest, run }) => ({ rows: rest.to - rest.from, columns: run.count })),
    limits,
  );
  for (const chunks of syncs) {
    const reads = chunks.map((chunk) => {
      const { rest, run } = pieces[chunk.table] as (typeof pieces)[number];
      const { raw, load } = rest;
      const top = raw.headerRow + 1 + rest.from + chunk.start;
      const left = raw.firstColumn + run.first;
      const range = load.table.worksheet.getRange(
        localAddress({
          sheet: raw.sheet,
          top,
          bottom: top + chunk.rows - 1,
          left,
          right: left + run.count - 1,
        }),
      );
      range.load("values, valueTypes");
      return { chunk, range, rest, run };
    });
    // One sync per payload-sized batch of chunks (the 5 MB request cap), never per row or table.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { chunk, range, rest, run } of reads) {
      rowsOf(range, chunk.rows, run.count, rest.raw.name).forEach((cells, offset) => {
        const row = rest.raw.rows[rest.from + chunk.start + offset] as CellValue[];
        for (let c = 0; c < run.count; c++) row[run.at + c] = cells[c] as CellValue;
      });
      cellsRead += chunk.rows * run.count;
    }
    progress();
  }
  return { workbook: { tables: raws }, rules };
}
