import { checkChanged, setCell, withRule } from "../support/findings";

describe("the budget's rows, read when first asked for", () => {
  // Meetings row 2 names an unknown partner: reported by the check, and left out of the rows.
  const check = checkChanged((data) => setCell(data, "Meetings", 2, "Partner", "P9"));

  test("are the rows the check priced, with the check's partners", () => {
    expect(check.budget.meetings.map((m) => [m.row, m.id, m.partner.id, m.year])).toEqual([
      [1, "M1-P2", "P2", 1],
      [3, "M2-P4", "P4", 2],
    ]);
    expect(check.budget.meetings[0]!.partner).toBe(check.budget.partners[1]);
    expect(check.budget.outputs.map((o) => [o.output, o.partner.id, o.category, o.days])).toEqual([
      ["O1", "P1", "teacher", 20],
      ["O1", "P3", "manager", 5],
      ["O2", "P2", "technician", 10],
    ]);
    expect(check.budget.events.map((e) => [e.id, e.local, e.foreign])).toEqual([["E1", 30, 10]]);
    expect(check.budget.activities.map((a) => [a.id, a.type, a.host?.id, a.months])).toEqual([
      ["A1", "staff-training", "P1", undefined],
      ["A2", "pupil-long-term", "P1", 3],
    ]);
    expect(check.budget.otherCosts.map((c) => [c.id, c.kind, c.realCost])).toEqual([
      ["X1", "exceptional", 4000],
      ["X2", "special-needs", 500],
    ]);
  });

  test("are read once, and reading them adds no finding", () => {
    const findings = check.findings.length;
    expect(check.budget.meetings).toBe(check.budget.meetings);
    expect(check.budget.activities).toBe(check.budget.activities);
    expect(check.findings).toHaveLength(findings);
    expect(withRule(check, "input.unknown-partner")).toHaveLength(1);
  });
});
