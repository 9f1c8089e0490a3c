import { getRulebook, type Rulebook } from "../../../src/rules";
import { travelAmount } from "../../../src/domain/calculators";
import { travelBandCases } from "../../support/reference-bands";

const book = getRulebook() as Rulebook;

/* Reference §5.1 (SP 2014): 275 EUR per participant for 100–1,999 km, 360 EUR from 2,000 km. */

describe("travelAmount", () => {
  test.each(travelBandCases)("one participant, %d km → %s EUR", (km, amount) => {
    expect(travelAmount(book, km, 1)).toBe(amount ?? 0); // no band: 0 EUR
  });

  test("per participant: 20 pupils Riga → Lisbon (about 3,260 km) = 20 × 360 = 7,200", () => {
    expect(travelAmount(book, 3260, 20)).toBe(7200);
  });

  test("1,999 vs 2,000 km for a group of 3: 825 vs 1,080", () => {
    expect(travelAmount(book, 1999, 3)).toBe(825);
    expect(travelAmount(book, 2000, 3)).toBe(1080);
  });

  test("under 100 km is not funded for any number of participants", () => {
    expect(travelAmount(book, 99, 30)).toBe(0);
  });
});
