import { rulebookFor, type BudgetCategory } from "../rules";
import type { BudgetCheck, CapUsage } from "./budget-check";
import { totalCategories } from "./budget-check";
import { roundCents } from "./money";

/** One line of the totals list: a category, or a project year of meetings under it. */
export interface TotalRow {
  key: string;
  category: BudgetCategory;
  /** Set for a meetings line of one project year (capped per year). */
  year?: number;
  /** What the lines add up to before caps. */
  requested: number;
  /** What counts after caps. */
  counted: number;
  /** The cap, when the category (or year) has one. */
  limit?: number;
}

export interface TotalsView {
  rows: TotalRow[];
  /** What the lines ask for before any cap: the categories' `requested` added up. */
  linesRequested: number;
  /**
   * What the maximum grant is held against: the total after the category caps (management,
   * meetings per year, events, exceptional costs), before the maximum-grant cap.
   */
  requested: number;
  /** The categories' `counted` added up. */
  total: number;
  /** 0 when the action or duration is unknown. */
  maxGrant: number;
  /** True for KA and SSA, whose Outputs table holds implementation support. */
  outputsAreSupport: boolean;
}

function capRow(key: string, category: BudgetCategory, cap: CapUsage, year?: number): TotalRow {
  return {
    key,
    category,
    year,
    requested: cap.requested,
    counted: cap.granted,
    limit: cap.limit,
  };
}

/**
 * The totals per category against their caps, for the pane and the CLI report: the categories
 * the action funds (and any other with money in it), meetings with one line per project year.
 */
export function totalsView(check: BudgetCheck): TotalsView {
  const action = check.action ? rulebookFor(check.rulebook).actions[check.action] : undefined;
  const funded: readonly BudgetCategory[] = action?.categories.value ?? totalCategories;
  const requested = new Map<BudgetCategory, number>();
  const { lines } = check;
  for (let index = 0; index < lines.length; index++) {
    const category = lines.category(index);
    requested.set(category, (requested.get(category) ?? 0) + lines.amount(index));
  }
  const caps = new Map(check.caps.map((cap) => [cap.id, cap]));
  const rows: TotalRow[] = [];
  for (const category of totalCategories) {
    if (!funded.includes(category) && !requested.has(category)) continue;
    const cap = caps.get(category);
    rows.push(
      cap
        ? capRow(category, category, cap)
        : {
            key: category,
            category,
            requested: roundCents(requested.get(category) ?? 0),
            counted: check.totals[category],
          },
    );
    if (category === "meetings") {
      for (const yearCap of check.caps) {
        const year = /^meetings-year-(\d+)$/.exec(yearCap.id)?.[1];
        if (year) rows.push(capRow(yearCap.id, "meetings", yearCap, Number(year)));
      }
    }
  }
  const grant = caps.get("grant");
  const categoryRows = rows.filter((row) => row.year === undefined);
  return {
    rows,
    linesRequested: roundCents(categoryRows.reduce((sum, row) => sum + row.requested, 0)),
    requested: grant?.requested ?? check.totals.total,
    total: check.totals.total,
    maxGrant: check.totals.maxGrant,
    outputsAreSupport: check.action === "KA" || check.action === "SSA",
  };
}
