import type { Finding } from "../domain/findings";
import type { FormSheet } from "../domain/form/form-sheet";
import type { TableName } from "../domain/table-schema";
import type { RawWorkbook } from "../domain/workbook";
import type { ActionCode, SpField, SpFormat } from "../rules";

/**
 * The one interface between the task pane and a workbook (docs/architecture.md). The Office
 * adapter implements it over Excel; InMemoryWorkbook implements it over a RawWorkbook for the
 * browser preview and the UI's tests. Every method rejects with a WorkbookError, never with
 * a bare Error, so the pane can always show a sentence.
 */
export interface WorkbookPort {
  /** What this workbook can do; the pane hides what it cannot (e.g. "check as I type"). */
  readonly capabilities: PortCapabilities;

  /**
   * Reads every table of the schema that the workbook has (matched by name as the checker
   * matches it), with all their columns; other tables are not read. Pass the result to
   * `checkBudget`. `onProgress` is called as rows arrive, for a progress bar.
   */
  readBudget(onProgress?: (progress: ReadProgress) => void): Promise<RawWorkbook>;

  /**
   * What Check does: reads the budget, runs `check` on it and highlights the findings it
   * returns, in one conversation with the workbook. In Excel that is one read (the tables and
   * the add-in's highlights beside them) and one write, or no write at all when the
   * highlights already show these findings; so a check that changes nothing writes nothing.
   * `highlights` is undefined where the workbook cannot highlight (capabilities.highlights).
   */
  checkAndHighlight<T extends CheckResult>(
    check: (workbook: RawWorkbook) => Promise<T>,
    onProgress?: (progress: ReadProgress) => void,
  ): Promise<CheckedWorkbook<T>>;

  /**
   * Replaces the add-in's highlights with one for each finding that points at cells of
   * `workbook` (the RawWorkbook the findings were computed from). Leaves every value,
   * formula and user format as it was. Calling it twice with the same input gives the same
   * workbook state.
   */
  showFindings(findings: readonly Finding[], workbook: RawWorkbook): Promise<HighlightSummary>;

  /** Removes the add-in's highlights, and only those. */
  clearHighlights(): Promise<void>;

  /**
   * Goes to the cells a finding points at: activates their sheet and selects them. Rejects
   * with kind "not-found" when the finding points at no cell of `workbook`.
   */
  selectCell(finding: Finding, workbook: RawWorkbook): Promise<void>;

  /**
   * Creates whichever schema tables are missing, each on its own sheet, with headers, number
   * formats, the KA2 formulas of computed columns and dropdowns; the Project table is filled
   * from `options`. Never touches an existing table; a sheet that already has a table's
   * sheet name is reported in `conflicts` and left alone.
   */
  setUpWorkbook(options: SetUpOptions): Promise<SetUpResult>;

  /**
   * Calls `listener` when a table's data changes or a table is added or deleted. Changes are
   * hints: they may come late, in bursts or not at all, so re-read before checking, and
   * debounce in the pane. The add-in's own writes (highlights, set-up) are not reported.
   * Resolves once listening; the returned function stops it.
   */
  onTablesChanged(listener: (change: TablesChange) => void): Promise<Unsubscribe>;

  /**
   * Calls `listener` when Excel has finished calculating (a sheet's calculation completed),
   * e.g. after a #BUSY! cell got its result. A hint like onTablesChanged. Rejects with kind
   * "unsupported" where the workbook cannot tell (Excel: ExcelApi 1.8); then wait a moment.
   */
  onCalculated(listener: () => void): Promise<Unsubscribe>;

  /**
   * Writes `sheet` (formSheet(applicationForm(check))) as a new sheet with a native chart for
   * each of its chart blocks, and activates it. When a sheet of that name exists and `replace`
   * is false, writes nothing and resolves `{ written: false, existed: true }`: ask the user,
   * then call again with `replace: true`, which replaces that sheet and no other. Rejects with
   * kind "protected" when that sheet holds a table: it is the user's, not an earlier export.
   */
  writeFormSheet(sheet: FormSheet, options: WriteFormSheetOptions): Promise<WriteFormSheetResult>;
}

/** What a check hands back: at least the findings to highlight. */
export interface CheckResult {
  findings: readonly Finding[];
}

export interface CheckedWorkbook<T extends CheckResult> {
  workbook: RawWorkbook;
  result: T;
  highlights?: HighlightSummary;
}

export interface WriteFormSheetOptions {
  /** Replace an existing sheet of the same name (after the user said yes). */
  replace: boolean;
}

export interface WriteFormSheetResult {
  written: boolean;
  /** A sheet of that name was there before the call. */
  existed: boolean;
}

export interface PortCapabilities {
  /** showFindings and clearHighlights work (Excel: ExcelApi 1.6 conditional formats). */
  highlights: boolean;
  /** onTablesChanged reports changes (Excel: ExcelApi 1.7 table events). */
  changeEvents: boolean;
  /** setUpWorkbook works (Excel: ExcelApi 1.8 data validation). */
  setUp: boolean;
  /**
   * The pane can save a file through a download link (not in Excel on Mac, whose web view
   * ignores it): the pane offers CSV and JSON downloads only then.
   */
  downloads: boolean;
}

export interface ReadProgress {
  /** "finding-tables" before any row is read; then "reading-rows" after each batch. */
  phase: "finding-tables" | "reading-rows";
  rowsRead: number;
  /** Data rows of all schema tables found; 0 until the tables are found. */
  rowsTotal: number;
}

export interface HighlightSummary {
  /** Findings that got a highlight. */
  highlighted: number;
  /** Findings that point at no cell (no table, or a table the workbook lacks). */
  unplaced: number;
  /** Conditional-format rules (or equivalent marks) the add-in now owns. */
  rules: number;
}

export interface SetUpOptions {
  action: ActionCode;
  /** Project duration in months, a whole number. */
  months: number;
  title?: string;
  /** Strategic Partnerships only; default "standard". */
  format?: SpFormat;
  /** Strategic Partnerships only: the field (youth has rules of its own); default blank. */
  field?: SpField;
}

export interface SetUpConflict {
  table: TableName;
  /** The sheet name the table would have gone on. */
  sheet: string;
  /** One sentence for the user. */
  message: string;
}

export interface SetUpResult {
  /** Tables created, in schema order. */
  created: TableName[];
  /** Tables the workbook already had: left exactly as they were. */
  skipped: TableName[];
  /** Tables not created because their sheet name is taken. */
  conflicts: SetUpConflict[];
}

export interface TablesChange {
  kind: "changed" | "added" | "deleted";
  /** The changed cells (e.g. "Partners!C4"), when Excel says. */
  address?: string;
  /** "remote" when a co-author made the change. */
  source: "local" | "remote";
}

export type Unsubscribe = () => Promise<void>;
