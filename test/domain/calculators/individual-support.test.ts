import { getRulebook, type Rulebook } from "../../../src/rules";
import {
  dailySupport,
  isLongTerm,
  monthlySupportRate,
  supportAmount,
} from "../../../src/domain/calculators";

const book = getRulebook() as Rulebook;
const staff = book.individualSupport.staff.value;
const learner = book.individualSupport.learner.value;

/*
 * Reference §5.2. Staff: 100 EUR a day for days 1–14, 70 for days 15–60.
 * Learners: 55 for days 1–14, 40 for days 15–60. Nothing after day 60.
 */

describe("dailySupport, staff (100 / 70)", () => {
  test.each([
    [1, 100],
    [5, 500],
    [14, 1400], // 14 × 100
    [15, 1470], // 1,400 + 1 × 70
    [16, 1540], // 1,400 + 2 × 70
    [30, 2520], // 1,400 + 16 × 70
    [59, 4550], // 1,400 + 45 × 70
    [60, 4620], // 1,400 + 46 × 70
    [61, 4620], // capped at day 60
    [90, 4620],
  ])("%d days → %d EUR", (days, amount) => {
    expect(dailySupport(staff, days)).toBe(amount);
  });

  test("0 days → 0", () => {
    expect(dailySupport(staff, 0)).toBe(0);
  });
});

describe("dailySupport, learners (55 / 40)", () => {
  test.each([
    [5, 275],
    [14, 770], // 14 × 55
    [15, 810], // 770 + 40
    [60, 2610], // 770 + 46 × 40
    [61, 2610],
  ])("%d days → %d EUR", (days, amount) => {
    expect(dailySupport(learner, days)).toBe(amount);
  });
});

describe("supportAmount, short-term activities", () => {
  test.each([
    ["staff-training", 14, 1, 1400],
    ["staff-training", 15, 1, 1470],
    ["staff-training", 60, 1, 4620],
    ["staff-training", 61, 1, 4620],
    ["staff-training", 5, 3, 1500], // 3 × 5 × 100
    ["accompanying", 15, 2, 2940], // staff rate: 2 × 1,470
    ["pupil-exchange", 5, 20, 5500], // 20 × 5 × 55
    ["pupil-exchange", 15, 1, 810],
    ["blended-mobility", 10, 4, 2200], // 4 × 10 × 55
    ["intensive-study", 14, 1, 770],
    ["intensive-study", 21, 10, 10500], // 10 × (770 + 7 × 40)
    ["intensive-study-staff", 21, 2, 3780], // 2 × (14 × 100 + 7 × 70)
  ] as const)("%s, %d days, %d participants → %d EUR", (type, days, participants, amount) => {
    expect(supportAmount(book, type, days, participants)).toBe(amount);
  });

  test("a short-term activity ignores the receiving country", () => {
    expect(supportAmount(book, "staff-training", 15, 1, "DK")).toBe(1470);
    expect(supportAmount(book, "staff-training", 15, 1, "UA")).toBe(1470);
  });
});

describe("supportAmount, long-term activities (monthly by receiving country)", () => {
  test("teaching assignment, 3 months to Latvia: 3 × 2,040 = 6,120", () => {
    expect(supportAmount(book, "teaching-assignment", 3, 1, "LV")).toBe(6120);
  });

  test("teaching assignment, 12 months to FYROM for 2 staff: 2 × 12 × 1,740 = 41,760", () => {
    expect(supportAmount(book, "teaching-assignment", 12, 2, "MK")).toBe(41760);
  });

  test("pupil long-term, 10 months to Denmark: 10 × 145 = 1,450", () => {
    expect(supportAmount(book, "pupil-long-term", 10, 1, "DK")).toBe(1450);
  });

  test("pupil long-term, 2 months to Latvia for 3 pupils: 3 × 2 × 80 = 480", () => {
    expect(supportAmount(book, "pupil-long-term", 2, 3, "LV")).toBe(480);
  });

  test("no receiving country, or one without a monthly amount (CH, UA): undefined", () => {
    expect(supportAmount(book, "teaching-assignment", 3, 1)).toBeUndefined();
    expect(supportAmount(book, "teaching-assignment", 3, 1, "CH")).toBeUndefined();
    expect(supportAmount(book, "pupil-long-term", 3, 1, "UA")).toBeUndefined();
  });
});

describe("monthlySupportRate", () => {
  test.each([
    ["teaching-assignment", "LV", 2040],
    ["pupil-long-term", "LV", 80],
    ["teaching-assignment", "MK", 1740],
    ["pupil-long-term", "MK", 65],
    ["teaching-assignment", "DK", 2640],
    ["pupil-long-term", "DK", 145],
    ["teaching-assignment", "GB", 2460],
    ["pupil-long-term", "RO", 60],
  ] as const)("%s to %s: %d EUR a month", (type, country, rate) => {
    expect(monthlySupportRate(book, type, country)).toBe(rate);
  });

  test("short-term types have no monthly rate", () => {
    expect(monthlySupportRate(book, "staff-training", "LV")).toBeUndefined();
  });
});

describe("isLongTerm", () => {
  test.each([
    ["teaching-assignment", true],
    ["pupil-long-term", true],
    ["staff-training", false],
    ["pupil-exchange", false],
    ["blended-mobility", false],
    ["intensive-study", false],
    ["accompanying", false],
  ] as const)("%s → %s", (type, longTerm) => {
    expect(isLongTerm(book, type)).toBe(longTerm);
  });
});
