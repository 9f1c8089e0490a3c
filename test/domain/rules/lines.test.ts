import { checkChanged, setCell, withRule, messageOf } from "../../support/findings";

describe("distance.under-100km", () => {
  it("a meeting at 99 km is not funded; at 100 km it is", () => {
    const at99 = checkChanged((data) => {
      setCell(data, "Meetings", 3, "DistanceKm", 99);
      setCell(data, "Meetings", 3, "Amount", 0);
    });
    expect(withRule(at99, "distance.under-100km")).toEqual([
      expect.objectContaining({
        severity: "warning",
        table: "Meetings",
        row: 3,
        column: "DistanceKm",
      }),
    ]);
    expect(at99.totals.meetings).toBe(2670);
    const at100 = checkChanged((data) => setCell(data, "Meetings", 3, "DistanceKm", 100));
    expect(at100.findings).toEqual([]);
  });

  it("travel at 99.9 km is 0 and reported", () => {
    const result = checkChanged((data) => {
      setCell(data, "Activities", 1, "DistanceKm", 99.9);
      setCell(data, "Activities", 1, "Travel", 0);
    });
    expect(withRule(result, "distance.under-100km")[0]).toMatchObject({
      table: "Activities",
      row: 1,
    });
    expect(result.totals.travel).toBe(275);
  });
});

describe("activity rules", () => {
  it.each([
    // 3 participants: 4 and 5 days at 100 EUR; 60 days = 14 × 100 + 46 × 70 = 4,620 each;
    // day 61 is not paid.
    [4, true, 1200],
    [5, false, 1500],
    [60, false, 13860],
    [61, true, 13860],
  ])("staff training of %i days → activity.duration: %s", (days, expected, support) => {
    const result = checkChanged((data) => {
      setCell(data, "Activities", 1, "Days", days);
      setCell(data, "Activities", 1, "Support", support);
    });
    expect(withRule(result, "activity.duration").length > 0).toBe(expected);
    expect(withRule(result, "amount.mismatch")).toEqual([]);
  });

  it("an ineligible activity counts for nothing", () => {
    const result = checkChanged((data) => {
      setCell(data, "Activities", 1, "Days", 3);
      setCell(data, "Activities", 1, "Support", 900);
    });
    expect(result.totals.travel).toBe(275);
    expect(result.totals.support).toBe(240);
  });

  it("15 days of staff training: 14 × 100 + 70 per participant", () => {
    const result = checkChanged((data) => {
      setCell(data, "Activities", 1, "Days", 15);
      setCell(data, "Activities", 1, "Support", 4410);
    });
    expect(result.findings).toEqual([]);
    expect(result.totals.support).toBe(4410 + 240);
  });

  it.each([
    [1, true],
    [2, false],
    [12, false],
    [13, true],
  ])("long-term pupil mobility of %i months → activity.duration: %s", (months, expected) => {
    const result = checkChanged((data) => {
      setCell(data, "Activities", 2, "Months", months);
      setCell(data, "Activities", 2, "Support", 80 * months);
      setCell(data, "Activities", 2, "Linguistic", months >= 2 && months <= 12 ? 150 : 0);
    });
    expect(withRule(result, "activity.duration").length > 0).toBe(expected);
  });

  it("activity.pupil-age: 13 is too young, 14 is fine", () => {
    const young = checkChanged((data) => setCell(data, "Activities", 2, "Age", 13));
    expect(withRule(young, "activity.pupil-age")).toEqual([
      expect.objectContaining({ table: "Activities", row: 2, column: "Age", severity: "error" }),
    ]);
    const fourteen = checkChanged((data) => setCell(data, "Activities", 2, "Age", 14));
    expect(fourteen.findings).toEqual([]);
  });

  it("a long-term activity needs the host, for the receiving country's rate", () => {
    const result = checkChanged((data) => setCell(data, "Activities", 2, "Host", null));
    expect(withRule(result, "input.missing-value")[0]).toMatchObject({ row: 2, column: "Host" });
  });

  it("activity.linguistic-support: not for a short-term activity", () => {
    const result = checkChanged((data) => setCell(data, "Activities", 1, "Linguistic", 450));
    expect(withRule(result, "activity.linguistic-support")).toEqual([
      expect.objectContaining({ table: "Activities", row: 1, column: "Linguistic" }),
    ]);
    expect(result.totals.linguistic).toBe(150);
  });
});

describe("meetings and events", () => {
  it("meeting.year: year 3 of a 24-month project", () => {
    const result = checkChanged((data) => setCell(data, "Meetings", 1, "Year", 3));
    expect(withRule(result, "meeting.year")[0]).toMatchObject({ row: 1, column: "Year" });
  });

  it("rule.events-need-outputs: an event for an output that does not exist", () => {
    const result = checkChanged((data) => setCell(data, "Events", 1, "Output", "O9"));
    expect(messageOf(withRule(result, "rule.events-need-outputs")[0])).toContain('"O9"');
    expect(result.totals.events).toBe(0);
  });

  it("rule.events-need-outputs: a project with no outputs", () => {
    const result = checkChanged((data) => (data.Outputs!.rows = []));
    expect(messageOf(withRule(result, "rule.events-need-outputs")[0])).toContain(
      "no intellectual outputs",
    );
  });

  it("events in a workbook with no Outputs table at all are not funded either", () => {
    const result = checkChanged((data) => delete data.Outputs);
    expect(withRule(result, "rule.events-need-outputs")).toEqual([
      expect.objectContaining({ severity: "error", table: "Events", row: 1, column: "Output" }),
    ]);
    expect(result.totals.events).toBe(0);
  });
});

describe("amount.mismatch", () => {
  it("a typed-over amount names the stored and the rulebook figure", () => {
    const result = checkChanged((data) => setCell(data, "Partners", 1, "Management", 11000));
    const [mismatch] = withRule(result, "amount.mismatch");
    expect(mismatch).toMatchObject({
      severity: "error",
      table: "Partners",
      row: 1,
      column: "Management",
    });
    expect(messageOf(mismatch)).toContain("11,000 EUR");
    expect(messageOf(mismatch)).toContain("12,000 EUR");
    expect(result.totals.management).toBe(30000);
  });

  it("#NAME? amounts (add-in not loaded) are one warning per column, with their cells", () => {
    const result = checkChanged((data) => {
      setCell(data, "Meetings", 1, "Amount", { error: "#NAME?" });
      setCell(data, "Meetings", 3, "Amount", { error: "#NAME?" });
    });
    const mismatches = withRule(result, "amount.mismatch");
    expect(mismatches).toEqual([
      expect.objectContaining({
        severity: "warning",
        table: "Meetings",
        column: "Amount",
        rows: [1, 3],
      }),
    ]);
    expect(messageOf(mismatches[0])).toBe(
      "Meetings: 2 Amount cells show #NAME?: the KA2 functions were not available when the sheet was calculated (the add-in not loaded, or recalculated in another program). Open the file in Excel with the KA2 add-in loaded. The checker counted the rulebook's figures.",
    );
    expect(result.totals.meetings).toBe(3245); // 1,520 + 1,150 + 575, from the rulebook
  });
});

describe("amount.blank", () => {
  it("blank amounts are one warning per table column, with their count and rows", () => {
    const result = checkChanged((data) => {
      for (const row of [1, 2, 3]) setCell(data, "Meetings", row, "Amount", null);
      setCell(data, "Activities", 2, "Support", null);
      setCell(data, "Activities", 2, "Linguistic", "");
    });
    expect(result.findings.map((f) => [f.rule, f.severity, f.table, f.column, f.rows])).toEqual([
      ["amount.blank", "warning", "Meetings", "Amount", [1, 2, 3]],
      ["amount.blank", "warning", "Activities", "Support", [2]],
      ["amount.blank", "warning", "Activities", "Linguistic", [2]],
    ]);
    expect(messageOf(result.findings[0])).toBe(
      "Meetings: 3 Amount cells are blank or were never calculated; restore the KA2 formula or open and save the file in Excel. The checker counted the rulebook's figures.",
    );
    expect(messageOf(result.findings[1])).toMatch(
      /^Activities: 1 Support cell is blank or was never calculated;/,
    );
    expect(messageOf(result.findings[0], "lv")).toMatch(
      /^Meetings: kolonnā Amount ir 3 tukšas vai neaprēķinātas šūnas;/,
    );
    expect(messageOf(result.findings[1], "lv")).toMatch(
      /^Activities: kolonnā Support ir 1 tukša vai neaprēķināta šūna;/,
    );
  });

  it("a workbook whose amount cells are all blank no longer checks clean", () => {
    const result = checkChanged((data) => {
      for (const table of Object.values(data)) {
        for (const header of ["Management", "Amount", "Travel", "Support", "Linguistic"]) {
          const column = table.headers.indexOf(header);
          if (column >= 0) for (const row of table.rows) row[column] = null;
        }
      }
    });
    // 4 management, 3 meetings, 3 outputs, 1 event, travel and support of 2 activities,
    // linguistic support of the long-term one (A1 has no months), 2 other costs: 18 cells.
    const blank = withRule(result, "amount.blank");
    expect(blank.reduce((sum, f) => sum + (f.rows?.length ?? 0), 0)).toBe(18);
    expect(blank).toHaveLength(8);
    expect(result.totals.total).toBe(48890); // the rulebook's figures are still counted
  });
});

describe("amount.mismatch, small differences", () => {
  it("a difference under half a cent is not a mismatch", () => {
    const result = checkChanged((data) => setCell(data, "Meetings", 1, "Amount", 1520.004));
    expect(result.findings).toEqual([]);
  });
});
