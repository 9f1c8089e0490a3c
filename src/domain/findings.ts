/** The stable rule ids of DESIGN.md's findings table. New ids may be added; none is renamed. */
export const ruleIds = [
  "input.missing-table",
  "input.missing-column",
  "input.missing-value",
  "input.invalid-number",
  "input.unknown-value",
  "input.unknown-country",
  "input.unknown-partner",
  "input.duplicate-id",
  "input.not-in-action",
  "project.duration",
  "consortium.min-organisations",
  "consortium.min-countries",
  "consortium.coordinator",
  "consortium.coordinator-programme-country",
  "consortium.required-types",
  "consortium.eu-member-states",
  "cap.grant",
  "cap.management",
  "cap.meetings-per-year",
  "cap.events",
  "rule.events-need-outputs",
  "cap.exceptional",
  "distance.under-100km",
  "distance.unknown-place",
  "distance.near-band-edge",
  "meeting.year",
  "activity.duration",
  "activity.pupil-age",
  "activity.linguistic-support",
  "amount.mismatch",
  "amount.blank",
  "rates.override",
  "rates.unknown-figure",
] as const;

export type RuleId = (typeof ruleIds)[number];
export type Severity = "error" | "warning" | "info";
export const severities: readonly Severity[] = ["error", "warning", "info"];

/** One thing the checker found. `row` is the 1-based data row of `table`; `column` a schema header. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  table?: string;
  row?: number;
  column?: string;
  /** For a finding about several cells of one column: their data rows (`row` is then unset). */
  rows?: number[];
}

/** Where a finding points, for building findings row by row. */
export interface CellRef {
  table: string;
  row?: number;
  column?: string;
}

export function finding(
  rule: RuleId,
  severity: Severity,
  message: string,
  where?: CellRef,
): Finding {
  return where ? { rule, severity, message, ...where } : { rule, severity, message };
}
