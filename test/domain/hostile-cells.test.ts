import { numberArgument, ArgumentError } from "../../src/domain/arguments";
import { functionText } from "../../src/messages/function-messages";
import { numberFrom, isNumberWord } from "../../src/domain/cell-reading";
import { cleanCellText, quotedCellText } from "../../src/domain/cell-text";
import { checkBudget } from "../../src/domain/check-budget";
import { largestOf } from "../../src/domain/largest";
import { MEETING } from "../../src/domain/worksheet-functions";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";

describe("cell text quoted in messages", () => {
  test("a line break cannot start a line of its own, and bidi overrides are dropped", () => {
    expect(cleanCellText("LV\nNo findings: every figure matches.")).toBe(
      "LV No findings: every figure matches.",
    );
    expect(cleanCellText("abc\u202Efdp.exe\u0007")).toBe("abcfdp.exe");
    expect(quotedCellText("a\r\n\tb")).toBe('"a b"');
  });

  test("long text is cut to 80 characters ending in …", () => {
    const cut = cleanCellText("x".repeat(10_000_000));
    expect(cut).toBe(`${"x".repeat(79)}…`);
    expect(cleanCellText("y".repeat(80))).toBe("y".repeat(80));
    expect(cleanCellText("y".repeat(81))).toBe(`${"y".repeat(79)}…`);
  });

  test("a cut never splits a letter written as two UTF-16 units", () => {
    expect(cleanCellText("😀".repeat(100))).toBe(`${"😀".repeat(79)}…`);
  });
});

describe("numeric text", () => {
  test("reads plain numbers and refuses the rest", () => {
    expect(numberFrom(" 24 ")).toBe(24);
    expect(numberFrom("1.5")).toBe(1.5);
    expect(numberFrom(".5")).toBe(0.5);
    expect(numberFrom("3.")).toBe(3);
    expect(numberFrom("1,5")).toBeNaN();
    expect(numberFrom("1e3")).toBeNaN();
    expect(isNumberWord("-1.5e3")).toBe(true);
    expect(isNumberWord("1.2.3")).toBe(false);
  });

  // 40 cells of 32,767 digits and a letter took minutes with the old, backtracking pattern.
  test("a cell of 32,767 digits followed by a letter is refused in linear time", () => {
    const cell = `${"9".repeat(32_767)}x`;
    for (let index = 0; index < 40; index++) {
      expect(numberFrom(cell)).toBeNaN();
      expect(isNumberWord(cell)).toBe(false);
    }
  });
});

describe("numbers beyond any real budget", () => {
  test("a worksheet function refuses them instead of returning Infinity", () => {
    const english = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(ArgumentError);
        return functionText((error as ArgumentError).text, "en");
      }
      throw new Error("expected an ArgumentError");
    };
    expect(english(() => MEETING(1e308, 1e308))).toMatch(/beyond any real budget/);
    expect(
      english(() => numberArgument("participants", 2e9, { min: 1, quantity: "participants" })),
    ).toMatch(/got 2000000000, which is beyond any real budget \(more than 1,000,000,000\)/);
  });

  test("the checker reports them as input.out-of-range and keeps every total finite", () => {
    const data = cleanStrategicPartnership();
    const meetings = data.Meetings!;
    meetings.rows = [...meetings.rows, ["M9", "P2", 1, 1e308, 1e308, 1520]];
    const result = checkBudget(rawWorkbook(data));
    const outOfRange = result.findings.filter((item) => item.rule === "input.out-of-range");
    expect(outOfRange.map((item) => [item.table, item.row, item.column])).toEqual([
      ["Meetings", 4, "Participants"],
      ["Meetings", 4, "DistanceKm"],
    ]);
    for (const value of Object.values(result.totals)) expect(Number.isFinite(value)).toBe(true);
    // The row was left out: the clean budget's meetings total (hand-worked 3,245) is unchanged.
    expect(result.totals.meetings).toBe(3245);
  });
});

describe("largestOf", () => {
  test("takes 200,000 numbers, where Math.max(...list) overflows the stack", () => {
    const many = Array.from({ length: 200_000 }, (_, index) => index % 1000);
    expect(largestOf(many)).toBe(999);
    expect(largestOf([], 7)).toBe(7);
    expect(largestOf([3, 1], 0)).toBe(3);
  });
});
