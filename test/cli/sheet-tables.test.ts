import { readFileSync } from "node:fs";
import { join } from "node:path";
import { budgetWithMistakes, cleanBudget } from "../../scripts/example-budgets";
import { loadXlsx, rawWorkbookOf } from "../../src/cli/read-xlsx";
import { readTablesDirectly } from "../../src/cli/sheet-tables";
import { INFLATED_CHUNK_BYTES, zipEntries } from "../../src/cli/zip-archive";
import { editedZip, isTablePart, withAbsoluteTargets } from "./hostile-files";
import { temporaryFolder, writeBudget, writeTables } from "./workbook-files";

/**
 * The command's own table reader against exceljs: on every example and test workbook it must
 * give exactly the RawWorkbook that reading through exceljs gives, and on files it does not
 * read exactly it must step aside (undefined) rather than differ.
 */

jest.setTimeout(60_000);

const folder = temporaryFolder();
afterAll(() => folder.remove());

async function throughExcelJs(bytes: Buffer) {
  return rawWorkbookOf(await loadXlsx(bytes, "test.xlsx"));
}

async function expectSame(bytes: Buffer): Promise<void> {
  const direct = await readTablesDirectly(bytes);
  expect(direct).toBeDefined();
  expect(direct).toEqual(await throughExcelJs(bytes));
}

describe("readTablesDirectly reads as exceljs does", () => {
  test.each(["sp-clean.xlsx", "sp-mistakes.xlsx"])("examples/%s", async (name) => {
    await expectSame(readFileSync(join(__dirname, "..", "..", "examples", name)));
  });

  test("a clean budget and one with mistakes, as the writer lays them out", async () => {
    await expectSame(readFileSync(await writeBudget(folder.path("clean.xlsx"), cleanBudget())));
    await expectSame(
      readFileSync(await writeBudget(folder.path("mistakes.xlsx"), budgetWithMistakes())),
    );
  });

  test("odd values: errors, booleans, formulas without results, text numbers, entities, gaps", async () => {
    const path = await writeTables(folder.path("odd.xlsx"), [
      {
        name: "Partners",
        sheet: "Odd & <sheet>",
        origin: { row: 3, column: 2 },
        columns: [{ header: "ID" }, { header: "Country" }, { header: "Months" }],
        rows: [
          ["P1 & <co>", "LV", 24],
          [{ error: "#N/A" }, true, { formula: "1/0", result: { error: "#DIV/0!" } }],
          [null, null, null],
          ["P3", "\u00c9tat \u201cquoted\u201d", { formula: "2*12", result: null }],
          ["  ", 12.5, { formula: '"x"&"y"', result: "xy" }],
          [1, false, "24"],
          // Falsy cached results: 0 and FALSE are values, "" reads as blank.
          ["P4", { formula: "1>2", result: false }, { formula: "0*1", result: 0 }],
          ["P5", { formula: 'IF(TRUE,"")', result: "" }, { formula: "0*1", result: null }],
        ],
      },
      {
        name: "Meetings",
        sheet: "Odd & <sheet>",
        origin: { row: 3, column: 7 },
        columns: [{ header: "ID" }, { header: "Partner" }],
        rows: [["M1", { formula: "TRUE()", result: true }]],
      },
    ]);
    await expectSame(readFileSync(path));
  });

  test("a sheet and shared texts of several inflated chunks (64 KB each)", async () => {
    const rows = Array.from({ length: 3000 }, (_, index) => [
      `R\u00e9sum\u00e9 \u2116${index} \u2014 \u20ac & <\ud834\udd1e>`,
      index * 1.5,
      `P${index % 7}`,
    ]);
    const path = await writeTables(folder.path("long.xlsx"), [
      {
        name: "Outputs",
        sheet: "Outputs",
        origin: { row: 1, column: 1 },
        columns: [{ header: "Title" }, { header: "Days" }, { header: "Partner" }],
        rows,
      },
    ]);
    const bytes = readFileSync(path);
    const declared = (name: string) =>
      zipEntries(bytes).find((entry) => entry.name === name)?.uncompressedSize ?? 0;
    expect(declared("xl/sharedStrings.xml")).toBeGreaterThan(2 * INFLATED_CHUNK_BYTES);
    expect(declared("xl/worksheets/sheet1.xml")).toBeGreaterThan(2 * INFLATED_CHUNK_BYTES);
    await expectSame(bytes);
  });

  test("a table without a header row attribute and a totals row", async () => {
    const bytes = readFileSync(await writeBudget(folder.path("base.xlsx"), cleanBudget()));
    const edited = editedZip(bytes, (name, text) =>
      name.startsWith("xl/tables/")
        ? text.replace(/\s*headerRowCount="1"/, "").replace(/<table\b/, '<table totalsRowCount="1"')
        : text,
    );
    await expectSame(edited);
  });

  test("a cell with a date format is left to exceljs", async () => {
    const bytes = readFileSync(await writeBudget(folder.path("dated.xlsx"), cleanBudget()));
    const edited = editedZip(bytes, (name, text) =>
      name === "xl/styles.xml" ? text.replace(/<xf numFmtId="1"/g, '<xf numFmtId="14"') : text,
    );
    expect(await readTablesDirectly(edited)).toBeUndefined();
  });

  test("a sheet whose cells are never closed is left to exceljs after one pass", async () => {
    const bytes = readFileSync(await writeBudget(folder.path("unclosed.xlsx"), cleanBudget()));
    const edited = editedZip(bytes, (name, text) =>
      name.startsWith("xl/worksheets/sheet") ? text.replace(/<\/c>/g, "") : text,
    );
    expect(await readTablesDirectly(edited)).toBeUndefined();
  });

  describe("files from other writers and odd ranges: the same tables, or left to exceljs", () => {
    let good: Buffer;
    beforeAll(async () => {
      good = readFileSync(await writeBudget(folder.path("good.xlsx"), cleanBudget()));
    });

    async function expectSameOrAside(bytes: Buffer): Promise<void> {
      const direct = await readTablesDirectly(bytes);
      if (direct !== undefined) expect(direct).toEqual(await throughExcelJs(bytes));
    }

    test.each(["A1:XFD1048576", "A0:G5", "Partners!A1:G5", "A1:XFE5", "B2:H9"])(
      "a Partners table claiming %s",
      async (ref) => {
        await expectSameOrAside(
          editedZip(good, (name, text) =>
            isTablePart(name, text, "Partners")
              ? text.replace(/ref="[^"]*"/, `ref="${ref}"`)
              : text,
          ),
        );
      },
    );

    test("absolute relationship targets (openpyxl) are read directly", async () => {
      const absolute = withAbsoluteTargets(good);
      const direct = await readTablesDirectly(absolute);
      expect(direct).toEqual(await throughExcelJs(good));
    });

    test("a table its sheet's relationships point at but the sheet does not list is not read", async () => {
      const unlisted = editedZip(good, (name, text) =>
        /^xl\/worksheets\/sheet\d+\.xml$/.test(name) && text.includes("<tableParts")
          ? text.replace(/<tableParts[\s\S]*?<\/tableParts>/, "")
          : text,
      );
      const direct = await readTablesDirectly(unlisted);
      expect(direct).toBeDefined();
      expect(direct).toEqual(await throughExcelJs(unlisted));
    });

    test("a listed table part that is damaged is left to exceljs", async () => {
      const damaged = editedZip(good, (name, text) =>
        isTablePart(name, text, "Partners") ? text.replace("<table ", "<tabel ") : text,
      );
      expect(await readTablesDirectly(damaged)).toBeUndefined();
    });

    test("a table part with displayName but no name", async () => {
      await expectSameOrAside(
        editedZip(good, (name, text) =>
          isTablePart(name, text, "Partners") ? text.replace(/ name="Partners"/, "") : text,
        ),
      );
    });
  });
});
