import { getRulebook, type Rulebook } from "../../../src/rules";
import { managementAmount, managementCap } from "../../../src/domain/calculators";

const book = getRulebook() as Rulebook;

/* Reference §1: 500 EUR a month for the coordinator, 250 for each other organisation, at most 2,750 a month. */

describe("managementAmount", () => {
  test.each([
    ["coordinator", 24, 12000],
    ["coordinator", 36, 18000],
    ["coordinator", 1, 500],
    ["partner", 24, 6000],
    ["partner", 36, 9000],
    ["partner", 30, 7500],
    ["partner", 0, 0],
  ] as const)("%s for %d months → %d EUR", (role, months, amount) => {
    expect(managementAmount(book, role, months)).toBe(amount);
  });
});

describe("managementCap", () => {
  test.each([
    [24, 66000], // 2,750 × 24
    [30, 82500],
    [36, 99000],
  ])("%d months → %d EUR", (months, cap) => {
    expect(managementCap(book, months)).toBe(cap);
  });

  test("10 organisations over 24 months reach the cap exactly; an 11th goes over it", () => {
    const ten =
      managementAmount(book, "coordinator", 24) + 9 * managementAmount(book, "partner", 24);
    const eleven = ten + managementAmount(book, "partner", 24);
    expect(ten).toBe(66000); // 12,000 + 9 × 6,000
    expect(eleven).toBe(72000);
    expect(ten).toBeLessThanOrEqual(managementCap(book, 24));
    expect(eleven).toBeGreaterThan(managementCap(book, 24));
  });
});
