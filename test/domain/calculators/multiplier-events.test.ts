import { getRulebook, type Rulebook } from "../../../src/rules";
import { multiplierEventAmount } from "../../../src/domain/calculators";

const book = getRulebook() as Rulebook;

/* Reference §4: 100 EUR per local participant, 200 EUR per international participant. */

describe("multiplierEventAmount", () => {
  test.each([
    [10, 5, 2000], // 10 × 100 + 5 × 200
    [0, 0, 0],
    [1, 0, 100],
    [0, 1, 200],
    [40, 10, 6000],
    [300, 0, 30000], // exactly the 30,000 cap
    [0, 150, 30000],
    [301, 0, 30100], // over the cap: the checker caps, the line is priced as is
  ])("%d local + %d international → %d EUR", (local, foreign, amount) => {
    expect(multiplierEventAmount(book, local, foreign)).toBe(amount);
  });
});
