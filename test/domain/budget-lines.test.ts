import { BudgetLines } from "../../src/domain/budget-lines";

const meetingFigures = Object.freeze(["meetings.bands.1.amount"]);
const staffFigures = Object.freeze(["staffRates.rows.2.teacher"]);

/** Two meetings lines (stored 575 and none) and an outputs line whose stored amount is 0. */
function threeLines(): BudgetLines {
  const lines = new BudgetLines();
  lines.add({
    table: "Meetings",
    row: 1,
    column: "Amount",
    category: "meetings",
    partner: "P1",
    amount: 575,
    stored: 575,
    figures: meetingFigures,
  });
  lines.add({
    table: "Meetings",
    row: 2,
    column: "Amount",
    category: "meetings",
    partner: "P2",
    amount: 1150,
    figures: meetingFigures,
  });
  lines.add({
    table: "Outputs",
    row: 1,
    column: "Amount",
    category: "outputs",
    partner: "P1",
    amount: 2140,
    stored: 0,
    figures: staffFigures,
  });
  return lines;
}

describe("BudgetLines", () => {
  test("gives back each field as added; granted starts as the amount", () => {
    const lines = threeLines();
    expect(lines.length).toBe(3);
    expect(lines.table(2)).toBe("Outputs");
    expect(lines.row(1)).toBe(2);
    expect(lines.column(2)).toBe("Amount");
    expect(lines.category(2)).toBe("outputs");
    expect(lines.partner(1)).toBe("P2");
    expect(lines.amount(1)).toBe(1150);
    expect(lines.granted(1)).toBe(1150);
    expect(lines.figures(0)).toBe(meetingFigures);
    expect(lines.figures(2)).toBe(staffFigures);
  });

  test("a stored amount of 0 is kept apart from no stored amount", () => {
    const lines = threeLines();
    expect(lines.stored(0)).toBe(575);
    expect(lines.stored(1)).toBeUndefined();
    expect(lines.stored(2)).toBe(0);
    const [first, second, third] = lines;
    expect(first).toHaveProperty("stored", 575);
    expect(second).not.toHaveProperty("stored");
    expect(third).toHaveProperty("stored", 0);
  });

  test("at() and iteration give copies as BudgetLine objects", () => {
    const lines = threeLines();
    expect(lines.at(1)).toEqual({
      table: "Meetings",
      row: 2,
      column: "Amount",
      category: "meetings",
      partner: "P2",
      amount: 1150,
      granted: 1150,
      figures: ["meetings.bands.1.amount"],
    });
    const copy = lines.at(1);
    copy.granted = 0;
    expect(lines.granted(1)).toBe(1150);
    expect(Array.from(lines, (line) => line.row)).toEqual([1, 2, 1]);
  });

  test("sums amounts and granted amounts, of all lines or of the listed ones", () => {
    const lines = threeLines();
    lines.setGranted(1, 1000.5);
    expect(lines.sum("amount")).toBe(575 + 1150 + 2140);
    expect(lines.sum("granted")).toBe(575 + 1000.5 + 2140);
    expect(lines.sum("granted", [1, 2])).toBe(3140.5);
    expect(lines.sum("amount", [])).toBe(0);
  });

  test("changes figure lists once per distinct list, for the listed lines or all", () => {
    const lines = threeLines();
    const seen: (readonly string[])[] = [];
    const longer = (figures: readonly string[]) => {
      seen.push(figures);
      return Object.freeze([...figures, "meetings.capPerProjectYear"]);
    };
    lines.changeFigures(longer, [0, 1]);
    expect(seen).toEqual([meetingFigures]);
    expect(lines.figures(0)).toEqual(["meetings.bands.1.amount", "meetings.capPerProjectYear"]);
    expect(lines.figures(1)).toBe(lines.figures(0));
    expect(lines.figures(2)).toBe(staffFigures);
    lines.changeFigures((figures) => [...figures, "actions.SP.maxGrant.amount"]);
    expect(lines.figures(2)).toEqual(["staffRates.rows.2.teacher", "actions.SP.maxGrant.amount"]);
    expect(lines.figures(1)).toEqual([
      "meetings.bands.1.amount",
      "meetings.capPerProjectYear",
      "actions.SP.maxGrant.amount",
    ]);
  });

  test("adds up the lines per figure list, in the order of the first line using each", () => {
    const lines = threeLines();
    lines.add({
      table: "Activities",
      row: 1,
      column: "Travel",
      category: "travel",
      partner: "P1",
      amount: 360.5,
      figures: meetingFigures,
    });
    // Line 1's list is held against the cap from here on: a list no line used before.
    const capped = Object.freeze(["meetings.bands.1.amount", "meetings.capPerProjectYear"]);
    lines.changeFigures(() => capped, [1]);
    expect(lines.usesByFigureList()).toEqual([
      {
        figures: meetingFigures,
        amount: 575 + 360.5,
        lines: 2,
        tables: ["Meetings", "Activities"],
      },
      { figures: capped, amount: 1150, lines: 1, tables: ["Meetings"] },
      { figures: staffFigures, amount: 2140, lines: 1, tables: ["Outputs"] },
    ]);
  });

  test("grows past its first block of 512 lines and keeps every line", () => {
    const lines = new BudgetLines();
    for (let row = 1; row <= 1000; row++) {
      lines.add({
        table: "Activities",
        row,
        column: row % 2 === 0 ? "Travel" : "Support",
        category: row % 2 === 0 ? "travel" : "support",
        partner: `P${row % 7}`,
        amount: row * 0.25,
        ...(row % 3 === 0 ? { stored: row } : {}),
        figures: row % 2 === 0 ? meetingFigures : staffFigures,
      });
    }
    expect(lines.length).toBe(1000);
    expect(lines.at(999)).toEqual({
      table: "Activities",
      row: 1000,
      column: "Travel",
      category: "travel",
      partner: "P6",
      amount: 250,
      granted: 250,
      figures: meetingFigures,
    });
    expect(lines.stored(998)).toBe(999);
    expect(lines.partner(0)).toBe("P1");
    // 0.25 × (1 + … + 1000) = 0.25 × 500,500
    expect(lines.sum("amount")).toBe(125125);
  });

  test("an index outside the lines is an error, not a silent 0", () => {
    const lines = threeLines();
    expect(() => lines.amount(3)).toThrow(RangeError);
    expect(() => lines.setGranted(-1, 5)).toThrow(RangeError);
  });
});
