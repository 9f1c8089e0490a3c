import type {
  ActionCode,
  ActivityType,
  BudgetCategory,
  PartnerType,
  Rulebook,
  SpField,
  SpFormat,
  StaffCategory,
} from "../rules";
import type { BudgetLines } from "./budget-lines";
import type { CountryCode } from "./countries";
import type { Finding } from "./findings";
import type { Place, PlaceLookup } from "./places";
import type { OtherCostKind, Role } from "./vocabulary";
import type { RawWorkbook } from "./workbook";
import type { AmountGaps } from "./tables/amount-gaps";

/** The budget's domain objects, as read from the tables. Every field was validated. */

export interface Project {
  action: ActionCode;
  /** False when the Action setting was missing or unknown and SP was assumed. */
  actionKnown: boolean;
  format: SpFormat;
  /** SP only: the field of education, training or youth; undefined when blank (not youth). */
  field?: SpField;
  months?: number;
  /** Data row of the Months setting, for pointing at it. */
  monthsRow?: number;
  rulebookYear: string;
  title?: string;
}

export interface Partner {
  row: number;
  id: string;
  organisation?: string;
  /** Undefined when the country cell could not be resolved (a finding says so). */
  country?: CountryCode;
  type?: PartnerType;
  role?: Role;
  /** Months of participation; the project's duration when the cell is blank. */
  months?: number;
}

/** The places a line's distance was computed between, when its DistanceKm cell was blank. */
export interface Route {
  from: Place;
  to: Place;
}

export interface Meeting {
  row: number;
  id: string;
  partner: Partner;
  year: number;
  participants: number;
  /** The typed DistanceKm, or the whole km between From and To (then `route` is set). */
  distanceKm: number;
  route?: Route;
}

export interface OutputLine {
  row: number;
  output: string;
  partner: Partner;
  category: StaffCategory;
  days: number;
}

export interface MultiplierEvent {
  row: number;
  id: string;
  output: string;
  partner: Partner;
  local: number;
  foreign: number;
}

export interface Activity {
  row: number;
  id: string;
  type: ActivityType;
  partner: Partner;
  host?: Partner;
  participants: number;
  /** The typed DistanceKm, or the whole km between From and To (then `route` is set). */
  distanceKm: number;
  route?: Route;
  days?: number;
  months?: number;
  age?: number;
}

export interface OtherCost {
  row: number;
  id: string;
  kind: OtherCostKind;
  partner: Partner;
  description?: string;
  realCost: number;
}

/** What every table checker shares while a budget is checked. */
export interface CheckContext {
  rulebook: Rulebook;
  workbook: RawWorkbook;
  project: Project;
  findings: Finding[];
  lines: BudgetLines;
  /** Whether the Partners table was there with all its required columns. */
  partnersReadable: boolean;
  /** Partners by folded ID. */
  partners: Map<string, Partner>;
  /** Output codes (folded) present in the Outputs table. */
  outputs: Set<string>;
  categories: ReadonlySet<BudgetCategory>;
  /** The gazetteer, for lines whose distance comes from From and To; absent when not loaded. */
  places?: PlaceLookup;
  /** Amount cells with no figure (blank, #NAME?), reported once per column at the end. */
  amountGaps: AmountGaps;
}

/**
 * IDs match case-insensitively and ignoring surrounding spaces. An ID already in that form is
 * returned as it is, not as a new copy: the keys of a large table's ID register then are the
 * workbook's own strings, and the garbage collector has nothing new to move.
 */
export function idKey(id: string): string {
  const key = id.trim().toUpperCase();
  return key === id ? id : key;
}
