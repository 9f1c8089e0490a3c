import {
  BudgetCategory,
  type ActionCode,
  type Rulebook,
  type SpField,
  type SpFormat,
} from "../rules";
import type { BudgetLines } from "./budget-lines";
import type { CountryCode } from "./countries";
import type { Finding } from "./findings";
import type {
  Activity,
  Meeting,
  MultiplierEvent,
  OtherCost,
  OutputLine,
  Partner,
  Project,
} from "./model";
import type { FigureToConfirm } from "./rates/figures-to-confirm";
import type { TableName } from "./table-schema";

/** Eligible amounts per category with caps applied, the project total and its maximum grant. */
export interface Totals {
  management: number;
  meetings: number;
  outputs: number;
  events: number;
  travel: number;
  support: number;
  linguistic: number;
  exceptional: number;
  specialNeeds: number;
  total: number;
  maxGrant: number;
}

/** One eligible amount the rulebook gives for one cell of a table (before caps). */
export interface BudgetLine {
  table: TableName;
  row: number;
  /** The amount column this line is for (Management, Amount, Travel …). */
  column: string;
  category: BudgetCategory;
  /** ID of the organisation the money goes to. */
  partner: string;
  amount: number;
  /** The eligible amount after caps, cut pro rata where a cap applies. */
  granted: number;
  /** The amount stored in the workbook, where there was one. */
  stored?: number;
  /**
   * Ids of the rulebook figures the amount was computed from and the caps it is held against
   * (`meetings.bands.1.amount`, `meetings.capPerProjectYear`), as a Rates row names them.
   * Lines computed from the same figures share one frozen list.
   */
  figures: readonly string[];
}

/** How much of a cap the budget uses. */
export interface CapUsage {
  /** "grant", "management", "meetings-year-1", "events", "exceptional". */
  id: string;
  label: string;
  requested: number;
  limit: number;
  /** What the rulebook grants: min(requested, limit). */
  granted: number;
}

export interface ProjectSummary {
  title?: string;
  action?: ActionCode;
  format?: SpFormat;
  /** SP only: the field of education, training or youth, when the Field setting names one. */
  field?: SpField;
  months?: number;
  partners: number;
  countries: CountryCode[];
}

/** Everything a check of a budget workbook produces. */
export interface BudgetCheck {
  action?: ActionCode;
  rulebook: string;
  months?: number;
  project: ProjectSummary;
  totals: Totals;
  caps: CapUsage[];
  /** Every eligible line, as columns (`lines.at(i)` or iteration give `BudgetLine` objects). */
  lines: BudgetLines;
  /** Ids of the rulebook figures the Rates table replaced. */
  overridden: string[];
  /**
   * The rulebook the check applied: the call year's, with the Rates table's figures in place.
   * Left out by results made elsewhere (tests, older callers): then the call year's own.
   */
  appliedRulebook?: Rulebook;
  /** The unverified [M] figures the lines rest on and the Rates table did not set, largest first. */
  figures: FigureToConfirm[];
  /**
   * The rows that could be read, as domain objects (rows with unusable cells are left out).
   * The line tables' rows are read again from the workbook when first asked for: the check
   * keeps no object per row (src/domain/budget-records.ts).
   */
  budget: BudgetModel;
  findings: Finding[];
}

export interface BudgetModel {
  project: Project;
  partners: Partner[];
  meetings: Meeting[];
  outputs: OutputLine[];
  events: MultiplierEvent[];
  activities: Activity[];
  otherCosts: OtherCost[];
}

/** The budget categories in the order of the application form (the rulebook's enum order). */
export const totalCategories: readonly BudgetCategory[] = BudgetCategory.options;
