import { RulebookSchema, type Rulebook } from "../../rules";
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
  | { kind: "rejected"; override: RateOverride; previous: FigureEntry; reason: string };

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

function firstIssue(data: unknown): string | undefined {
  const result = RulebookSchema.safeParse(data);
  return result.success ? undefined : (result.error.issues[0]?.message ?? "not accepted");
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
