import { checkBudget } from "../../src/domain/check-budget";
import type { RawWorkbook } from "../../src/domain/workbook";
import { messageOf, rendered } from "../support/findings";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";

/** The clean budget with a copy of its Partners table under another name, placed first. */
function withDecoy(decoyName: string, partnersName = "Partners"): RawWorkbook {
  const workbook = rawWorkbook(cleanStrategicPartnership());
  const partners = workbook.tables.find((table) => table.name === "Partners")!;
  partners.name = partnersName;
  const decoy = { ...partners, name: decoyName, sheet: "Old", rows: [partners.rows[0]!] };
  return { tables: [decoy, ...workbook.tables] };
}

describe("table names", () => {
  test("an exact name wins over a loose match on an earlier sheet", () => {
    const result = checkBudget(withDecoy("Partners_"));
    expect(result.findings).toEqual([]);
    expect(result.project.partners).toBe(4);
  });

  test("two loose matches and no exact one: input.ambiguous-table naming both", () => {
    const result = checkBudget(withDecoy("Partners_", "PARTNERS"));
    const ambiguous = result.findings.filter((item) => item.rule === "input.ambiguous-table");
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]).toMatchObject({ severity: "error", table: "Partners" });
    expect(messageOf(ambiguous[0])).toBe(
      'Two tables could be the Partners table: "Partners_" on sheet "Old" and "PARTNERS" on sheet "Partners"; none is named exactly Partners. Rename the one to check to Partners.',
    );
  });

  test.each(["Partners", "Project", "Meetings"])(
    "an ambiguous %s table is reported once, not also as missing",
    (name) => {
      const workbook = rawWorkbook(cleanStrategicPartnership());
      const table = workbook.tables.find((item) => item.name === name)!;
      table.name = name.toUpperCase();
      workbook.tables.push({ ...table, name: `${name}_`, sheet: "Old" });
      const about = checkBudget(workbook).findings.filter((item) => item.table === name);
      expect(about.map((item) => item.rule)).toEqual(["input.ambiguous-table"]);
    },
  );

  test("one loose match is still read (PARTNERS for Partners)", () => {
    const workbook = rawWorkbook(cleanStrategicPartnership());
    workbook.tables.find((table) => table.name === "Partners")!.name = "PARTNERS";
    expect(checkBudget(workbook).findings).toEqual([]);
  });

  test("a table the reader could not read is reported where the schema needs it", () => {
    const workbook = rawWorkbook(cleanStrategicPartnership());
    workbook.tables = workbook.tables.filter((table) => table.name !== "Meetings");
    workbook.unreadTables = [
      { name: "Meetings", sheet: "Budget", reason: "row 0 is outside Excel's rows 1 to 1,048,576" },
      { name: "MyOwnTable", sheet: "Budget", reason: "its range names a sheet" },
    ];
    const unread = checkBudget(workbook).findings.filter((item) =>
      /was not read/.test(messageOf(item)),
    );
    expect(rendered(unread)).toEqual([
      {
        rule: "input.missing-table",
        severity: "error",
        table: "Meetings",
        message:
          'The table "Meetings" on sheet "Budget" was not read: row 0 is outside Excel\'s rows 1 to 1,048,576.',
      },
    ]);
  });
});
