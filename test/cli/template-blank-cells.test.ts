import { excelFunctions } from "../../src/cli/excel-functions";
import {
  compileFormula,
  type FormulaFunction,
  type FormulaScope,
} from "../../src/cli/formula-evaluator";
import { tableSchema } from "../../src/domain/table-schema";
import type { CellValue } from "../../src/domain/workbook";

/*
 * The template's computed columns with a blank input cell, evaluated as Excel on the web calls
 * the KA2.* functions (a blank reference arrives as null) and as Excel on Windows does (it
 * arrives as 0, office-js issue 4702). A workbook saved by either must hold the same figure,
 * whichever platform calculated it last.
 */

/** Excel on Windows: every blank reaching a KA2.* function arrives as 0. */
const windowsFunctions: Record<string, FormulaFunction> = Object.fromEntries(
  Object.entries(excelFunctions).map(([name, run]): [string, FormulaFunction] => [
    name,
    name.startsWith("KA2.") ? (args) => run(args.map((arg) => () => arg() ?? 0)) : run,
  ]),
);

/** One filled-in row of each table, by header (a staff-training activity, an exceptional cost). */
const filled: Record<string, CellValue> = {
  ID: "X1",
  Organisation: "Skola",
  Country: "LV",
  Type: "staff-training",
  Role: "coordinator",
  Months: 3,
  Partner: "P1",
  Host: "P2",
  Year: 1,
  Participants: 2,
  DistanceKm: 500,
  From: "Riga",
  To: "Brussels",
  Output: "O1",
  Category: "teacher",
  Days: 10,
  Local: 10,
  Foreign: 5,
  Age: 15,
  Kind: "exceptional",
  Description: "Translation",
  RealCost: 1000,
};

const lookups: Record<string, Record<string, CellValue[]>> = {
  Project: { Setting: ["Action", "Months"], Value: ["SP", 24] },
  Partners: { ID: ["P1", "P2"], Country: ["LV", "BE"] },
};

function scope(row: Record<string, CellValue>): FormulaScope {
  return {
    thisRow: (column) => row[column] ?? null,
    column: (table, column) => lookups[table]?.[column] ?? [],
  };
}

const cases = tableSchema.flatMap((table) => {
  const inputs = table.columns.filter((column) => !column.formula).map((column) => column.header);
  return table.columns
    .filter((column) => column.formula)
    .flatMap((computed) =>
      [undefined, ...inputs].map((blank) => ({
        table: table.name,
        column: computed.header,
        formula: computed.formula ?? "",
        blank: blank ?? "(none)",
        row: Object.fromEntries(
          inputs.map((header) => [header, header === blank ? null : (filled[header] ?? null)]),
        ),
      })),
    );
});

describe("template formulas give one figure for a blank cell on the web and on Windows", () => {
  it.each(cases)("$table[$column] with $blank blank", ({ formula, row }) => {
    const web = compileFormula(formula, excelFunctions)(scope(row));
    const windows = compileFormula(formula, windowsFunctions)(scope(row));
    expect(windows).toEqual(web);
  });

  it("computes the filled-in rows (the comparison above is not of errors only)", () => {
    const activityTravel = cases.find((c) => c.column === "Travel" && c.blank === "(none)");
    const meeting = cases.find((c) => c.table === "Meetings" && c.blank === "Participants");
    expect(
      compileFormula(activityTravel!.formula, windowsFunctions)(scope(activityTravel!.row)),
    ).toBe(
      550, // 500 km: band 500–1,999 km, 2 × 275
    );
    // Participants is needed for a meeting: #VALUE! on both.
    expect(compileFormula(meeting!.formula, windowsFunctions)(scope(meeting!.row))).toEqual({
      error: "#VALUE!",
    });
  });

  it("gives one participant's travel for a blank Participants, as the web does", () => {
    const travel = cases.find((c) => c.column === "Travel" && c.blank === "Participants");
    expect(compileFormula(travel!.formula, windowsFunctions)(scope(travel!.row))).toBe(275);
  });
});
