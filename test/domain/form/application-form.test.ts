import { formWording } from "../../../src/messages/messages";
import { checkBudget } from "../../../src/domain/check-budget";
import { applicationForm } from "../../../src/domain/form/application-form";
import { checkChanged } from "../../support/findings";
import { cleanStrategicPartnership, rawWorkbook } from "../../support/raw-workbook";
import type { BudgetCheck } from "../../../src/domain/budget-check";
import { totalCategories } from "../../../src/domain/budget-check";

const english = formWording("en");

const sectionIds = (check: BudgetCheck) =>
  applicationForm(check, english).sections.map((s) => s.id);

describe("applicationForm on the clean Strategic Partnership", () => {
  const check = checkBudget(rawWorkbook(cleanStrategicPartnership()));
  const form = applicationForm(check, english);

  it("lists the sections in the form's order", () => {
    expect(form.sections.map((s) => s.id)).toEqual([
      "management",
      "meetings",
      "outputs",
      "events",
      "activities",
      "exceptional",
      "specialNeeds",
      "summary",
    ]);
    expect(form.errors).toEqual([]);
  });

  it("gives the meetings with their bands, worked out by hand", () => {
    const meetings = form.sections.find((s) => s.id === "meetings")!;
    expect(meetings.rows.map((r) => [r.meeting, r.band, r.participants, r.grant])).toEqual([
      ["M1-P2", "2,000 km and more", 2, 1520],
      ["M1-P3", "100–1,999 km", 2, 1150],
      ["M2-P4", "100–1,999 km", 1, 575],
    ]);
    expect(meetings.total).toEqual({ requested: 3245, granted: 3245, cut: 0 });
  });

  it("gives each activity's travel, support and linguistic support", () => {
    const activities = form.sections.find((s) => s.id === "activities")!;
    expect(activities.rows[1]).toMatchObject({
      activity: "A2",
      band: "100–1,999 km",
      duration: "3 months",
      travel: 275,
      support: 240,
      linguistic: 150,
      grant: 665,
    });
  });

  it("sums each organisation's money by category (hand-checked)", () => {
    const summary = form.sections.find((s) => s.id === "summary")!;
    expect(summary.rows.map((r) => [r.organisation, r.total])).toEqual([
      ["P1 — Latvijas Universitāte", 21480], // 12,000 + 1,480 + 5,000 + 3,000
      ["P2 — Universidad de Valencia", 11120], // 6,000 + 1,520 + 1,020 + 1,080 + 1,500
      ["P3 — Berufsschule Köln", 9215], // 6,000 + 1,150 + 1,400 + 275 + 240 + 150
      ["P4 — Tampere School", 7075], // 6,000 + 575 + 500
    ]);
    expect(form.total).toEqual({ requested: 48890, granted: 48890, maxGrant: 300000, cut: 0 });
  });
});

describe("the project's Field in the form", () => {
  const inField = (field: string) =>
    checkChanged((data) => data.Project?.rows.push(["Field", field]));

  it("names the field after the action: its code, and its name in the export's language", () => {
    // Typed in Latvian: the form gives the code and the name in the wording's language.
    const check = inField("Pieaugušo izglītība");
    expect(applicationForm(check, english)).toMatchObject({
      action: "SP",
      field: "adult",
      fieldName: "Adult education",
      months: 24,
    });
    expect(applicationForm(check, formWording("lv")).fieldName).toBe("Pieaugušo izglītība");
    // The JSON export lists the keys in the form's order: the field right after the action.
    expect(Object.keys(applicationForm(check, english)).slice(0, 5)).toEqual([
      "title",
      "action",
      "field",
      "fieldName",
      "months",
    ]);
  });

  it("leaves both out when the Field setting is blank or the action is not an SP", () => {
    const blank = applicationForm(checkBudget(rawWorkbook(cleanStrategicPartnership())), english);
    expect("field" in blank || "fieldName" in blank).toBe(false);
    const knowledge = checkChanged((data) => {
      data.Project?.rows.push(["Field", "youth"]);
      const action = data.Project?.rows.find((row) => row[0] === "Action");
      if (action) action[1] = "KA";
    });
    expect(applicationForm(knowledge, english).field).toBeUndefined();
  });
});

describe("applicationForm under caps", () => {
  // Year 1 meetings: 2 × 21 × 575 = 24,150 asked under a 23,000 cap.
  const check = checkChanged((data) => {
    data.Meetings!.rows = [
      ["M1-P2", "P2", 1, 21, 1500, 12075],
      ["M1-P3", "P3", 1, 21, 1500, 12075],
    ];
  });
  const form = applicationForm(check, english);

  it("shows the cut in the section and the accepted amounts per line", () => {
    const meetings = form.sections.find((s) => s.id === "meetings")!;
    expect(meetings.total).toEqual({ requested: 24150, granted: 23000, cut: 1150 });
    expect(meetings.rows.map((r) => r.grant)).toEqual([11500, 11500]);
    expect(meetings.note).toContain("23,000 EUR");
    expect(form.errors.map((e) => e.rule)).toEqual(["cap.meetings-per-year"]);
  });

  it("per-organisation sums equal the category totals, and the total the checker's", () => {
    const summary = form.sections.find((s) => s.id === "summary")!;
    for (const category of totalCategories) {
      const sum = summary.rows.reduce((total, row) => total + Number(row[category] ?? 0), 0);
      expect(sum).toBeCloseTo(check.totals[category], 2);
    }
    const grand = summary.rows.reduce((total, row) => total + Number(row.total), 0);
    expect(grand).toBeCloseTo(check.totals.total, 2);
    expect(form.total.granted).toBe(check.totals.total);
  });
});

describe("applicationForm for a Knowledge Alliance", () => {
  it("has only the KA categories, with implementation support in place of outputs", () => {
    const check = checkChanged((data) => {
      data.Project!.rows[0] = ["Action", "KA"];
    });
    const form = applicationForm(check, english);
    expect(sectionIds(check)).toEqual(["outputs", "activities", "specialNeeds", "summary"]);
    expect(form.sections[0]!.title).toBe("Implementation support (staff days)");
  });
});

describe("applicationForm after a Rates table", () => {
  it("labels the meetings' bands with the edges the Rates table set", () => {
    const data = structuredClone(cleanStrategicPartnership());
    data.Rates = {
      headers: ["Figure", "Value", "Source"],
      rows: [
        ["meetings.bands.1.toKm", 1500, "NA letter"],
        ["meetings.bands.2.fromKm", 1500, "NA letter"],
      ],
    };
    const check = checkBudget(rawWorkbook(data));
    expect(check.overridden).toEqual(["meetings.bands.1.toKm", "meetings.bands.2.fromKm"]);
    const meetings = applicationForm(check, english).sections.find((s) => s.id === "meetings")!;
    expect(meetings.rows.map((r) => [r.meeting, r.band])).toEqual([
      ["M1-P2", "1,500 km and more"],
      ["M1-P3", "100–1,499 km"],
      ["M2-P4", "100–1,499 km"],
    ]);
  });
});
