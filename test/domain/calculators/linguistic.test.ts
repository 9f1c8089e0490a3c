import { getRulebook, type Rulebook } from "../../../src/rules";
import { linguisticAmount, linguisticSupportEligible } from "../../../src/domain/calculators";

const book = getRulebook() as Rulebook;

/* Reference §5.3: 150 EUR per participant, only for activities of 2–12 months. */

describe("linguisticSupportEligible", () => {
  test.each([
    [1, false],
    [1.5, false],
    [2, true],
    [6, true],
    [12, true],
    [12.5, false],
    [13, false],
  ])("%d months → %s", (months, eligible) => {
    expect(linguisticSupportEligible(book, months)).toBe(eligible);
  });
});

describe("linguisticAmount", () => {
  test.each([
    [1, 1, 0],
    [1, 5, 0],
    [2, 1, 150],
    [2, 4, 600],
    [12, 1, 150],
    [12, 10, 1500],
    [13, 1, 0],
    [13, 10, 0],
  ])("%d months, %d participants → %d EUR", (months, participants, amount) => {
    expect(linguisticAmount(book, months, participants)).toBe(amount);
  });
});
