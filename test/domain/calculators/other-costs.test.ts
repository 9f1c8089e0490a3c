import { getRulebook, type Rulebook } from "../../../src/rules";
import { exceptionalAmount, specialNeedsAmount } from "../../../src/domain/calculators";

const book = getRulebook() as Rulebook;

/* Reference §6: exceptional costs at 75% of the real cost; special needs at 100%. Cents rounded half up. */

describe("exceptionalAmount", () => {
  test.each([
    [10000, 7500],
    [66666.67, 50000], // 50,000.0025 → 50,000.00
    [66666.66, 50000], // 49,999.995 → 50,000.00: half a cent rounds up
    [66666.65, 49999.99], // 49,999.9875 → 49,999.99
    [0, 0],
    [1, 0.75],
    [1000.3, 750.23], // 750.225 → 750.23
    [2.9, 2.18], // 2.175 → 2.18
    [1234.5, 925.88], // 925.875 → 925.88
    [12345.67, 9259.25], // 9,259.2525 → 9,259.25
  ])("real cost %s → %s EUR", (realCost, amount) => {
    expect(exceptionalAmount(book, realCost)).toBe(amount);
  });
});

describe("specialNeedsAmount", () => {
  test.each([
    [0, 0],
    [1234.56, 1234.56],
    [4800, 4800],
    [0.01, 0.01],
  ])("real cost %s → %s EUR", (realCost, amount) => {
    expect(specialNeedsAmount(book, realCost)).toBe(amount);
  });
});
