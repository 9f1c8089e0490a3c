import type { z } from "zod";
import { RulebookSchema, type Rulebook } from "../../rules";
import type { RateReasonText } from "../finding-text";
import { findFigure, rulebookPath, type FigureEntry } from "./figure-ids";

/**
 * A rulebook with some figures replaced (a National Agency's published values). The result
 * is validated by the rulebook's own schema: a value the schema refuses is not applied.
 */

export interface RateOverride {
  /** The figure id as the user typed it. */
  figure: string;
  value: number;
  /** Data row of the Rates table, or position in the function's `rates` range (1-based). */
  row: number;
}

export interface AppliedRate {
  override: RateOverride;
  /** The figure as the rulebook has it (canonical id, old value and its mark). */
  previous: FigureEntry;
}

export type RateProblem =
  | { kind: "unknown-figure"; override: RateOverride }
  | {
      kind: "rejected";
      override: RateOverride;
      previous: FigureEntry;
      reason: RateReasonText;
    };

export interface RatedRulebook {
  rulebook: Rulebook;
  applied: AppliedRate[];
  problems: RateProblem[];
}

function withValues(base: Rulebook, rates: readonly AppliedRate[]): unknown {
  // A rulebook is plain JSON data; a JSON copy keeps the bundled one untouched.
  const copy = JSON.parse(JSON.stringify(base)) as unknown;
  for (const { previous, override } of rates) {
    const path = rulebookPath(base, previous.id) ?? [];
    let node = copy as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (last !== undefined) node[last] = override.value;
  }
  return copy;
}

/** The schema's refusal as a message part of the catalogues: the kinds a figure's bounds give. */
export function rateReason(issue: z.core.$ZodIssue | undefined): RateReasonText {
  const bound = (value: unknown) => Number(value);
  if (issue?.code === "too_small") {
    const min = bound(issue.minimum);
    return issue.inclusive
      ? { key: "rate-reason/at-least", params: { min } }
      : { key: "rate-reason/more-than", params: { min } };
  }
  if (issue?.code === "too_big") {
    const max = bound(issue.maximum);
    return issue.inclusive
      ? { key: "rate-reason/at-most", params: { max } }
      : { key: "rate-reason/less-than", params: { max } };
  }
  if (issue?.code === "invalid_type" && issue.expected === "int") {
    return { key: "rate-reason/whole", params: {} };
  }
  if (issue?.code === "invalid_type" && issue.expected === "number") {
    return { key: "rate-reason/finite", params: {} };
  }
  return { key: "rate-reason/not-accepted", params: {} };
}

function firstIssue(data: unknown): RateReasonText | undefined {
  const result = RulebookSchema.safeParse(data);
  return result.success ? undefined : rateReason(result.error.issues[0]);
}

/** The rulebook with the overrides applied, the ones applied, and the ones that were not. */
export function applyRates(base: Rulebook, overrides: readonly RateOverride[]): RatedRulebook {
  const problems: RateProblem[] = [];
  const known: AppliedRate[] = [];
  for (const override of overrides) {
    const previous = findFigure(base, override.figure);
    if (previous) known.push({ override, previous });
    else problems.push({ kind: "unknown-figure", override });
  }
  if (known.length === 0) return { rulebook: base, applied: [], problems };

  // Usually every value is accepted: one validation. Otherwise find the refused ones one by one.
  const together = RulebookSchema.safeParse(withValues(base, known));
  if (together.success) return { rulebook: together.data, applied: known, problems };
  const applied: AppliedRate[] = [];
  for (const rate of known) {
    const reason = firstIssue(withValues(base, [...applied, rate]));
    if (reason === undefined) applied.push(rate);
    else
      problems.push({ kind: "rejected", override: rate.override, previous: rate.previous, reason });
  }
  problems.sort((a, b) => a.override.row - b.override.row);
  return { rulebook: RulebookSchema.parse(withValues(base, applied)), applied, problems };
}
