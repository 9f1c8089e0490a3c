import type { BudgetCategory } from "../../rules";
import type { CapUsage, Totals } from "../budget-check";
import type { BudgetLines } from "../budget-lines";
import { totalCategories } from "../budget-check";
import {
  exceptionalCapFigure,
  managementCap,
  managementCapFigure,
  maxGrant,
  maxGrantFigure,
  meetingsCapFigure,
  multiplierEventsCapFigure,
} from "../calculators";
import { finding, type Severity } from "../findings";
import { say, type FindingText } from "../finding-text";
import type { CheckContext } from "../model";
import { roundCents } from "../money";
import type { TableName } from "../table-schema";
import { withFigure } from "../rates/figure-list";
import type { MeetingYears } from "../tables/meetings";
import { grantWithin } from "./pro-rata";

function sum(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) total += amount;
  return roundCents(total);
}

/** Records on each of these lines (all when left out) the figure of a cap it is held against. */
function heldAgainst(lines: BudgetLines, figure: string, indexes?: ArrayLike<number>): void {
  lines.changeFigures((figures) => withFigure(figures, figure), indexes);
}

const noLines = new Int32Array(0);

/**
 * The positions 0 … count − 1 grouped by `keyOf`, in order, each group an Int32Array of its
 * exact size (counted first): a growing array per group would be garbage to copy.
 */
function groupLines<K>(count: number, keyOf: (position: number) => K): Map<K, Int32Array> {
  const sizes = new Map<K, number>();
  for (let position = 0; position < count; position++) {
    const key = keyOf(position);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const groups = new Map<K, Int32Array>();
  const filled = new Map<K, number>();
  for (const [key, size] of sizes) {
    groups.set(key, new Int32Array(size));
    filled.set(key, 0);
  }
  for (let position = 0; position < count; position++) {
    const key = keyOf(position);
    const at = filled.get(key)!;
    groups.get(key)![at] = position;
    filled.set(key, at + 1);
  }
  return groups;
}

interface CapRule {
  id: string;
  label: string;
  /** Indexes of the capped lines in the check's lines. */
  lines: Int32Array;
  limit: number;
  /** The rulebook figure the limit is computed from, recorded on each line it holds. */
  figure: string;
  severity: Severity;
  table: TableName;
  /** The amount column the capped lines are in, so a highlight marks that column. */
  column: string;
  /** The finding's message, given the amount asked for. */
  message: (requested: number) => FindingText;
}

/**
 * Applies the caps to the eligible lines — management per month, meetings per project year,
 * multiplier events, exceptional costs — cutting capped lines pro rata; then sets the totals
 * and checks the total against the maximum grant.
 */
export function applyCaps(
  context: CheckContext,
  meetingYears: MeetingYears,
): { totals: Totals; caps: CapUsage[] } {
  const { rulebook, project, lines } = context;
  const caps: CapUsage[] = [];
  const apply = (cap: CapRule) => {
    const requested = roundCents(lines.sum("amount", cap.lines));
    grantWithin(lines, cap.lines, cap.limit);
    heldAgainst(lines, cap.figure, cap.lines);
    caps.push({
      id: cap.id,
      label: cap.label,
      requested,
      limit: cap.limit,
      granted: Math.min(requested, cap.limit),
    });
    if (requested > cap.limit + 0.004) {
      context.findings.push(
        finding(cap.severity, cap.message(requested), {
          table: cap.table,
          column: cap.column,
        }),
      );
    }
  };
  // One pass over the lines; a filter per category read every line ten times.
  const byCategory = lines.byCategory();
  const linesOf = (category: BudgetCategory) => byCategory.get(category) ?? noLines;

  const months = project.months;
  if (context.categories.has("management") && months !== undefined) {
    const limit = managementCap(rulebook, months);
    const perMonth = rulebook.management.projectCapPerMonth.value;
    const funded = rulebook.management.maxFundedOrganisations.value;
    apply({
      id: "management",
      label: "Project management and implementation",
      lines: linesOf("management"),
      limit,
      figure: managementCapFigure,
      severity: "warning",
      table: "Partners",
      column: "Management",
      message: (requested) => say("cap.management", { requested, perMonth, funded, limit, months }),
    });
  }

  if (context.categories.has("meetings")) {
    const meetingLines = linesOf("meetings");
    const byYear = groupLines(meetingLines.length, (at) => {
      const year = meetingYears[lines.row(meetingLines[at]!)];
      return year === undefined || year === 0 ? 1 : year;
    });
    for (const positions of byYear.values()) {
      positions.forEach((at, position) => (positions[position] = meetingLines[at]!));
    }
    const limit = rulebook.meetings.capPerProjectYear.value;
    for (const [year, yearLines] of [...byYear].sort(([a], [b]) => a - b)) {
      apply({
        id: `meetings-year-${year}`,
        label: `Meetings, project year ${year}`,
        lines: yearLines,
        limit,
        figure: meetingsCapFigure,
        severity: "error",
        table: "Meetings",
        column: "Amount",
        message: (requested) => say("cap.meetings-per-year", { year, requested, limit }),
      });
    }
  }

  if (context.categories.has("events")) {
    const limit = rulebook.multiplierEvents.capPerProject.value;
    apply({
      id: "events",
      label: "Multiplier events",
      lines: linesOf("events"),
      limit,
      figure: multiplierEventsCapFigure,
      severity: "error",
      table: "Events",
      column: "Amount",
      message: (requested) => say("cap.events", { requested, limit }),
    });
  }

  if (context.categories.has("exceptional")) {
    const limit = rulebook.exceptional.capPerProject.value;
    apply({
      id: "exceptional",
      label: "Exceptional costs",
      lines: linesOf("exceptional"),
      limit,
      figure: exceptionalCapFigure,
      severity: "error",
      table: "OtherCosts",
      column: "Amount",
      message: (requested) => say("cap.exceptional", { requested, limit }),
    });
  }

  const granted = Object.fromEntries(
    totalCategories.map((category) => [
      category,
      roundCents(lines.sum("granted", linesOf(category))),
    ]),
  ) as Record<BudgetCategory, number>;
  const total = sum(totalCategories.map((category) => granted[category]));
  const grantLimit =
    project.months === undefined
      ? 0
      : roundCents(maxGrant(rulebook, project.action, project.months));
  if (months !== undefined) {
    heldAgainst(lines, maxGrantFigure(rulebook, project.action, months));
    caps.push({
      id: "grant",
      label: "Maximum grant",
      requested: total,
      limit: grantLimit,
      granted: Math.min(total, grantLimit),
    });
    if (total > grantLimit + 0.004) {
      context.findings.push(
        finding(
          "error",
          say("cap.grant", { total, months, action: project.action, limit: grantLimit }),
          { table: "Project", row: project.monthsRow, column: "Value" },
        ),
      );
    }
  }
  return { totals: { ...granted, total, maxGrant: grantLimit }, caps };
}
