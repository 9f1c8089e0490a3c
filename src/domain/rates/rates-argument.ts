import { defaultRulebook, type Rulebook } from "../../rules";
import { ArgumentError, gotText } from "../arguments";
import { isBlank, numberFrom } from "../cell-reading";
import { cleanCellText } from "../cell-text";
import { argumentText } from "../function-text";
import { applyRates, type RateOverride } from "./apply-rates";
import { figureKey } from "./figure-ids";

/**
 * The optional last `rates` argument of every KA2 function: a range of Figure/Value pairs,
 * normally `Rates[[Figure]:[Value]]`, so a cell computes with the overrides the checker uses.
 */

/** A range as a custom function receives it: rows of cell values. */
export type RangeArgument = readonly (readonly unknown[])[];

/** The last few overridden rulebooks: a sheet's formulas all pass the same Rates range. */
const cache = new Map<string, Rulebook>();
const CACHE_SIZE = 16;

/**
 * The pairs of a range; blank Figure rows are skipped (an empty table has one blank row), and
 * so is a figure's second row: the checker keeps the first and reports the other
 * (`input.duplicate-id`), and a cell must compute with the value the checker uses.
 */
function overridesOf(rates: RangeArgument): RateOverride[] {
  const overrides: RateOverride[] = [];
  const seen = new Set<string>();
  rates.forEach((cells, index) => {
    const [figure, value] = Array.isArray(cells) ? cells : [];
    // Excel desktop passes a blank cell of a range as 0 or "", the web as null.
    if (isBlank(figure) || figure === 0) return;
    const key = figureKey(String(figure));
    if (seen.has(key)) return;
    seen.add(key);
    const row = index + 1;
    const number = numberFrom(value);
    if (isBlank(value) || !Number.isFinite(number)) {
      throw new ArgumentError(
        argumentText("argument/rates-value", {
          row,
          figure: cleanCellText(String(figure)),
          got: gotText(value),
        }),
      );
    }
    overrides.push({ figure: String(figure), value: number, row });
  });
  return overrides;
}

/** The rulebook a function computes with: the bundled one, or it with the range's overrides. */
export function rulebookWithRates(rates: unknown): Rulebook {
  if (!Array.isArray(rates)) {
    if (isBlank(rates) || rates === 0) return defaultRulebook();
    throw new ArgumentError(argumentText("argument/rates-not-a-range", {}));
  }
  const overrides = overridesOf(rates as RangeArgument);
  if (overrides.length === 0) return defaultRulebook();
  const key = JSON.stringify(overrides.map(({ figure, value }) => [figure, value]));
  const cached = cache.get(key);
  if (cached) return cached;
  const { rulebook, problems } = applyRates(defaultRulebook(), overrides);
  const [problem] = problems;
  if (problem) {
    const { figure, value, row } = problem.override;
    throw new ArgumentError(
      problem.kind === "unknown-figure"
        ? argumentText("argument/rates-unknown-figure", { row, figure: cleanCellText(figure) })
        : argumentText("argument/rates-refused", {
            row,
            id: problem.previous.id,
            value,
            reason: problem.reason,
          }),
    );
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, rulebook);
  return rulebook;
}
