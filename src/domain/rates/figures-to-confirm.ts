import type { ConfidenceMark, Rulebook } from "../../rules";
import type { BudgetLines } from "../budget-lines";
import { roundCents } from "../money";
import type { TableName } from "../table-schema";
import { figureCatalogue } from "./figure-ids";

/**
 * The unverified figures a budget rests on: every figure marked M (from memory of the
 * Programme Guide, not checked) that some budget line was computed from or is held against,
 * unless the Rates table set it. The officer confirms these with the National Agency.
 */

/** One figure to confirm, and how much of the budget rests on it. */
export interface FigureToConfirm {
  /** The figure id, as a Rates row names it. */
  figure: string;
  /** Its value in the rulebook the budget was checked with. */
  value: number;
  mark: ConfidenceMark;
  /** Ids of its sources in the rulebook's sources table. */
  sources: readonly string[];
  /** The titles of those sources, in words. */
  source: string;
  /** EUR: the sum of the amounts (before caps) of the lines that used it. */
  restingAmount: number;
  /** How many budget lines used it. */
  lines: number;
  /** The tables of those lines, in the order first met. */
  tables: TableName[];
}

/** The marks of figures to confirm: M is "not verified" in the rulebook's own terms. */
const unverified: ReadonlySet<ConfidenceMark> = new Set(["M"]);

interface Use {
  amount: number;
  lines: number;
  tables: TableName[];
}

/**
 * Each unverified figure the lines used, with the amount resting on it, largest first (ties
 * in the rulebook's order). `overridden` are the ids the Rates table set: those are the
 * National Agency's figures now, so they are not listed.
 */
export function figuresToConfirm(
  lines: BudgetLines,
  rulebook: Rulebook,
  overridden: readonly string[],
): FigureToConfirm[] {
  // Lines share their figure lists: add up per list first, then spread over its ids.
  const perList = lines.usesByFigureList();
  const perFigure = new Map<string, Use>();
  for (const use of perList) {
    for (const id of use.figures) {
      const total = perFigure.get(id);
      if (!total) {
        perFigure.set(id, { amount: use.amount, lines: use.lines, tables: [...use.tables] });
        continue;
      }
      total.amount += use.amount;
      total.lines += use.lines;
      for (const table of use.tables) if (!total.tables.includes(table)) total.tables.push(table);
    }
  }

  const skip = new Set(overridden);
  const figures: FigureToConfirm[] = [];
  for (const entry of figureCatalogue(rulebook).values()) {
    const use = perFigure.get(entry.id);
    if (!use || skip.has(entry.id) || !unverified.has(entry.mark)) continue;
    figures.push({
      figure: entry.id,
      value: entry.value,
      mark: entry.mark,
      sources: entry.sources,
      source: entry.sources.map((id) => rulebook.sources[id]?.title ?? id).join("; "),
      restingAmount: roundCents(use.amount),
      lines: use.lines,
      tables: use.tables,
    });
  }
  // A stable sort: equal amounts keep the rulebook's order.
  return figures.sort((a, b) => b.restingAmount - a.restingAmount);
}
