import type { BudgetCheck } from "./budget-check";
import { BudgetLines } from "./budget-lines";
import { BudgetRecords } from "./budget-records";
import { applyCaps } from "./checks/caps";
import { checkConsortium } from "./checks/consortium";
import { checkProjectDuration } from "./checks/project-duration";
import type { Finding } from "./findings";
import type { CheckContext } from "./model";
import type { PlaceLookup } from "./places";
import { checkActivities } from "./tables/activities";
import { checkEvents } from "./tables/events";
import { checkMeetings } from "./tables/meetings";
import { checkOtherCosts } from "./tables/other-costs";
import { checkOutputs } from "./tables/outputs";
import { checkPartners } from "./tables/partners";
import { readProject } from "./tables/project";
import { readRates } from "./tables/rates";
import { figuresToConfirm } from "./rates/figures-to-confirm";
import { AmountGaps } from "./tables/amount-gaps";
import type { RawWorkbook } from "./workbook";

export { needsPlaceLookup } from "./tables/line-distance";

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

export interface CheckOptions {
  /**
   * The gazetteer, for Meetings and Activities lines with From and To and a blank DistanceKm.
   * Load it only when `needsPlaceLookup(workbook)` says so: checkBudget stays synchronous.
   */
  places?: PlaceLookup;
}

/**
 * Checks a budget workbook against its call year's rulebook: recomputes every line, applies
 * the caps and consortium rules, and reports what breaks them. Never throws on user data.
 */
export function checkBudget(workbook: RawWorkbook, options: CheckOptions = {}): BudgetCheck {
  const findings: Finding[] = [];
  const { project, rulebook: bundled } = readProject(workbook, findings);
  const { rulebook, applied } = readRates(workbook, bundled, findings);
  const context: CheckContext = {
    rulebook,
    workbook,
    project,
    findings,
    lines: new BudgetLines(),
    partnersReadable: false,
    partners: new Map(),
    outputs: new Set(),
    categories: new Set(rulebook.actions[project.action].categories.value),
    places: options.places,
    amountGaps: new AmountGaps(),
  };

  checkProjectDuration(context);
  checkPartners(context);
  checkConsortium(context);
  const meetingYears = checkMeetings(context);
  checkOutputs(context);
  checkEvents(context);
  checkActivities(context);
  checkOtherCosts(context);
  const { totals, caps } = applyCaps(context, meetingYears);
  findings.push(...context.amountGaps.findings());

  const overridden = applied.map((rate) => rate.previous.id);
  const countries = [...new Set([...context.partners.values()].flatMap((p) => p.country ?? []))];
  findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return {
    action: project.actionKnown ? project.action : undefined,
    rulebook: String(rulebook.year),
    months: project.months,
    project: {
      title: project.title,
      action: project.actionKnown ? project.action : undefined,
      format: project.action === "SP" ? project.format : undefined,
      ...(project.field ? { field: project.field } : {}),
      months: project.months,
      partners: context.partners.size,
      countries,
    },
    totals,
    caps,
    lines: context.lines,
    overridden,
    appliedRulebook: rulebook,
    figures: figuresToConfirm(context.lines, rulebook, overridden),
    budget: new BudgetRecords(context),
    findings,
  };
}
