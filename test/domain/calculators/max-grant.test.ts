import { getRulebook, type Rulebook } from "../../../src/rules";
import { maxGrant } from "../../../src/domain/calculators";

const book = getRulebook() as Rulebook;

/*
 * Reference §9: SP 150,000 EUR per project year (12,500 a month).
 * Reference §7: KA and SSA 700,000 EUR for 2 years, 1,000,000 EUR for 3 years.
 */

describe("maxGrant, Strategic Partnerships", () => {
  test.each([
    [24, 300000],
    [25, 312500],
    [30, 375000],
    [36, 450000],
  ])("%d months → %d EUR", (months, amount) => {
    expect(maxGrant(book, "SP", months)).toBe(amount);
  });
});

describe.each(["KA", "SSA"] as const)("maxGrant, %s", (action) => {
  test.each([
    [24, 700000],
    [36, 1000000],
    // Between the two allowed durations: the 2-year amount (the duration itself is a finding).
    [30, 700000],
    [35, 700000],
  ])("%d months → %d EUR", (months, amount) => {
    expect(maxGrant(book, action, months)).toBe(amount);
  });
});
