import { loadGazetteer } from "../../src/cli/gazetteer-file";
import { checkBudget, needsPlaceLookup } from "../../src/domain/check-budget";
import type { CellValue } from "../../src/domain/workbook";
import { DISTANCE } from "../../src/domain/worksheet-functions";
import { messageOf, rendered, withRule } from "../support/findings";
import { cleanStrategicPartnership, rawWorkbook, type WorkbookData } from "../support/raw-workbook";

/*
 * Meetings and Activities lines with From and To: where DistanceKm is blank the checker uses
 * the distance KA2.DISTANCE gives (whole km), a typed DistanceKm always wins, and places it
 * cannot resolve are findings on their cells.
 */

const places = loadGazetteer();

/** The clean SP with From and To columns added to a table, one [from, to] per row. */
function withPlaces(
  table: "Meetings" | "Activities",
  rows: [CellValue, CellValue, CellValue?][],
  data: WorkbookData = structuredClone(cleanStrategicPartnership()),
): WorkbookData {
  const target = data[table];
  if (!target) throw new Error(`no ${table}`);
  const distance = target.headers.indexOf("DistanceKm");
  target.headers.push("From", "To");
  target.rows.forEach((cells, index) => {
    const [from = null, to = null, km] = rows[index] ?? [];
    if (km !== undefined) cells[distance] = km;
    cells.push(from, to);
  });
  return data;
}

const rad = Math.PI / 180;
/** Law of cosines on the GeoNames coordinates: independent of the code's haversine. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const c =
    Math.sin(lat1 * rad) * Math.sin(lat2 * rad) +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos((lon2 - lon1) * rad);
  return Math.round(6371 * Math.acos(c));
}

describe("Meetings with From and To", () => {
  const data = withPlaces("Meetings", [
    ["Valencia, ES", "Rīga", null], // computed: Valencia (39.4698, -0.3774) – Riga (56.946, 24.1059)
    ["Köln", "Riga"], // DistanceKm 1,100 typed: it wins
    ["Tampere", "Riga", null],
  ]);
  const result = checkBudget(rawWorkbook(data), { places });

  it("computes the blank distances and keeps the typed one", () => {
    const [valencia, koln, tampere] = result.budget.meetings;
    expect(valencia?.distanceKm).toBe(km(39.4698, -0.3774, 56.946, 24.1059));
    expect(valencia?.distanceKm).toBe(2630);
    expect(valencia?.route?.from).toMatchObject({ name: "Valencia", country: "ES" });
    expect(valencia?.route?.to).toMatchObject({ name: "Riga", country: "LV" });
    expect(koln?.distanceKm).toBe(1100);
    expect(koln?.route).toBeUndefined();
    expect(tampere?.distanceKm).toBe(DISTANCE("Tampere", "Riga", places));
  });

  it("prices them as the template formula does, so the clean budget stays clean", () => {
    // 2,630 km: 2 × 760; 1,100 km: 2 × 575; Tampere–Riga, over 100 km: 575.
    expect(result.findings).toEqual([]);
    expect(result.totals.meetings).toBe(3245);
  });

  it("names the places when a stored amount differs", () => {
    const changed = structuredClone(data);
    const meetings = changed.Meetings;
    if (meetings?.rows[0]) meetings.rows[0][5] = 1150;
    const [mismatch] = withRule(checkBudget(rawWorkbook(changed), { places }), "amount.mismatch");
    expect(messageOf(mismatch)).toBe(
      "Meetings row 1, Amount holds 1,150 EUR; the rulebook gives 1,520 EUR (2 participants at 2,630 km (Valencia, Spain (ES) to Riga, Latvia (LV))). Restore the KA2 formula or correct the inputs.",
    );
  });

  it("reports a computed trip under 100 km with its places", () => {
    const near = withPlaces("Meetings", [["Helsinki", "Tallinn", null]]);
    const [under] = withRule(checkBudget(rawWorkbook(near), { places }), "distance.under-100km");
    expect(under).toMatchObject({ table: "Meetings", row: 1, column: "DistanceKm" });
    expect(messageOf(under)).toBe(
      "Meetings row 1: 82 km (Helsinki, Finland (FI) to Tallinn, Estonia (EE)) is under 100 km; meetings that close are not funded.",
    );
  });
});

describe("places that cannot be resolved", () => {
  it("are errors on their cells, and the line is not counted", () => {
    const data = withPlaces("Meetings", [
      ["Rigaa", "Brussels", null],
      ["Köln", null, null],
      ["Valencia, Narnia", "Riga", 1100], // typed DistanceKm: the places are not looked at
    ]);
    const result = checkBudget(rawWorkbook(data), { places });
    const unknown = withRule(result, "distance.unknown-place");
    expect(rendered(unknown)).toEqual([
      {
        rule: "distance.unknown-place",
        severity: "error",
        table: "Meetings",
        row: 1,
        column: "From",
        message:
          'Meetings row 1, From is not a place the add-in knows: "Rigaa" is not a city the add-in knows; check the spelling, or give its latitude,longitude. DistanceKm is blank, so the line was not counted; type the distance there or correct the place.',
      },
      {
        rule: "distance.unknown-place",
        severity: "error",
        table: "Meetings",
        row: 2,
        column: "To",
        message:
          "Meetings row 2, To is blank; with From given, the distance needs both places. DistanceKm is blank, so the line was not counted; type the distance there or correct the place.",
      },
    ]);
    expect(result.budget.meetings.map((meeting) => meeting.id)).toEqual(["M2-P4"]);
  });

  it("names a cell error", () => {
    const data = withPlaces("Activities", [[{ error: "#N/A" }, "Riga", null]]);
    const [error] = withRule(checkBudget(rawWorkbook(data), { places }), "distance.unknown-place");
    expect(error).toMatchObject({ table: "Activities", row: 1, column: "From" });
    expect(messageOf(error)).toMatch(/^Activities row 1, From shows the error #N\/A instead/);
  });

  it("say so when the places list was not passed", () => {
    const data = withPlaces("Meetings", [["Riga", "Brussels", null]]);
    const [missing] = withRule(checkBudget(rawWorkbook(data)), "distance.unknown-place");
    expect(missing).toMatchObject({ table: "Meetings", row: 1, column: "DistanceKm" });
    expect(messageOf(missing)).toContain("the add-in's list of places is not loaded");
  });

  it("leave a blank DistanceKm with no places a missing value, as before", () => {
    const data = withPlaces("Meetings", [[null, null, null]]);
    const [missing] = withRule(checkBudget(rawWorkbook(data), { places }), "input.missing-value");
    expect(missing).toMatchObject({ table: "Meetings", row: 1, column: "DistanceKm" });
  });
});

describe("Activities with From and To, at band edges", () => {
  // Along the equator's meridian 0: 0.8958° of latitude is 99.61 km, 4.4966° is 500.0 km.
  const data = withPlaces("Activities", [
    ["0, 0", "0.8958, 0", null], // 99.6 km → 100 km: first band (275 EUR), near the edge
    ["Riga", "Vilnius", null], // 261 km: not near an edge
  ]);
  const result = checkBudget(rawWorkbook(data), { places });

  it("bands the whole km and notes a distance near a band edge", () => {
    const [edge, vilnius] = result.budget.activities;
    expect(edge?.distanceKm).toBe(100);
    expect(vilnius?.distanceKm).toBe(261);
    const travel = [...result.lines].filter((line) => line.column === "Travel");
    expect(travel.map((line) => line.amount)).toEqual([3 * 275, 275]);
    expect(rendered(withRule(result, "distance.near-band-edge"))).toEqual([
      {
        rule: "distance.near-band-edge",
        severity: "info",
        table: "Activities",
        row: 1,
        column: "DistanceKm",
        message:
          "Activities row 1: 0, 0 (latitude, longitude) to 0.8958, 0 (latitude, longitude) is 100 km, within 5 km of the 100 km band edge. Check it with the EC distance calculator and type its figure in DistanceKm if it differs.",
      },
    ]);
  });

  it("counts 99.4 km as 99: not funded", () => {
    const below = withPlaces("Activities", [["0, 0", "0.894, 0", null]]);
    const check = checkBudget(rawWorkbook(below), { places });
    expect(check.budget.activities[0]?.distanceKm).toBe(99);
    expect(withRule(check, "distance.under-100km")).toHaveLength(1);
  });

  it("uses a typed 99.6 as given: under 100 km", () => {
    const typed = withPlaces("Activities", [["0, 0", "0.8958, 0", 99.6]]);
    const check = checkBudget(rawWorkbook(typed), { places });
    expect(check.budget.activities[0]?.distanceKm).toBe(99.6);
    expect(withRule(check, "distance.under-100km")).toHaveLength(1);
    expect(withRule(check, "distance.near-band-edge")).toEqual([]);
  });
});

describe("needsPlaceLookup", () => {
  it("is false without From and To columns, or when every DistanceKm is typed", () => {
    expect(needsPlaceLookup(rawWorkbook(cleanStrategicPartnership()))).toBe(false);
    expect(needsPlaceLookup(rawWorkbook(withPlaces("Meetings", [["Riga", "Brussels"]])))).toBe(
      false,
    );
  });

  it("is true when a line has a blank DistanceKm and a place", () => {
    expect(needsPlaceLookup(rawWorkbook(withPlaces("Activities", [[null, "Riga", null]])))).toBe(
      true,
    );
    expect(
      needsPlaceLookup(rawWorkbook(withPlaces("Meetings", [["Riga", "Brussels", null]]))),
    ).toBe(true);
  });
});
