import { tableSchema } from "../domain/table-schema";
import { columnKeys, schemaTableNamed } from "../domain/schema-columns";
import { headerKey, type CellValue, type RawTable, type RawWorkbook } from "../domain/workbook";
import { localAddress } from "../domain/cell-area";
import type { ExcelContext, RangeApi, TableApi } from "./excel-api";
import { cellValueOf } from "./office-cell-value";
import {
  loadRules,
  loadRulesOfFirstSheets,
  loadRulesOfListedSheets,
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
  /**
   * How many sheets the workbook had at the last read (BudgetRead.sheetNames). With it the walk
   * over the first sheets stops at the last sheet; without it (the pane's first check) the walk
   * takes SHEETS_READ_FOR_RULES steps, past the last sheet in a smaller workbook.
   */
  sheetCount?: number;
  onProgress?: (progress: ReadProgress) => void;
}

export interface BudgetRead {
  workbook: RawWorkbook;
  /** The rules of every sheet read (highlightSheets set), for the highlight write. */
  rules: RuleLoad[];
  /** The workbook's sheet names in order (highlightSheets set): ReadOptions.sheetCount next time. */
  sheetNames?: string[];
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

const payloadCodes = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

/**
 * Errors about Excel's state rather than about what the request asked for: the same request
 * without the rules' reads would fail the same way.
 */
const stateCodes = new Set([
  "InvalidOperationInCellEditMode",
  "AccessDenied",
  "ApiNotFound",
  "UnsupportedOperation",
  "ActivityLimitReached",
  "RequestAborted",
  "ServiceNotAvailable",
  "Conflict",
]);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function isRetryMeasured(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && retryMeasuredCodes.has(code);
}

/**
 * Queues and syncs a check's first request, with windows of values and with the reads of the
 * highlight rules (`withRules`), some of them through objects that may be null. When Excel
 * refuses it, it is asked again: without windows after a size or grid error (as queueAndSync
 * does), and without the rules after any error Excel could have raised for a call on a null
 * object (Microsoft does not say which error that would be, or that there is one). Each retry
 * drops at least one of the two, so there are at most three requests. Returns whether the
 * request that Excel took held the rules.
 */
async function syncFirstRequest<T>(
  context: ExcelContext,
  queue: (withWindows: boolean, withRules: boolean) => T,
  rulesAsked: boolean,
): Promise<{ queued: T; withRules: boolean }> {
  let withWindows = true;
  let withRules = rulesAsked;
  for (;;) {
    const queued = queue(withWindows, withRules);
    try {
      // At most three requests, each smaller than the one before (see above).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return { queued, withRules };
    } catch (error) {
      const code = codeOf(error);
      if (code === undefined || stateCodes.has(code)) throw error;
      const dropWindows: boolean = withWindows && retryMeasuredCodes.has(code);
      const dropRules: boolean = withRules && !payloadCodes.has(code);
      if (!dropWindows && !dropRules) throw error;
      withWindows = withWindows && !dropWindows;
      withRules = withRules && !dropRules;
    }
  }
}

/**
 * The sheets of `wanted` that the workbook lists in `names`, each once, as listed: by name
 * these are read without a null object.
 */
function listedSheets(names: readonly string[], wanted: readonly string[]): string[] {
  const byKey = new Map(names.map((name) => [name.toLowerCase(), name]));
  const listed = new Map<string, string>();
  for (const name of wanted) {
    const found = byKey.get(name.toLowerCase());
    if (found !== undefined) listed.set(found.toLowerCase(), found);
  }
  return [...listed.values()];
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

function queueTable(table: TableApi, window: BodySize | undefined, withRules: boolean): TableLoad {
  table.load("name");
  table.worksheet.load("name");
  table.columns.load("items/name");
  const body = table.getDataBodyRange();
  body.load("rowIndex, columnIndex, rowCount, columnCount");
  const rules = withRules ? loadRules(table.worksheet) : undefined;
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
 *
 * Null objects in the first request. A missing table, a highlight sheet deleted since, and a
 * step of the sheet walk past the last sheet are null objects, and a request that reads rules
 * beside them goes on through them (getRange, conditionalFormats, getNextOrNullObject).
 * Microsoft's "*OrNullObject methods and properties" section says only that such a method
 * returns an object whose `isNullObject` is true "rather than throwing an exception"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 * Microsoft's Script Lab samples rely on a little more in one batch: they call
 * `worksheets.getItemOrNullObject("Sample").delete()` before the sheet exists
 * (https://github.com/OfficeDev/office-js-snippets/blob/main/samples/excel/42-range/used-range.yaml),
 * and load a property of a null setting and read it after the sync
 * (samples/excel/18-custom-xml-parts/create-set-get-and-delete-custom-xml-parts.yaml).
 * No Microsoft page or office-js issue says what Excel does with a method that returns an
 * object (getRange, getNextOrNullObject) called on a null object. So a check whose sheet
 * count is known (`sheetCount`, from the last read) walks exactly the workbook's sheets and
 * reads no rules through a table or a sheet name; and a first request that Excel refuses is
 * asked again without the rules, which then come by the names of the sheets just listed, in
 * one more sync.
 */
export async function readBudgetTables(
  context: ExcelContext,
  options: ReadOptions,
): Promise<BudgetRead> {
  const { limits, onProgress } = options;
  const highlightSheets = options.highlightSheets ?? [];
  const highlights = options.highlightSheets !== undefined;
  onProgress?.({ phase: "finding-tables", rowsRead: 0, rowsTotal: 0 });
  const tables = context.workbook.tables;
  const worksheets = context.workbook.worksheets;
  const walk = Math.min(SHEETS_READ_FOR_RULES, options.sheetCount ?? SHEETS_READ_FOR_RULES);
  // A walk over every sheet also reads the tables' sheets and the highlight sheets.
  const walkReadsAll =
    options.sheetCount !== undefined && options.sheetCount <= SHEETS_READ_FOR_RULES;

  const queueFirst = (windows: Map<string, BodySize>, withRules: boolean) => {
    tables.load("items/name");
    // The sheet names cost no request of their own: next time the walk stops at the last sheet.
    if (highlights) worksheets.load("items/name");
    const beside = withRules && !walkReadsAll;
    const loads = tableSchema.map((spec) =>
      queueTable(
        tables.getItemOrNullObject(spec.name),
        windows.get(spec.name.toLowerCase()),
        beside,
      ),
    );
    const extra = withRules ? loadRulesOfFirstSheets(context, walk) : [];
    if (beside) {
      extra.push(...highlightSheets.map((name) => loadRules(worksheets.getItemOrNullObject(name))));
    }
    return { loads, extra };
  };

  const first = await syncFirstRequest(
    context,
    (withWindows, withRules) =>
      queueFirst(withWindows ? firstWindows(options) : new Map(), withRules),
    highlights,
  );

  const found = first.queued.loads.filter((load) => !load.table.isNullObject);
  const rules: RuleLoad[] = [
    ...found.flatMap((load) => (load.rules ? [load.rules] : [])),
    ...first.queued.extra,
  ];
  const sheetNames = highlights ? worksheets.items.map((sheet) => sheet.name) : undefined;
  if (sheetNames) {
    // Sheets whose rules the request did not bring: all when Excel refused them, else a table's
    // or highlight sheet that sheets added since the last check pushed past the walk.
    const read = new Set(
      rules.filter((load) => !load.sheet.isNullObject).map((load) => load.sheet.name.toLowerCase()),
    );
    const wanted = [
      ...(first.withRules ? [] : sheetNames.slice(0, SHEETS_READ_FOR_RULES)),
      ...found.map((load) => load.table.worksheet.name),
      ...highlightSheets,
    ];
    const unread = listedSheets(sheetNames, wanted).filter((name) => !read.has(name.toLowerCase()));
    if (unread.length > 0) {
      rules.push(...loadRulesOfListedSheets(context, unread));
      await context.sync();
    }
  }

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
  return { workbook: { tables: raws }, rules, sheetNames };
}
