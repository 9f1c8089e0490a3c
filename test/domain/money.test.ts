import { roundCents } from "../../src/domain/money";

describe("roundCents", () => {
  test.each([
    [0, 0],
    [7500, 7500],
    [1234.56, 1234.56],
    [50000.0025, 50000], // 0.75 × 66,666.67
    [49999.995, 50000], // 0.75 × 66,666.66: half a cent rounds up
    [1.005, 1.01],
    [0.015, 0.02],
    [0.014, 0.01],
    [312500.004, 312500],
  ])("%s → %s", (amount, rounded) => {
    expect(roundCents(amount)).toBe(rounded);
  });

  test("a product whose binary value falls just under the half cent still rounds up", () => {
    // 0.75 × 1,000.30 is 750.225 by hand, 750.2249999999999 in floating point.
    expect(roundCents(0.75 * 1000.3)).toBe(750.23);
    // 0.75 × 2.90 is 2.175 by hand, 2.1749999999999996 in floating point.
    expect(roundCents(0.75 * 2.9)).toBe(2.18);
    expect(roundCents(0.75 * 4.02)).toBe(3.02); // 3.015
  });

  test("an amount with float noise above a whole cent does not round up", () => {
    expect(roundCents(0.1 + 0.2)).toBe(0.3);
    expect(roundCents(1.1 * 3)).toBe(3.3);
  });
});
