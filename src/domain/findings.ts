import type { FindingText } from "./finding-text";

/** The stable rule ids (docs/architecture.md). New ids may be added; none is renamed. */
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
  "input.out-of-range",
  "input.ambiguous-table",
  "input.table-too-large",
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

/**
 * One thing the checker found. `row` is the 1-based data row of `table`; `column` a schema
 * header. `text` is what it says, as a message key and values: each face renders it in its
 * user's language (src/messages).
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  text: FindingText;
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

/** The rule a message key belongs to: the key up to its variant ("input.missing-value/blank"). */
export function ruleOf(key: FindingText["key"]): RuleId {
  return key.split("/")[0] as RuleId;
}

export function finding(severity: Severity, text: FindingText, where?: CellRef): Finding {
  const rule = ruleOf(text.key);
  return where ? { rule, severity, text, ...where } : { rule, severity, text };
}

/** Compiles only while every message key starts with a rule id. */
type KeyOfRule<K extends RuleId | `${RuleId}/${string}`> = K;
export type FindingKeyOfRule = KeyOfRule<FindingText["key"]>;
