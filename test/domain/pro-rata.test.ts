import type { BudgetLine } from "../../src/domain/budget-check";
import { grantWithin } from "../../src/domain/checks/pro-rata";

const line = (amount: number): BudgetLine => ({
  table: "Meetings",
  row: 1,
  column: "Amount",
  category: "meetings",
  partner: "P1",
  amount,
  granted: amount,
  figures: [],
});

describe("grantWithin", () => {
  it("leaves lines under the limit whole", () => {
    const lines = [line(10000), line(13000)];
    grantWithin(lines, 23000);
    expect(lines.map((l) => l.granted)).toEqual([10000, 13000]);
  });

  it("cuts every line in proportion: 12,000 + 12,000 under a 23,000 cap → 11,500 each", () => {
    const lines = [line(12000), line(12000)];
    grantWithin(lines, 23000);
    expect(lines.map((l) => l.granted)).toEqual([11500, 11500]);
  });

  it("gives the rounding cents to the largest remainders so the lines add up to the cap", () => {
    // 3 × 10,000 under 23,000: 7,666.666… each → 7,666.67 + 7,666.67 + 7,666.66.
    const lines = [line(10000), line(10000), line(10000)];
    grantWithin(lines, 23000);
    const cents = lines.map((l) => Math.round(l.granted * 100));
    expect(cents.reduce((a, b) => a + b, 0)).toBe(2300000);
    expect([...cents].sort()).toEqual([766666, 766667, 766667]);
  });
});
