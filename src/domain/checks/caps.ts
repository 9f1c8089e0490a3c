import type { BudgetCategory } from "../../rules";
import type { CapUsage, Totals } from "../budget-check";
import { totalCategories } from "../budget-check";
import { managementCap, maxGrant } from "../calculators";
import { finding, type Severity } from "../findings";
import type { CheckContext, Meeting } from "../model";
import { formatEuro, roundCents } from "../money";
import type { TableName } from "../table-schema";

function sum(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) total += amount;
  return roundCents(total);
}

/**
 * Applies the caps to the eligible lines: management per month, meetings per project year,
 * multiplier events, exceptional costs; then the total against the maximum grant.
 */
export function applyCaps(
  context: CheckContext,
  meetings: readonly Meeting[],
): { totals: Totals; caps: CapUsage[] } {
  const { rulebook, project, lines } = context;
  const requested = Object.fromEntries(totalCategories.map((category) => [category, 0])) as Record<
    BudgetCategory,
    number
  >;
  for (const line of lines) requested[line.category] += line.amount;
  for (const category of totalCategories) requested[category] = roundCents(requested[category]);

  const caps: CapUsage[] = [];
  const granted = { ...requested };
  const cap = (
    id: string,
    label: string,
    amount: number,
    limit: number,
    over: {
      rule: Parameters<typeof finding>[0];
      severity: Severity;
      table: TableName;
      message: string;
    },
  ): number => {
    const usage = { id, label, requested: amount, limit, granted: Math.min(amount, limit) };
    caps.push(usage);
    if (amount > limit + 0.004) {
      context.findings.push(finding(over.rule, over.severity, over.message, { table: over.table }));
    }
    return usage.granted;
  };

  if (context.categories.has("management") && project.months !== undefined) {
    const limit = managementCap(rulebook, project.months);
    const perMonth = rulebook.management.projectCapPerMonth.value;
    const funded = rulebook.management.maxFundedOrganisations.value;
    granted.management = cap(
      "management",
      "Project management and implementation",
      requested.management,
      limit,
      {
        rule: "cap.management",
        severity: "warning",
        table: "Partners",
        message: `Project management totals ${formatEuro(requested.management)}; the cap is ${formatEuro(perMonth)} per month (at most ${funded} organisations funded), ${formatEuro(limit)} for ${project.months} months. ${formatEuro(limit)} was counted.`,
      },
    );
  }

  if (context.categories.has("meetings")) {
    const byYear = new Map<number, number>();
    const meetingRows = new Map(meetings.map((meeting) => [meeting.row, meeting.year]));
    for (const line of lines) {
      if (line.category !== "meetings") continue;
      const year = meetingRows.get(line.row) ?? 1;
      byYear.set(year, (byYear.get(year) ?? 0) + line.amount);
    }
    const limit = rulebook.meetings.capPerProjectYear.value;
    let meetingsGranted = 0;
    for (const [year, amount] of [...byYear].sort(([a], [b]) => a - b)) {
      meetingsGranted += cap(
        `meetings-year-${year}`,
        `Meetings, project year ${year}`,
        roundCents(amount),
        limit,
        {
          rule: "cap.meetings-per-year",
          severity: "error",
          table: "Meetings",
          message: `Meetings in project year ${year} total ${formatEuro(amount)}; the cap is ${formatEuro(limit)} per project year.`,
        },
      );
    }
    granted.meetings = roundCents(meetingsGranted);
  }

  if (context.categories.has("events")) {
    const limit = rulebook.multiplierEvents.capPerProject.value;
    granted.events = cap("events", "Multiplier events", requested.events, limit, {
      rule: "cap.events",
      severity: "error",
      table: "Events",
      message: `Multiplier events total ${formatEuro(requested.events)}; the cap is ${formatEuro(limit)} per project.`,
    });
  }

  if (context.categories.has("exceptional")) {
    const limit = rulebook.exceptional.capPerProject.value;
    granted.exceptional = cap("exceptional", "Exceptional costs", requested.exceptional, limit, {
      rule: "cap.exceptional",
      severity: "error",
      table: "OtherCosts",
      message: `Exceptional costs total ${formatEuro(requested.exceptional)}; the cap is ${formatEuro(limit)} per project.`,
    });
  }

  const total = sum(totalCategories.map((category) => granted[category]));
  const grantLimit =
    project.months === undefined
      ? 0
      : roundCents(maxGrant(rulebook, project.action, project.months));
  if (project.months !== undefined) {
    const label = rulebook.actions[project.action].label;
    cap("grant", "Maximum grant", total, grantLimit, {
      rule: "cap.grant",
      severity: "error",
      table: "Project",
      message: `The budget totals ${formatEuro(total)}; the maximum grant of a ${project.months}-month ${label} is ${formatEuro(grantLimit)}.`,
    });
  }
  return { totals: { ...granted, total, maxGrant: grantLimit }, caps };
}
