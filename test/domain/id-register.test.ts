import { IdRegister } from "../../src/domain/tables/id-register";
import type { RowReader } from "../../src/domain/parse/table-rows";
import { checkBudget } from "../../src/domain/check-budget";
import type { CellValue } from "../../src/domain/workbook";
import { withRule } from "../support/findings";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";

/** A 24-month SP whose Meetings table holds `ids`, one meeting of 575 EUR (280 km) per row. */
function meetingsWithIds(ids: CellValue[], yearOf: (row: number) => number = () => 1) {
  const data = cleanStrategicPartnership();
  data.Meetings = {
    headers: ["ID", "Partner", "Year", "Participants", "DistanceKm"],
    rows: ids.map((id, index) => [id, "P2", yearOf(index + 1), 1, 280]),
  };
  return checkBudget(rawWorkbook(data));
}

describe("duplicate IDs in a large table (the ID register)", () => {
  // 5,000 rows: the register is made at the table's size (16,384 slots) and never grows.
  const ids: CellValue[] = Array.from({ length: 5000 }, (_, index) => `M${index + 1}`);
  ids[3999] = " m17"; // row 4,000 repeats row 17, in other case and with a space
  ids[4499] = "M3999"; // row 4,500 repeats row 3,999
  ids[4998] = "m17"; // row 4,999 repeats row 17 again: still the first use is row 17
  ids[99] = 4242; // a number ID at row 100 …
  ids[4241] = " 4242"; // … and the same ID as text at row 4,242
  const check = meetingsWithIds(ids);

  test("reports each second use once, naming the first row, in row order", () => {
    expect(
      withRule(check, "input.duplicate-id").map((f) => [f.table, f.row, f.column, f.text.params]),
    ).toEqual([
      ["Meetings", 4000, "ID", { id: "m17", first: 17 }],
      ["Meetings", 4242, "ID", { id: "4242", first: 100 }],
      ["Meetings", 4500, "ID", { id: "M3999", first: 3999 }],
      ["Meetings", 4999, "ID", { id: "m17", first: 17 }],
    ]);
  });

  test("prices only the first use: 4,996 meetings of 575 EUR", () => {
    expect(check.caps.find((cap) => cap.id === "meetings-year-1")?.requested).toBe(4996 * 575);
    expect([...check.lines].filter((line) => line.table === "Meetings")).toHaveLength(4996);
  });

  test("a row left out before its ID is claimed does not hold the ID", () => {
    // Row 2 is in project year 3 of a 24-month project: reported and skipped, so row 3's "mx"
    // is not a second use of row 2's "MX".
    const skipped = meetingsWithIds(["M0", "MX", "mx"], (row) => (row === 2 ? 3 : 1));
    expect(withRule(skipped, "input.duplicate-id")).toEqual([]);
    expect(withRule(skipped, "meeting.year")).toMatchObject([{ row: 2 }]);
  });
});

describe("IdRegister made without a size", () => {
  /** Just what claim() uses of a row: its number, and where it reports. */
  function rowAt(row: number, reported: unknown[]): RowReader {
    return { row, report: (...finding: unknown[]) => reported.push([row, ...finding]) } as never;
  }

  test("grows past its first table and still knows every ID and its first row", () => {
    const register = new IdRegister();
    const reported: unknown[] = [];
    for (let row = 1; row <= 3000; row++) {
      expect(register.claim(rowAt(row, reported), "ID", `A${row}`)).toBe(true);
    }
    expect(register.claim(rowAt(3001, reported), "ID", "a17")).toBe(false);
    expect(register.claim(rowAt(3002, reported), "ID", "A2999 ")).toBe(false);
    expect(reported).toMatchObject([
      [3001, "error", { key: "input.duplicate-id", params: { id: "a17", first: 17 } }, "ID"],
      [3002, "error", { key: "input.duplicate-id", params: { first: 2999 } }, "ID"],
    ]);
  });

  test("IDs that differ only in a character's high bits are different IDs", () => {
    const register = new IdRegister();
    const reported: unknown[] = [];
    // "0" is U+0030; U+8030 shares its low byte.
    const ids = Array.from({ length: 200 }, (_, n) =>
      n.toString(2).padStart(8, "0").replace(/1/g, "\u8030"),
    );
    ids.forEach((id, index) => {
      expect(register.claim(rowAt(index + 1, reported), "ID", id)).toBe(true);
    });
    expect(reported).toEqual([]);
  });
});
