import { messageOf } from "../support/findings";
import fc from "fast-check";
import { checkBudget } from "../../src/domain/check-budget";
import { totalCategories } from "../../src/domain/budget-check";
import { tableSchema, type ColumnSpec, type TableSpec } from "../../src/domain/table-schema";
import { findTable, type CellValue, type RawWorkbook } from "../../src/domain/workbook";

/** Cells a user can put anywhere: numbers, words the tables know, junk, errors, blanks. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ min: -1e6, max: 1e7, noNaN: false }),
  fc.constantFrom(
    "P1",
    "P2",
    "P3",
    "O1",
    "O2",
    "LV",
    "Latvija",
    "CH",
    "XX",
    "coordinator",
    "partner",
  ),
  fc.constantFrom("HEI", "SCHOOL", "teacher", "manager", "staff-training", "pupil-long-term"),
  fc.constantFrom("exceptional", "special-needs", "SP", "KA", "SSA", "24", "abc", "  "),
  fc.boolean(),
  fc.constantFrom({ error: "#REF!" }, { error: "#NAME?" }),
  fc.string(),
);

const projectRows = fc.tuple(
  fc.constantFrom<CellValue>("SP", "KA", "SSA", "XX", null),
  fc.oneof(fc.constantFrom<CellValue>(24, 36, 30, 0, null, "abc"), cell),
);

/** A plausible value for a column, so rows often price; junk one time in five. */
function cellFor(column: ColumnSpec): fc.Arbitrary<CellValue> {
  const plausible: Record<ColumnSpec["kind"], fc.Arbitrary<CellValue>> = {
    id: fc.constantFrom("P1", "P2", "P3", "P4", "A1", "A2", "M1"),
    partner: fc.constantFrom("P1", "P2", "P3", "P4"),
    text: fc.constantFrom("O1", "O2", "Some text"),
    country: fc.constantFrom("LV", "EE", "Lithuania", "Vācija", "CH", "NO", "UA"),
    word: fc.constantFrom(...(column.list?.entries.map((entry) => entry.code) ?? ["x"])),
    count: fc.integer({ min: 0, max: 40 }),
    number: fc.oneof(
      fc.integer({ min: 0, max: 9000 }),
      fc.double({ min: 0, max: 9000, noNaN: true }),
    ),
    amount: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 50000 })),
  };
  return fc.oneof({ arbitrary: plausible[column.kind], weight: 4 }, { arbitrary: cell, weight: 1 });
}

function rowsFor(spec: TableSpec): fc.Arbitrary<CellValue[][]> {
  return fc.array(fc.tuple(...spec.columns.map(cellFor)), { maxLength: 15 });
}

/** A workbook with every schema table (some dropped), headers maybe reversed, random rows. */
const workbook: fc.Arbitrary<RawWorkbook> = fc
  .tuple(
    projectRows,
    fc.array(fc.boolean(), { minLength: tableSchema.length, maxLength: tableSchema.length }),
    fc.tuple(...tableSchema.map(rowsFor)),
    fc.boolean(),
  )
  .map(([[action, months], keep, rowsPerTable, reverse]) => ({
    tables: tableSchema.flatMap((spec, index) => {
      if (spec.name !== "Project" && !keep[index]) return [];
      const headers = spec.columns.map((column) => column.header);
      const order = (row: CellValue[]) => (reverse ? [...row].reverse() : row);
      const rows =
        spec.name === "Project"
          ? [
              ["Action", action],
              ["Months", months],
            ]
          : (rowsPerTable[index] ?? []).map(order);
      return [
        {
          name: spec.name,
          sheet: spec.name,
          headerRow: 1,
          firstColumn: 1,
          headers: order(headers) as string[],
          rows,
        },
      ];
    }),
  }));

describe("checkBudget on arbitrary workbooks", () => {
  it("never throws, and totals are the sum of the category totals", () => {
    fc.assert(
      fc.property(workbook, (book) => {
        const result = checkBudget(book);
        const sum = totalCategories.reduce((total, category) => total + result.totals[category], 0);
        expect(result.totals.total).toBeCloseTo(sum, 2);
      }),
      { numRuns: 300 },
    );
  });

  it("each category total is the sum of its granted lines; a line is cut only under a cap", () => {
    fc.assert(
      fc.property(workbook, (book) => {
        const result = checkBudget(book);
        for (const category of totalCategories) {
          const lines = [...result.lines].filter((line) => line.category === category);
          const granted = lines.reduce((total, line) => total + line.granted, 0);
          const eligible = lines.reduce((total, line) => total + line.amount, 0);
          expect(result.totals[category]).toBeCloseTo(granted, 2);
          const capped = result.caps.some(
            (cap) => cap.id.startsWith(category) && cap.requested > cap.limit,
          );
          if (!capped) expect(granted).toBeCloseTo(eligible, 2);
          for (const line of lines) expect(line.granted).toBeLessThanOrEqual(line.amount);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("every finding points at a table and row that exist", () => {
    fc.assert(
      fc.property(workbook, (book) => {
        const result = checkBudget(book);
        for (const finding of result.findings) {
          expect(messageOf(finding).length).toBeGreaterThan(10);
          if (finding.row === undefined) continue;
          const table = findTable(book, finding.table ?? "");
          expect(table).toBeDefined();
          expect(finding.row).toBeGreaterThanOrEqual(1);
          expect(finding.row).toBeLessThanOrEqual(table!.rows.length);
          if (finding.column) {
            const spec = tableSchema.find((t) => t.name === finding.table);
            expect(spec?.columns.map((c) => c.header)).toContain(finding.column);
          }
        }
        for (const line of result.lines) {
          expect(line.row).toBeLessThanOrEqual(findTable(book, line.table)!.rows.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

it("the workbook generator reaches priced lines, so the properties are not vacuous", () => {
  const samples = fc.sample(workbook, { numRuns: 200, seed: 42 });
  const priced = samples.filter((book) => checkBudget(book).lines.length > 0);
  expect(priced.length).toBeGreaterThan(50);
});
