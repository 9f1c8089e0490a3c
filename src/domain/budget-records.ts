import type { BudgetModel } from "./budget-check";
import { BudgetLines } from "./budget-lines";
import type {
  Activity,
  CheckContext,
  Meeting,
  MultiplierEvent,
  OtherCost,
  OutputLine,
  Partner,
  Project,
} from "./model";
import { checkActivities } from "./tables/activities";
import { AmountGaps } from "./tables/amount-gaps";
import { checkEvents } from "./tables/events";
import { checkMeetings } from "./tables/meetings";
import { checkOtherCosts } from "./tables/other-costs";
import { checkOutputs } from "./tables/outputs";

/** The line tables' rows: what the check does not keep. */
type LineRecords = Omit<BudgetModel, "project" | "partners">;

/**
 * The rows of the line tables as domain objects, read from the workbook when first asked for
 * (the application form export, tests). The check keeps no object per row: at 100,000 rows
 * such objects outlive the garbage collector's young generation and cost more to keep than
 * the rest of the check (bench/README.md). Reading again runs the same table checks over the
 * same workbook, rulebook and partners, so the records are the ones the check priced; what
 * those checks report is dropped, since the check reported it already.
 */
export class BudgetRecords implements BudgetModel {
  readonly project: Project;
  readonly partners: Partner[];
  private records?: LineRecords;

  constructor(private readonly context: CheckContext) {
    this.project = context.project;
    this.partners = [...context.partners.values()];
  }

  get meetings(): Meeting[] {
    return this.read().meetings;
  }

  get outputs(): OutputLine[] {
    return this.read().outputs;
  }

  get events(): MultiplierEvent[] {
    return this.read().events;
  }

  get activities(): Activity[] {
    return this.read().activities;
  }

  get otherCosts(): OtherCost[] {
    return this.read().otherCosts;
  }

  private read(): LineRecords {
    if (this.records) return this.records;
    const { rulebook, workbook, project, partnersReadable, partners, categories, places } =
      this.context;
    const again: CheckContext = {
      rulebook,
      workbook,
      project,
      findings: [],
      lines: new BudgetLines(),
      partnersReadable,
      partners,
      outputs: new Set(),
      categories,
      places,
      amountGaps: new AmountGaps(),
    };
    const records: LineRecords = {
      meetings: [],
      outputs: [],
      events: [],
      activities: [],
      otherCosts: [],
    };
    // In the check's order: events read the outputs the Outputs table named.
    checkMeetings(again, records.meetings);
    checkOutputs(again, records.outputs);
    checkEvents(again, records.events);
    checkActivities(again, records.activities);
    checkOtherCosts(again, records.otherCosts);
    this.records = records;
    return records;
  }
}
