import type { Finding, Severity } from "../domain/findings";
import type { FormSheet, SheetCell } from "../domain/form/form-sheet";
import {
  findTable,
  headerKey,
  type CellValue,
  type RawTable,
  type RawWorkbook,
} from "../domain/workbook";
import { areaAddress, type CellArea } from "../domain/cell-area";
import type { FormChartType } from "./excel-api";
import { locateFinding } from "../domain/finding-location";
import { chartTypeOf, formSheetHoldsTables } from "./form-sheet-plan";
import { planHighlights } from "./highlight-plan";
import { findingNotInSheet, WorkbookError } from "./workbook-error";
import { rateRowCells, type RateEntry } from "../domain/rates/rate-row";
import type {
  AddRateResult,
  CheckedWorkbook,
  CheckResult,
  HighlightSummary,
  PortCapabilities,
  ReadProgress,
  SetUpOptions,
  SetUpResult,
  TablesChange,
  Unsubscribe,
  WorkbookPort,
  WriteFormSheetOptions,
  WriteFormSheetResult,
} from "./workbook-port";
import { planSetUp } from "./set-up-plan";
import { workbookTemplate, type TemplateTable } from "./workbook-template";

/** One highlighted rectangle, as the in-memory workbook records it. */
export interface RecordedHighlight {
  severity: Severity;
  area: CellArea;
  /** e.g. "Partners!E3:E5". */
  address: string;
}

/** The Form summary sheet as the in-memory workbook holds it, for a preview to draw. */
export interface WrittenFormSheet {
  name: string;
  rows: SheetCell[][];
  columnWidths: number[];
  charts: WrittenChart[];
}

/** A chart as Excel would draw it from its block: one bar or column per label. */
export interface WrittenChart {
  title: string;
  type: FormChartType;
  labels: string[];
  amounts: number[];
}

export interface InMemoryWorkbookOptions {
  /** Sheets the workbook has besides those of its tables (for set-up conflicts). */
  otherSheets?: readonly string[];
  /** Switch features off to show how the pane copes with an older Excel. */
  capabilities?: Partial<PortCapabilities>;
}

function copyTable(table: RawTable): RawTable {
  return {
    ...table,
    headers: [...table.headers],
    rows: table.rows.map((row) =>
      row.map((cell) => (typeof cell === "object" && cell !== null ? { ...cell } : cell)),
    ),
  };
}

/**
 * The workbook port over a RawWorkbook held in memory: the browser preview, the task pane's
 * tests and demos run the real pane on it. It records what Excel would show (highlights, the
 * selection, the tables set-up created) so a page or a test can display or assert it, and
 * lets a caller edit cells as a user would, which notifies change listeners.
 */
export class InMemoryWorkbook implements WorkbookPort {
  readonly capabilities: PortCapabilities;
  private tables: RawTable[];
  private readonly sheets: string[];
  private highlightList: RecordedHighlight[] = [];
  private selected?: { sheet: string; address: string; area: CellArea };
  private readonly listeners = new Set<(change: TablesChange) => void>();
  private readonly calculatedListeners = new Set<() => void>();
  private readonly createdTables: TemplateTable[] = [];
  private pendingFailure?: WorkbookError;
  private writtenFormSheet?: WrittenFormSheet;

  constructor(workbook: RawWorkbook = { tables: [] }, options: InMemoryWorkbookOptions = {}) {
    this.tables = workbook.tables.map(copyTable);
    this.sheets = [...(options.otherSheets ?? [])];
    this.capabilities = {
      highlights: true,
      changeEvents: true,
      setUp: true,
      downloads: true,
      ...options.capabilities,
    };
  }

  /** The add-in's highlights now in the workbook, most severe first. */
  get highlights(): readonly RecordedHighlight[] {
    return this.highlightList;
  }

  /** The cells selected by the last selectCell. */
  get selection(): { sheet: string; address: string; area: CellArea } | undefined {
    return this.selected;
  }

  /** Every sheet name: tables' sheets first, then the others. */
  get sheetNames(): string[] {
    const names = [...this.tables.map((table) => table.sheet), ...this.sheets];
    return names.filter(
      (name, index) =>
        names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index,
    );
  }

  /** The tables set-up created, with their formulas, formats and dropdowns. */
  get setUpTables(): readonly TemplateTable[] {
    return this.createdTables;
  }

  /** The Form summary sheet the last writeFormSheet wrote, with its charts. */
  get formSheet(): WrittenFormSheet | undefined {
    return this.writtenFormSheet;
  }

  /** A copy of the workbook's tables as they are now. */
  snapshot(): RawWorkbook {
    return { tables: this.tables.map(copyTable) };
  }

  /** Replaces the whole workbook (e.g. another example); highlights and selection go. */
  load(workbook: RawWorkbook): void {
    this.tables = workbook.tables.map(copyTable);
    this.highlightList = [];
    this.selected = undefined;
    this.notify({ kind: "changed", source: "local" });
  }

  /**
   * Types a value into a cell as a user would: `row` is the 1-based data row (one past the
   * last adds a row), `column` a header as the workbook spells it. Notifies listeners.
   */
  setCell(tableName: string, row: number, column: string, value: CellValue): void {
    const table = findTable({ tables: this.tables }, tableName);
    if (!table) throw new WorkbookError("not-found", `The workbook has no ${tableName} table.`);
    const index = table.headers.findIndex((header) => headerKey(header) === headerKey(column));
    if (index < 0) {
      throw new WorkbookError("not-found", `The ${tableName} table has no ${column} column.`);
    }
    if (row < 1 || row > table.rows.length + 1) {
      throw new WorkbookError("not-found", `The ${tableName} table has no row ${row}.`);
    }
    if (row === table.rows.length + 1) table.rows.push(table.headers.map(() => null));
    (table.rows[row - 1] as CellValue[])[index] = value;
    const cell = {
      sheet: table.sheet,
      top: table.headerRow + row,
      left: table.firstColumn + index,
    };
    this.notify({
      kind: "changed",
      address: areaAddress({ ...cell, bottom: cell.top, right: cell.left }),
      source: "local",
    });
  }

  /** Makes the next port call reject with `error`, to show how the pane reports failures. */
  failNextCall(error: WorkbookError): void {
    this.pendingFailure = error;
  }

  private checkFailure(): void {
    const failure = this.pendingFailure;
    if (failure) {
      this.pendingFailure = undefined;
      throw failure;
    }
  }

  private notify(change: TablesChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  private require(capability: keyof PortCapabilities): void {
    if (!this.capabilities[capability]) {
      throw new WorkbookError("unsupported", `This workbook cannot do that (${capability}).`);
    }
  }

  async readBudget(onProgress?: (progress: ReadProgress) => void): Promise<RawWorkbook> {
    this.checkFailure();
    onProgress?.({ phase: "finding-tables", rowsRead: 0, rowsTotal: 0 });
    const workbook = this.snapshot();
    const rowsTotal = workbook.tables.reduce((sum, table) => sum + table.rows.length, 0);
    let rowsRead = 0;
    onProgress?.({ phase: "reading-rows", rowsRead, rowsTotal });
    for (const table of workbook.tables) {
      rowsRead += table.rows.length;
      onProgress?.({ phase: "reading-rows", rowsRead, rowsTotal });
    }
    return workbook;
  }

  async checkAndHighlight<T extends CheckResult>(
    check: (workbook: RawWorkbook) => Promise<T>,
    onProgress?: (progress: ReadProgress) => void,
  ): Promise<CheckedWorkbook<T>> {
    const workbook = await this.readBudget(onProgress);
    const result = await check(workbook);
    const highlights = this.capabilities.highlights
      ? await this.showFindings(result.findings, workbook)
      : undefined;
    return { workbook, result, highlights };
  }

  async showFindings(
    findings: readonly Finding[],
    workbook: RawWorkbook,
  ): Promise<HighlightSummary> {
    this.checkFailure();
    this.require("highlights");
    const plan = planHighlights(findings, workbook);
    this.highlightList = plan.groups.flatMap((group) =>
      group.areas.map((area) => ({
        severity: group.severity,
        area: { ...area },
        address: areaAddress(area),
      })),
    );
    return { highlighted: plan.highlighted, unplaced: plan.unplaced, rules: plan.groups.length };
  }

  async clearHighlights(): Promise<void> {
    this.checkFailure();
    this.require("highlights");
    this.highlightList = [];
  }

  async selectCell(finding: Finding, workbook: RawWorkbook): Promise<void> {
    this.checkFailure();
    const location = locateFinding(finding, workbook);
    if (!location) {
      throw findingNotInSheet(finding.table);
    }
    const { sheet, top, left, bottom, right } = location;
    this.selected = { sheet, address: location.address, area: { sheet, top, left, bottom, right } };
  }

  async setUpWorkbook(options: SetUpOptions): Promise<SetUpResult> {
    this.checkFailure();
    this.require("setUp");
    const template = workbookTemplate(options);
    const plan = planSetUp(
      template,
      this.tables.map((table) => table.name),
      this.sheetNames,
    );
    for (const table of plan.create) {
      this.tables.push({
        name: table.name,
        sheet: table.sheet,
        headerRow: 1,
        firstColumn: 1,
        headers: table.columns.map((column) => column.header),
        rows: table.rows.map((row) => [...row]),
      });
      this.createdTables.push(table);
    }
    const result: SetUpResult = {
      created: plan.create.map((table) => table.name),
      skipped: plan.skipped,
      conflicts: plan.conflicts,
    };
    return result;
  }

  async writeFormSheet(
    sheet: FormSheet,
    options: WriteFormSheetOptions,
  ): Promise<WriteFormSheetResult> {
    this.checkFailure();
    const isFormSheet = (name: string) => name.toLowerCase() === sheet.name.toLowerCase();
    const existing = this.sheetNames.find(isFormSheet);
    if (existing !== undefined) {
      const held = this.tables.filter((table) => isFormSheet(table.sheet));
      if (held.length > 0) {
        throw formSheetHoldsTables(
          existing,
          held.map((table) => table.name),
        );
      }
      if (!options.replace) return { written: false, existed: true };
      this.sheets.splice(this.sheets.indexOf(existing), 1);
    }
    this.sheets.push(sheet.name);
    // A copy, so later changes to the caller's layout do not change what was written.
    const rows = sheet.rows.map((row) => row.map((cell) => ({ ...cell })));
    this.writtenFormSheet = {
      name: sheet.name,
      rows,
      columnWidths: [...sheet.columnWidths],
      charts: sheet.charts
        .filter((block) => block.rows > 0)
        .map((block) => {
          const data = rows.slice(block.firstRow, block.firstRow + block.rows);
          return {
            title: block.title,
            type: chartTypeOf(block),
            labels: data.map((row) => String(row[0]?.value ?? "")),
            amounts: data.map((row) => Number(row[1]?.value ?? 0)),
          };
        }),
    };
    return { written: true, existed: existing !== undefined };
  }

  async addRate(entry: RateEntry): Promise<AddRateResult> {
    this.checkFailure();
    const table = findTable({ tables: this.tables }, "Rates");
    if (!table) return { added: false, missing: "table" };
    const cells = rateRowCells(table.headers, entry);
    if (!cells) return { added: false, missing: "columns" };
    table.rows.push(cells);
    const row = table.rows.length;
    const top = table.headerRow + row;
    this.notify({
      kind: "changed",
      address: areaAddress({
        sheet: table.sheet,
        top,
        bottom: top,
        left: table.firstColumn,
        right: table.firstColumn + table.headers.length - 1,
      }),
      source: "local",
    });
    return { added: true, row };
  }

  /** Excel finished calculating (e.g. #BUSY! cells got their results): tells the listeners. */
  finishCalculation(): void {
    for (const listener of [...this.calculatedListeners]) listener();
  }

  async onCalculated(listener: () => void): Promise<Unsubscribe> {
    this.calculatedListeners.add(listener);
    return async () => {
      this.calculatedListeners.delete(listener);
    };
  }

  async onTablesChanged(listener: (change: TablesChange) => void): Promise<Unsubscribe> {
    this.checkFailure();
    this.require("changeEvents");
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }
}
