import type { Finding } from "../domain/findings";
import type { FormSheet } from "../domain/form/form-sheet";
import type { RawWorkbook } from "../domain/workbook";
import { localAddress } from "../domain/cell-area";
import { officeHost, type EventRegistration, type ExcelBatch, type ExcelHost } from "./excel-api";
import { locateFinding } from "../domain/finding-location";
import { planHighlights, type HighlightPlan } from "./highlight-plan";
import { writeFormSheet, type FormSheetFeatures } from "./office-form-sheet";
import { redrawHighlights, type HighlightFeatures } from "./office-highlights";
import { setUpTables } from "./office-set-up";
import { readSchemaTables } from "./read-tables";
import { defaultReadLimits, type ReadLimits } from "./read-plan";
import { toWorkbookError, WorkbookError } from "./workbook-error";
import type {
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
  readLimits?: ReadLimits;
  /**
   * How long after the add-in's own write to ignore table change events. Excel can report a
   * write (conditional formats included) as a table change after the write's sync has
   * resolved; without this the pane would re-check after every highlight, for ever.
   */
  quietAfterWriteMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

const emptyPlan: HighlightPlan = { groups: [], highlighted: 0, unplaced: 0 };

/** The workbook port over the open Excel workbook, through Office.js. */
export class OfficeWorkbook implements WorkbookPort {
  readonly capabilities: PortCapabilities;
  private readonly host: ExcelHost;
  private readonly readLimits: ReadLimits;
  private readonly features: HighlightFeatures;
  private readonly formSheetFeatures: FormSheetFeatures;
  private readonly quietAfterWriteMs: number;
  private readonly now: () => number;
  private writing = 0;
  private quietUntil = 0;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.host = options.host ?? officeHost();
    this.readLimits = options.readLimits ?? defaultReadLimits;
    this.quietAfterWriteMs = options.quietAfterWriteMs ?? 500;
    this.now = options.now ?? Date.now;
    // The manifest requires SharedRuntime 1.1, which no Excel before ExcelApi 1.10 has (Excel
    // on the web, Microsoft 365 Version 2002, Excel 2021, Mac 16.35): conditional formats
    // (1.6), table events (1.7), data validation and quiet writes (1.8) and RangeAreas (1.9)
    // are everywhere the add-in loads.
    this.capabilities = { highlights: true, changeEvents: true, setUp: true };
    this.features = { toggleEvents: true };
    this.formSheetFeatures = { toggleEvents: true };
  }

  private async run<T>(action: string, batch: ExcelBatch<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (error) {
      throw toWorkbookError(error, action);
    }
  }

  /** A batch that writes: change events it causes are not passed on to listeners. */
  private async write<T>(action: string, batch: ExcelBatch<T>): Promise<T> {
    this.writing++;
    try {
      return await this.run(action, batch);
    } finally {
      this.writing--;
      this.quietUntil = this.now() + this.quietAfterWriteMs;
    }
  }

  readBudget(onProgress?: (progress: ReadProgress) => void): Promise<RawWorkbook> {
    return this.run("Reading the budget tables", (context) =>
      readSchemaTables(context, this.readLimits, onProgress),
    );
  }

  async showFindings(
    findings: readonly Finding[],
    workbook: RawWorkbook,
  ): Promise<HighlightSummary> {
    const plan = planHighlights(findings, workbook);
    const rules = await this.write("Highlighting the findings", (context) =>
      redrawHighlights(context, plan, this.features),
    );
    return { highlighted: plan.highlighted, unplaced: plan.unplaced, rules };
  }

  async clearHighlights(): Promise<void> {
    await this.write("Clearing the highlights", (context) =>
      redrawHighlights(context, emptyPlan, this.features),
    );
  }

  async selectCell(finding: Finding, workbook: RawWorkbook): Promise<void> {
    const location = locateFinding(finding, workbook);
    if (!location) {
      throw new WorkbookError(
        "not-found",
        finding.table
          ? `The workbook has no ${finding.table} table to go to.`
          : "This finding is about the whole budget, not a cell.",
      );
    }
    await this.run(`Going to ${location.address}`, async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(localAddress(location)).select();
      await context.sync();
    });
  }

  async setUpWorkbook(options: SetUpOptions): Promise<SetUpResult> {
    const template = workbookTemplate(options);
    return this.write("Setting up the budget workbook", (context) =>
      setUpTables(context, template, this.features.toggleEvents),
    );
  }

  writeFormSheet(sheet: FormSheet, options: WriteFormSheetOptions): Promise<WriteFormSheetResult> {
    return this.write(`Writing the ${sheet.name} sheet`, (context) =>
      writeFormSheet(context, sheet, options.replace, this.formSheetFeatures),
    );
  }

  async onTablesChanged(listener: (change: TablesChange) => void): Promise<Unsubscribe> {
    const deliver = (change: TablesChange): void => {
      if (this.writing > 0 || this.now() < this.quietUntil) return;
      listener(change);
    };
    const source = (from: string): TablesChange["source"] =>
      from === "Remote" ? "remote" : "local";
    const registrations = await this.run("Listening for table changes", async (context) => {
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
        throw toWorkbookError(error, "Stopping table change notifications");
      }
    };
  }
}
