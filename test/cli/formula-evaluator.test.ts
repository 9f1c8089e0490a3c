import { excelFunctions } from "../../src/cli/excel-functions";
import { compileFormula, type FormulaScope } from "../../src/cli/formula-evaluator";
import { fileFormula } from "../../src/cli/structured-references";
import { tableSchema } from "../../src/domain/table-schema";
import type { CellValue } from "../../src/domain/workbook";

/** A row and lookup tables for evaluating a formula. */
function scope(
  row: Record<string, CellValue>,
  tables: Record<string, Record<string, CellValue[]>> = {},
): FormulaScope {
  const column = (table: string, name: string) => tables[table]?.[name] ?? [];
  return {
    thisRow: (name) => row[name] ?? null,
    column,
    columns: (table, first, last) =>
      column(table, first).map((value, index) => [value, column(table, last)[index] ?? null]),
  };
}

const evaluate = (formula: string, where: FormulaScope): CellValue =>
  compileFormula(formula, excelFunctions)(where);

describe("fileFormula", () => {
  test("drops the = and spells out this-row references as a file stores them", () => {
    expect(fileFormula("=KA2.MEETING([@DistanceKm],[@Participants])", "Meetings")).toBe(
      "KA2.MEETING(Meetings[[#This Row],[DistanceKm]],Meetings[[#This Row],[Participants]])",
    );
    expect(fileFormula("=INDEX(Partners[Country],1)", "Outputs")).toBe(
      "INDEX(Partners[Country],1)",
    );
  });
});

describe("evaluating the schema's formulas", () => {
  test("every computed column of the schema compiles", () => {
    for (const table of tableSchema) {
      for (const column of table.columns) {
        if (column.formula)
          expect(() => compileFormula(column.formula!, excelFunctions)).not.toThrow();
      }
    }
  });

  test("KA2 functions give the worksheet functions' figures; a refused argument gives #VALUE!", () => {
    expect(evaluate("=KA2.MGMT([@Role],24)", scope({ Role: "coordinator" }))).toBe(12000);
    expect(
      evaluate(
        "=KA2.MEETING([@DistanceKm],[@Participants])",
        scope({ DistanceKm: null, Participants: 2 }),
      ),
    ).toEqual({
      error: "#VALUE!",
    });
  });

  test("a blank DistanceKm falls back to KA2.DISTANCE of From and To", () => {
    const meetings = tableSchema.find((table) => table.name === "Meetings");
    const amount = meetings?.columns.find((column) => column.header === "Amount")?.formula ?? "";
    expect(amount).toBe(
      "=KA2.MEETING(IF(ISBLANK([@DistanceKm]),KA2.DISTANCE([@From],[@To],Rates[[Figure]:[Value]]),[@DistanceKm]),[@Participants],Rates[[Figure]:[Value]])",
    );
    const row = (values: Record<string, CellValue>) =>
      evaluate(
        amount,
        scope({ Participants: 2, From: null, To: null, DistanceKm: null, ...values }),
      );
    expect(row({ From: "Valencia, ES", To: "Riga" })).toBe(1520); // 2,630 km: 2 × 760
    expect(row({ DistanceKm: 1100, From: "Valencia, ES", To: "Riga" })).toBe(1150); // typed wins
    expect(row({ DistanceKm: 1100, From: "Rigaa" })).toBe(1150); // From not looked up
    expect(row({ From: "Rigaa", To: "Riga" })).toEqual({ error: "#VALUE!" });
    expect(evaluate('=KA2.PLACE("Valencia, VE")', scope({}))).toBe("Valencia, Venezuela (VE)");
  });

  test("IF with ISBLANK, INDEX/MATCH lookups (case-insensitive), IFERROR and #N/A", () => {
    const partners = { Partners: { ID: ["P1", "P2"], Country: ["LV", "ES"] } };
    const lookup = "=INDEX(Partners[Country],MATCH([@Partner],Partners[ID],0))";
    expect(evaluate(lookup, scope({ Partner: "p2" }, partners))).toBe("ES");
    expect(evaluate(lookup, scope({ Partner: "P9" }, partners))).toEqual({ error: "#N/A" });
    expect(evaluate(`=IFERROR(${lookup.slice(1)},"")`, scope({ Partner: "P9" }, partners))).toBe(
      "",
    );
    expect(evaluate("=IF(ISBLANK([@Months]),0,[@Months]*2)", scope({ Months: null }))).toBe(0);
    expect(evaluate("=IF(ISBLANK([@Months]),0,[@Months]*2)", scope({ Months: 3 }))).toBe(6);
    expect(evaluate('=IF([@Kind]="exceptional",1,2)', scope({ Kind: "Exceptional" }))).toBe(1);
  });

  test("the Rates range reaches the KA2 functions: 24 × 600 with the coordinator's rate overridden", () => {
    const formula = "=KA2.MGMT([@Role],[@Months],Rates[[Figure]:[Value]])";
    const rates = (figure: CellValue[], value: CellValue[]) => ({
      Rates: { Figure: figure, Value: value },
    });
    const coordinator = { Role: "coordinator", Months: 24 };
    const overridden = rates(["management.coordinatorPerMonth"], [600]);
    expect(evaluate(formula, scope(coordinator, overridden))).toBe(14400);
    expect(evaluate(formula, scope(coordinator, rates([null], [null])))).toBe(12000); // empty table
    expect(evaluate(formula, scope(coordinator))).toBe(12000); // no Rates table
    expect(evaluate(formula, scope(coordinator, rates(["no.such.figure"], [1])))).toEqual({
      error: "#VALUE!",
    });
  });

  test("an error in an argument passes through, as in Excel", () => {
    expect(
      evaluate(
        "=KA2.MGMT([@Role],[@Months])",
        scope({ Role: "partner", Months: { error: "#REF!" } }),
      ),
    ).toEqual({
      error: "#REF!",
    });
  });

  test("a formula outside the supported language is a programming error", () => {
    expect(() => compileFormula("=SUM(A1:A3)", excelFunctions)).toThrow();
    expect(() => compileFormula("=VLOOKUP(1,Partners[ID],1)", excelFunctions)(scope({}))).toThrow(
      /VLOOKUP/,
    );
  });
});
