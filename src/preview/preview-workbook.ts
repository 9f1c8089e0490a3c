import type { Finding } from "../domain/findings";
import type { FormSheet } from "../domain/form/form-sheet";
import type { CellValue, RawWorkbook } from "../domain/workbook";
import { InMemoryWorkbook } from "../excel/in-memory-workbook";
import type { RateEntry } from "../domain/rates/rate-row";
import type {
  AddRateResult,
  HighlightSummary,
  SetUpOptions,
  SetUpResult,
  WriteFormSheetOptions,
  WriteFormSheetResult,
} from "../excel/workbook-port";

/**
 * The in-memory workbook the preview runs the pane on, telling the page whenever what Excel
 * would show changes (highlights, selection, cells, new tables or sheets), so the page can
 * draw the sheet beside the pane.
 */
export class PreviewWorkbook extends InMemoryWorkbook {
  private readonly watchers = new Set<() => void>();
  private shownTables?: RawWorkbook;

  /**
   * The tables as the page draws them: one copy, made again only when cells or tables change
   * (not on every highlight or selection; a copy of thousands of rows takes a while).
   */
  tablesNow(): RawWorkbook {
    this.shownTables ??= this.snapshot();
    return this.shownTables;
  }

  /** Calls `watcher` after every change the page should draw; returns the way to stop. */
  watch(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private changed(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  /** Tells the watchers once `work` is done; `cellsKept` when it cannot change a cell. */
  private async after<T>(work: Promise<T>, cellsKept = false): Promise<T> {
    try {
      return await work;
    } finally {
      if (!cellsKept) this.shownTables = undefined;
      this.changed();
    }
  }

  override load(workbook: RawWorkbook): void {
    this.shownTables = undefined;
    super.load(workbook);
    this.changed();
  }

  override setCell(tableName: string, row: number, column: string, value: CellValue): void {
    this.shownTables = undefined;
    super.setCell(tableName, row, column, value);
    this.changed();
  }

  override showFindings(
    findings: readonly Finding[],
    workbook: RawWorkbook,
  ): Promise<HighlightSummary> {
    return this.after(super.showFindings(findings, workbook), true);
  }

  override clearHighlights(): Promise<void> {
    return this.after(super.clearHighlights(), true);
  }

  override selectCell(finding: Finding, workbook: RawWorkbook): Promise<void> {
    return this.after(super.selectCell(finding, workbook), true);
  }

  override setUpWorkbook(options: SetUpOptions): Promise<SetUpResult> {
    return this.after(super.setUpWorkbook(options));
  }

  override addRate(entry: RateEntry): Promise<AddRateResult> {
    return this.after(super.addRate(entry));
  }

  override writeFormSheet(
    sheet: FormSheet,
    options: WriteFormSheetOptions,
  ): Promise<WriteFormSheetResult> {
    return this.after(super.writeFormSheet(sheet, options));
  }
}
