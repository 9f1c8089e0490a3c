import type { Finding } from "../domain/findings";
import type { FormSheet } from "../domain/form/form-sheet";
import type { RawWorkbook } from "../domain/workbook";
import { localAddress } from "../domain/cell-area";
import {
  officeHost,
  type EventRegistration,
  type ExcelBatch,
  type ExcelContext,
  type ExcelHost,
} from "./excel-api";
import { locateFinding } from "../domain/finding-location";
import { planHighlights } from "./highlight-plan";
import { downloadsWork } from "./host-platform";
import { writeFormSheet, type FormSheetFeatures } from "./office-form-sheet";
import {
  loadRules,
  loadRulesOfEverySheet,
  ownRules,
  plannedRules,
  queueRedraw,
  type PlannedRule,
  type SheetRules,
} from "./office-highlights";
import { setUpTables } from "./office-set-up";
import { readBudgetTables } from "./read-tables";
import { defaultReadLimits, type KnownBody, type ReadLimits } from "./read-plan";
import { findingNotInSheet, toWorkbookError, type WorkbookAction } from "./workbook-error";
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
import { workbookTemplate } from "./workbook-template";

export interface OfficeWorkbookOptions {
  /** Excel.run and the requirement-set check; the real Excel by default. */
  host?: ExcelHost;
  /** Any limit left out is the default one (read-plan.ts). */
  readLimits?: Partial<ReadLimits>;
}

/**
 * Every batch waits while the user edits a cell instead of failing (a check started from the
 * pane, or by a change event, would otherwise fail with "Excel is editing a cell").
 */
const runOptions = { delayForCellEdit: true };

/** The workbook port over the open Excel workbook, through Office.js. */
export class OfficeWorkbook implements WorkbookPort {
  readonly capabilities: PortCapabilities;
  private readonly host: ExcelHost;
  private readonly readLimits: ReadLimits;
  private readonly formSheetFeatures: FormSheetFeatures;
  /** Body size per table at the last read: which tables need reading in chunks. */
  private readonly knownSizes = new Map<string, KnownBody>();
  /** Sheets the add-in drew on or found its rules on, beside the tables' own sheets. */
  private readonly highlightSheets = new Set<string>();
  /** Sheets in the workbook at the last check: where the next check's sheet walk stops. */
  private sheetCount?: number;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.host = options.host ?? officeHost();
    this.readLimits = { ...defaultReadLimits, ...options.readLimits };
    // The manifest requires SharedRuntime 1.1, which no Excel before ExcelApi 1.10 has (Excel
    // on the web, Microsoft 365 Version 2002, Excel 2021, Mac 16.35): conditional formats
    // (1.6), table events (1.7), data validation, calculation events and quiet writes (1.8)
    // and RangeAreas (1.9) are everywhere the add-in loads.
    this.capabilities = {
      highlights: true,
      changeEvents: true,
      setUp: true,
      downloads: downloadsWork(this.host.platform),
    };
    this.formSheetFeatures = { toggleEvents: true };
  }

  private async run<T>(action: WorkbookAction, batch: ExcelBatch<T>): Promise<T> {
    try {
      return await this.host.run(batch, runOptions);
    } catch (error) {
      throw toWorkbookError(error, action);
    }
  }

  /** Writes what turns the present rules into `planned` (nothing when equal); remembers sheets. */
  private async redraw(
    context: ExcelContext,
    present: Map<string, SheetRules>,
    planned: readonly PlannedRule[],
  ): Promise<void> {
    if (queueRedraw(context, present, planned)) await context.sync();
    this.highlightSheets.clear();
    for (const rule of planned) this.highlightSheets.add(rule.sheet);
  }

  readBudget(onProgress?: (progress: ReadProgress) => void): Promise<RawWorkbook> {
    return this.run("read", async (context) => {
      const read = await readBudgetTables(context, {
        limits: this.readLimits,
        knownSizes: this.knownSizes,
        onProgress,
      });
      return read.workbook;
    });
  }

  async checkAndHighlight<T extends CheckResult>(
    check: (workbook: RawWorkbook) => Promise<T>,
    onProgress?: (progress: ReadProgress) => void,
  ): Promise<CheckedWorkbook<T>> {
    return this.run("check", async (context) => {
      // One request reads the tables and the add-in's rules beside them ...
      const read = await readBudgetTables(context, {
        limits: this.readLimits,
        knownSizes: this.knownSizes,
        highlightSheets: [...this.highlightSheets],
        sheetCount: this.sheetCount,
        onProgress,
      });
      this.sheetCount = read.sheetNames?.length;
      const result = await check(read.workbook);
      const plan = planHighlights(result.findings, read.workbook);
      const planned = plannedRules(plan);
      // ... and one writes the difference, if there is any.
      await this.redraw(context, ownRules(read.rules), planned);
      const highlights = {
        highlighted: plan.highlighted,
        unplaced: plan.unplaced,
        rules: planned.length,
      };
      return { workbook: read.workbook, result, highlights };
    });
  }

  async showFindings(
    findings: readonly Finding[],
    workbook: RawWorkbook,
  ): Promise<HighlightSummary> {
    const plan = planHighlights(findings, workbook);
    const planned = plannedRules(plan);
    await this.run("highlight", async (context) => {
      const sheets = new Set([...this.highlightSheets, ...planned.map((rule) => rule.sheet)]);
      const loads = [...sheets].map((name) =>
        loadRules(context.workbook.worksheets.getItemOrNullObject(name)),
      );
      await context.sync();
      await this.redraw(context, ownRules(loads), planned);
    });
    return { highlighted: plan.highlighted, unplaced: plan.unplaced, rules: planned.length };
  }

  async clearHighlights(): Promise<void> {
    // Every sheet, not only the tables' ones: rules may be left from an earlier session.
    await this.run("clear", async (context) => {
      const loads = await loadRulesOfEverySheet(context);
      await context.sync();
      await this.redraw(context, ownRules(loads), []);
    });
  }

  async selectCell(finding: Finding, workbook: RawWorkbook): Promise<void> {
    const location = locateFinding(finding, workbook);
    if (!location) {
      throw findingNotInSheet(finding.table);
    }
    await this.run("select", async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(localAddress(location)).select();
      await context.sync();
    });
  }

  async setUpWorkbook(options: SetUpOptions): Promise<SetUpResult> {
    const template = workbookTemplate(options);
    return this.run("set-up", (context) => setUpTables(context, template, true));
  }

  writeFormSheet(sheet: FormSheet, options: WriteFormSheetOptions): Promise<WriteFormSheetResult> {
    return this.run("write-sheet", (context) =>
      writeFormSheet(context, sheet, options.replace, this.formSheetFeatures),
    );
  }

  async addRate(entry: RateEntry): Promise<AddRateResult> {
    return this.run("add-rate", async (context) => {
      // One read: is there a Rates table, its headers and its size ...
      const table = context.workbook.tables.getItemOrNullObject("Rates");
      table.columns.load("items/name");
      const body = table.getDataBodyRange();
      body.load("rowCount");
      await context.sync();
      if (table.isNullObject) return { added: false, missing: "table" };
      const cells = rateRowCells(
        table.columns.items.map((column) => column.name),
        entry,
      );
      if (!cells) return { added: false, missing: "columns" };
      // ... and one write: the new row. A null cell is left as Excel makes it (a calculated
      // column's formula); Office documents null so for 2-D value arrays, the types do not.
      table.rows.add(undefined, [cells as (string | number | boolean)[]]);
      await context.sync();
      return { added: true, row: body.rowCount + 1 };
    });
  }

  async onCalculated(listener: () => void): Promise<Unsubscribe> {
    const registration = await this.run("listen-calculated", async (context) => {
      const added = context.workbook.worksheets.onCalculated.add(async () => listener());
      await context.sync();
      return added;
    });
    return this.unsubscriber([registration], "stop-calculated");
  }

  async onTablesChanged(listener: (change: TablesChange) => void): Promise<Unsubscribe> {
    // Every change is passed on, the add-in's own writes included: a check that follows one
    // finds the highlights as planned and writes nothing, so checks cannot loop.
    const deliver = (change: TablesChange): void => listener(change);
    const source = (from: string): TablesChange["source"] =>
      from === "Remote" ? "remote" : "local";
    const registrations = await this.run("listen-changes", async (context) => {
      const tables = context.workbook.tables;
      const added: EventRegistration[] = [
        tables.onChanged.add(async (event) =>
          deliver({ kind: "changed", address: event.address, source: source(event.source) }),
        ),
        tables.onAdded.add(async (event) =>
          deliver({ kind: "added", source: source(event.source) }),
        ),
        tables.onDeleted.add(async (event) =>
          deliver({ kind: "deleted", source: source(event.source) }),
        ),
      ];
      await context.sync();
      return added;
    });

    return this.unsubscriber(registrations, "stop-changes");
  }

  /** Removes `registrations` in Excel, once, however often it is called. */
  private unsubscriber(
    registrations: readonly EventRegistration[],
    action: WorkbookAction,
  ): Unsubscribe {
    let removed = false;
    return async () => {
      const first = registrations[0];
      if (removed || !first) return;
      removed = true;
      try {
        await this.host.runIn(first, async (context) => {
          for (const registration of registrations) registration.remove();
          await context.sync();
        });
      } catch (error) {
        throw toWorkbookError(error, action);
      }
    };
  }
}
