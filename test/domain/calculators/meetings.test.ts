import { getRulebook, type Rulebook } from "../../../src/rules";
import { meetingAmount } from "../../../src/domain/calculators";

const book = getRulebook() as Rulebook;

/* Reference §2: 575 EUR per participant for 100–1,999 km, 760 EUR from 2,000 km, nothing under 100 km. */

describe("meetingAmount", () => {
  test.each([
    [0, 0],
    [99, 0],
    [99.99, 0],
    [100, 575],
    [1000, 575],
    [1999, 575],
    [1999.5, 575],
    [1999.99, 575],
    [2000, 760],
    [2000.01, 760],
    [9000, 760],
  ])("one participant, %d km → %d EUR", (km, amount) => {
    expect(meetingAmount(book, km, 1)).toBe(amount);
  });

  test("per participant: 4 × 575 = 2,300 and 4 × 760 = 3,040", () => {
    expect(meetingAmount(book, 1500, 4)).toBe(2300);
    expect(meetingAmount(book, 2400, 4)).toBe(3040);
  });

  test("under 100 km stays 0 however many travel", () => {
    expect(meetingAmount(book, 80, 12)).toBe(0);
  });

  test("no participants, no amount", () => {
    expect(meetingAmount(book, 1500, 0)).toBe(0);
  });

  test("the 23,000 yearly cap is reached by 40 participants at 575 (40 × 575 = 23,000)", () => {
    // The calculator prices lines; the cap is the checker's. Both sides of it by hand:
    expect(meetingAmount(book, 1200, 40)).toBe(23000);
    expect(meetingAmount(book, 1200, 41)).toBe(23575);
    expect(book.meetings.capPerProjectYear.value).toBe(23000);
  });
});
