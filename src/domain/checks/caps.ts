import type { BudgetCategory } from "../../rules";
import type { BudgetLine, CapUsage, Totals } from "../budget-check";
import { totalCategories } from "../budget-check";
import { managementCap, maxGrant } from "../calculators";
import { finding, type Severity } from "../findings";
import { say, type FindingText } from "../finding-text";
import type { CheckContext, Meeting } from "../model";
import { roundCents } from "../money";
import type { TableName } from "../table-schema";
import { grantWithin } from "./pro-rata";

function sum(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) total += amount;
  return roundCents(total);
}

interface CapRule {
  id: string;
  label: string;
  lines: BudgetLine[];
  limit: number;
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
  meetings: readonly Meeting[],
): { totals: Totals; caps: CapUsage[] } {
  const { rulebook, project, lines } = context;
  const caps: CapUsage[] = [];
  const apply = (cap: CapRule) => {
    const requested = sum(cap.lines.map((line) => line.amount));
    grantWithin(cap.lines, cap.limit);
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
  const linesOf = (category: BudgetCategory) => lines.filter((line) => line.category === category);

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
      severity: "warning",
      table: "Partners",
      column: "Management",
      message: (requested) => say("cap.management", { requested, perMonth, funded, limit, months }),
    });
  }

  if (context.categories.has("meetings")) {
    const yearOfRow = new Map(meetings.map((meeting) => [meeting.row, meeting.year]));
    const byYear = new Map<number, BudgetLine[]>();
    for (const line of linesOf("meetings")) {
      const year = yearOfRow.get(line.row) ?? 1;
      const yearLines = byYear.get(year);
      if (yearLines) yearLines.push(line);
      else byYear.set(year, [line]);
    }
    const limit = rulebook.meetings.capPerProjectYear.value;
    for (const [year, yearLines] of [...byYear].sort(([a], [b]) => a - b)) {
      apply({
        id: `meetings-year-${year}`,
        label: `Meetings, project year ${year}`,
        lines: yearLines,
        limit,
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
      severity: "error",
      table: "OtherCosts",
      column: "Amount",
      message: (requested) => say("cap.exceptional", { requested, limit }),
    });
  }

  const granted = Object.fromEntries(
    totalCategories.map((category) => [category, sum(linesOf(category).map((l) => l.granted))]),
  ) as Record<BudgetCategory, number>;
  const total = sum(totalCategories.map((category) => granted[category]));
  const grantLimit =
    project.months === undefined
      ? 0
      : roundCents(maxGrant(rulebook, project.action, project.months));
  if (months !== undefined) {
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
