import {
  bandFigures,
  linguisticAmount,
  linguisticFigures,
  linguisticSupportEligible,
  monthlySupportRate,
  supportAmount,
  supportFigures,
  travelAmount,
} from "../calculators";
import type { Activity, CheckContext } from "../model";
import { basis, say } from "../finding-text";
import { activityTypes } from "../vocabulary";
import type { RowReader } from "../parse/table-rows";
import { addAmountLine, partnerOf } from "./amount-line";
import { IdRegister } from "./id-register";
import { lineDistance, reportUnderFirstBand, routeRef } from "./line-distance";
import { openLineTable } from "./line-table";

/**
 * Reads and prices learning, teaching and training activities: travel, support, linguistic.
 * `kept`: where to keep the activities read, as objects; the check keeps none
 * (src/domain/budget-records.ts).
 */
export function checkActivities(context: CheckContext, kept?: Activity[]): void {
  const rows = openLineTable(
    context,
    "Activities",
    false, // learning activities are optional in every action
    say("input.missing-table/activities", {}),
  );
  const ids = new IdRegister(rows.rowCount);
  for (const row of rows.rows()) {
    const activity = readActivity(context, row, ids);
    if (!activity) continue;
    kept?.push(activity);
    priceActivity(context, row, activity);
  }
}

function readActivity(
  context: CheckContext,
  row: RowReader,
  ids: IdRegister,
): Activity | undefined {
  const { rulebook } = context;
  const id = row.text("ID", true);
  const type = row.word("Type", activityTypes, true);
  const partner = partnerOf(context, row, "Partner", true);
  const participants = row.number("Participants", { integer: true, min: 1, required: true });
  const distance = lineDistance(context, row, rulebook.travel.bands.value);
  const rule = type ? rulebook.activities[type] : undefined;
  const longTerm = rule?.duration.value.unit === "months";
  const host = partnerOf(context, row, "Host", longTerm);
  const days = row.number("Days", {
    integer: true,
    min: 1,
    required: rule !== undefined && !longTerm,
  });
  const months = row.number("Months", { integer: true, min: 1, required: longTerm });
  const age = row.number("Age", { integer: true, required: rule?.minAge !== undefined });
  if (id === undefined || !ids.claim(row, "ID", id)) return undefined;
  if (!type || !partner || participants === undefined || distance === undefined) return undefined;
  if ((longTerm && months === undefined) || (!longTerm && days === undefined)) return undefined;
  const { km: distanceKm, route } = distance;
  const activity: Activity = {
    row: row.row,
    id,
    type,
    partner,
    host,
    participants,
    distanceKm,
    days,
    months,
    age,
  };
  if (route) activity.route = route;
  return activity;
}

/** Whether the activity meets its type's duration and age rules; reports what it breaks. */
function eligibility(context: CheckContext, row: RowReader, activity: Activity): boolean {
  const rule = context.rulebook.activities[activity.type];
  const { unit, min, max } = rule.duration.value;
  const length = unit === "months" ? activity.months : activity.days;
  let eligible = true;
  if (length !== undefined && (length < min || length > max)) {
    eligible = false;
    row.report(
      "error",
      say("activity.duration", { type: activity.type, unit, min, max, length }),
      unit === "months" ? "Months" : "Days",
    );
  }
  const minAge = rule.minAge?.value;
  if (minAge !== undefined && activity.age !== undefined && activity.age < minAge) {
    eligible = false;
    row.report("error", say("activity.pupil-age", { minAge, age: activity.age }), "Age");
  }
  return eligible;
}

function priceActivity(context: CheckContext, row: RowReader, activity: Activity): void {
  const { rulebook } = context;
  const { type, partner, participants, distanceKm, route } = activity;
  const eligible = eligibility(context, row, activity);
  const longTerm = rulebook.activities[type].duration.value.unit === "months";

  reportUnderFirstBand(context, row, {
    km: distanceKm,
    route,
    bands: rulebook.travel.bands.value,
    funded: context.categories.has("travel"),
    kind: "travel",
  });
  const travel = travelAmount(rulebook, distanceKm, participants);
  addAmountLine(context, row, {
    column: "Travel",
    category: "travel",
    partner,
    figure: travel,
    eligible: eligible ? travel : 0,
    figures: bandFigures("travel", rulebook.travel.bands.value, distanceKm),
    explain: () => basis("basis/travel", { participants, km: distanceKm, route: routeRef(route) }),
  });

  const duration = (longTerm ? activity.months : activity.days) ?? 0;
  const receiving = activity.host?.country;
  const support = supportAmount(rulebook, type, duration, participants, receiving);
  if (support === undefined) {
    if (activity.host && receiving !== undefined) {
      row.report(
        "error",
        say("input.unknown-country/support-rate", { type, country: receiving }),
        "Host",
      );
    }
  } else {
    const perMonth = receiving ? monthlySupportRate(rulebook, type, receiving) : undefined;
    addAmountLine(context, row, {
      column: "Support",
      category: "support",
      partner,
      figure: support,
      eligible: eligible ? support : 0,
      figures: supportFigures(rulebook, type, duration, receiving),
      explain: () =>
        longTerm
          ? basis("basis/support-months", {
              participants,
              months: duration,
              perMonth: perMonth ?? 0,
            })
          : basis("basis/support-days", { participants, days: duration }),
    });
  }

  priceLinguistic(context, row, activity, eligible, longTerm);
}

function priceLinguistic(
  context: CheckContext,
  row: RowReader,
  activity: Activity,
  eligible: boolean,
  longTerm: boolean,
): void {
  const { rulebook } = context;
  const months = activity.months;
  // The template formula gives LINGUISTIC(Months) whenever Months is filled.
  const figure =
    months === undefined ? 0 : linguisticAmount(rulebook, months, activity.participants);
  const allowed = longTerm && months !== undefined && linguisticSupportEligible(rulebook, months);
  const stored = row.cell("Linguistic");
  const asks = (typeof stored === "number" && stored > 0) || (stored === undefined && figure > 0);
  if (!allowed && (asks || figure > 0)) {
    const { min, max } = rulebook.linguistic.months.value;
    row.report(
      "error",
      months === undefined
        ? say("activity.linguistic-support/short-term", { min, max })
        : say("activity.linguistic-support/months", { min, max, months }),
      "Linguistic",
    );
    return;
  }
  if (!allowed) return;
  addAmountLine(context, row, {
    column: "Linguistic",
    category: "linguistic",
    partner: activity.partner,
    figure,
    eligible: eligible ? figure : 0,
    figures: linguisticFigures(),
    explain: () =>
      basis("basis/linguistic", {
        participants: activity.participants,
        perParticipant: rulebook.linguistic.perParticipant.value,
      }),
  });
}
