import { getRulebook, type Rulebook } from "../../../src/rules";
import { rateRowFor, staffCost, staffDayRate } from "../../../src/domain/calculators";

const book = getRulebook() as Rulebook;

/*
 * Reference §3. Rows (manager / teacher / technician / admin):
 * 1: 294 / 241 / 190 / 157; 2: 280 / 214 / 162 / 131; 3: 164 / 137 / 102 / 78; 4: 88 / 74 / 55 / 47.
 */

describe("staffCost", () => {
  test("teacher employed in Latvia, 10 days: 10 × 74 = 740", () => {
    expect(staffCost(book, "teacher", "LV", 10)).toBe(740);
  });

  test("manager employed in Germany, 5 days: 5 × 280 = 1,400", () => {
    expect(staffCost(book, "manager", "DE", 5)).toBe(1400);
  });

  test("technician in Denmark, 20 days: 20 × 190 = 3,800", () => {
    expect(staffCost(book, "technician", "DK", 20)).toBe(3800);
  });

  test("administrative staff in Malta, 12 days: 12 × 78 = 936", () => {
    expect(staffCost(book, "admin", "MT", 12)).toBe(936);
  });

  test("teacher in Switzerland (Partner Country, row 1), 10 days: 10 × 241 = 2,410", () => {
    expect(staffCost(book, "teacher", "CH", 10)).toBe(2410);
  });

  test("teacher in Ukraine (Partner Country not listed, row 4), 10 days: 740", () => {
    expect(staffCost(book, "teacher", "UA", 10)).toBe(740);
  });

  test("half a day of a manager in the United Kingdom: 0.5 × 280 = 140", () => {
    expect(staffCost(book, "manager", "GB", 0.5)).toBe(140);
  });
});

describe("staffDayRate", () => {
  test.each([
    // Programme Countries
    ["manager", "DK", 294],
    ["teacher", "DK", 241],
    ["technician", "NO", 190],
    ["admin", "LI", 157],
    ["manager", "GB", 280],
    ["teacher", "DE", 214],
    ["technician", "IS", 162],
    ["admin", "FR", 131],
    ["manager", "CZ", 164],
    ["teacher", "MT", 137],
    ["technician", "GR", 102],
    ["admin", "SI", 78],
    ["manager", "LV", 88],
    ["teacher", "MK", 74],
    ["technician", "TR", 55],
    ["admin", "PL", 47],
    // Partner Countries
    ["manager", "CH", 294],
    ["admin", "US", 157],
    ["technician", "JP", 162],
    ["teacher", "IL", 137],
    ["manager", "UA", 88],
    ["manager", "RS", 88],
  ] as const)("%s in %s: %d EUR a day", (category, country, rate) => {
    expect(staffDayRate(book, category, country)).toBe(rate);
  });
});

describe("rateRowFor", () => {
  test.each([
    ["DK", "1"],
    ["GB", "2"],
    ["MT", "3"],
    ["LV", "4"],
    ["MK", "4"],
    ["TR", "4"],
    ["CH", "1"],
    ["US", "1"],
    ["NZ", "2"],
    ["KR", "3"],
    ["UA", "4"],
    ["RS", "4"], // Serbia: a Partner Country in 2014, not listed → row 4
    ["BR", "4"],
  ])("%s → row %s", (country, row) => {
    expect(rateRowFor(book, country)).toBe(row);
  });
});
