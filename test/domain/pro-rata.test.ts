import { BudgetLines } from "../../src/domain/budget-lines";
import { grantWithin } from "../../src/domain/checks/pro-rata";

/** Meetings lines of these amounts, at indexes 0, 1 … */
function linesOf(...amounts: number[]): BudgetLines {
  const lines = new BudgetLines();
  amounts.forEach((amount, index) =>
    lines.add({
      table: "Meetings",
      row: index + 1,
      column: "Amount",
      category: "meetings",
      partner: "P1",
      amount,
      figures: [],
    }),
  );
  return lines;
}

const grantedOf = (lines: BudgetLines) => Array.from(lines, (line) => line.granted);

describe("grantWithin", () => {
  it("leaves lines under the limit whole", () => {
    const lines = linesOf(10000, 13000);
    grantWithin(lines, [0, 1], 23000);
    expect(grantedOf(lines)).toEqual([10000, 13000]);
  });

  it("cuts every line in proportion: 12,000 + 12,000 under a 23,000 cap → 11,500 each", () => {
    const lines = linesOf(12000, 12000);
    grantWithin(lines, [0, 1], 23000);
    expect(grantedOf(lines)).toEqual([11500, 11500]);
  });

  it("gives the rounding cents to the largest remainders so the lines add up to the cap", () => {
    // 3 × 10,000 under 23,000: 7,666.666… each → 7,666.67 + 7,666.67 + 7,666.66.
    const lines = linesOf(10000, 10000, 10000);
    grantWithin(lines, [0, 1, 2], 23000);
    const cents = grantedOf(lines).map((granted) => Math.round(granted * 100));
    expect(cents.reduce((a, b) => a + b, 0)).toBe(2300000);
    expect([...cents].sort()).toEqual([766666, 766667, 766667]);
  });

  it("cuts only the lines it is given: 8,000 + 12,000 of lines 1 and 3 under 10,000 → 4,000 and 6,000", () => {
    const lines = linesOf(5000, 8000, 7000, 12000);
    grantWithin(lines, [1, 3], 10000);
    expect(grantedOf(lines)).toEqual([5000, 4000, 7000, 6000]);
  });
});
