import { bandFigures, meetingAmount } from "../calculators";
import type { CheckContext, Meeting } from "../model";
import { basis, say } from "../finding-text";
import { addAmountLine, partnerOf } from "./amount-line";
import { IdRegister } from "./id-register";
import { lineDistance, reportUnderFirstBand, routeRef } from "./line-distance";
import { openLineTable } from "./line-table";

/**
 * The project year of each priced meeting, by its data row; 0 for a row with no meeting
 * (the meetings cap is per project year). One block of memory, not an object per meeting.
 */
export type MeetingYears = Int32Array;

/**
 * Reads and prices the transnational project meetings. `kept`: where to keep the meetings
 * read, as objects; the check keeps none (src/domain/budget-records.ts).
 */
export function checkMeetings(context: CheckContext, kept?: Meeting[]): MeetingYears {
  const { rulebook, project } = context;
  const rows = openLineTable(
    context,
    "Meetings",
    context.categories.has("meetings"),
    say("input.missing-table/meetings", {}),
  );
  const projectYears = project.months === undefined ? 3 : Math.ceil(project.months / 12);
  const ids = new IdRegister(rows.rowCount);
  const years = new Int32Array(rows.rowCount + 1);
  for (const row of rows.rows()) {
    const id = row.text("ID", true);
    const partner = partnerOf(context, row, "Partner", true);
    const year = row.number("Year", { integer: true, min: 1, required: true });
    const participants = row.number("Participants", { integer: true, required: true });
    const distance = lineDistance(context, row, rulebook.meetings.bands.value);
    if (year !== undefined && year > projectYears) {
      row.report(
        "error",
        say("meeting.year", { year, months: project.months ?? null, years: projectYears }),
        "Year",
      );
      continue;
    }
    if (id === undefined || !ids.claim(row, "ID", id)) continue;
    if (!partner || year === undefined || participants === undefined || distance === undefined) {
      continue;
    }
    const { km: distanceKm, route } = distance;
    if (kept) {
      const meeting: Meeting = { row: row.row, id, partner, year, participants, distanceKm };
      if (route) meeting.route = route;
      kept.push(meeting);
    }
    years[row.row] = year;
    reportUnderFirstBand(context, row, {
      km: distanceKm,
      route,
      bands: rulebook.meetings.bands.value,
      funded: context.categories.has("meetings"),
      kind: "meeting",
    });
    const figure = meetingAmount(rulebook, distanceKm, participants);
    addAmountLine(context, row, {
      column: "Amount",
      category: "meetings",
      partner,
      figure,
      eligible: figure,
      figures: bandFigures("meetings", rulebook.meetings.bands.value, distanceKm),
      explain: () =>
        basis("basis/travel", { participants, km: distanceKm, route: routeRef(route) }),
    });
  }
  return years;
}
