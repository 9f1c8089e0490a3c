import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { checkBudget } from "../../src/domain/check-budget";
import { checkOptionsFor } from "../../src/cli/check-options";
import { locateFinding } from "../../src/domain/finding-location";
import { loadXlsx, rawWorkbookOf, readXlsxFile, WorkbookReadError } from "../../src/cli/read-xlsx";
import { cleanBudget } from "../../scripts/example-budgets";
import { readTablesDirectly } from "../../src/cli/sheet-tables";
import { isBlank } from "../../src/domain/cell-reading";
import { cellValueOf } from "../../src/excel/office-cell-value";
import { temporaryFolder, writeBudget, writeTables } from "./workbook-files";

const folder = temporaryFolder();
afterAll(() => folder.remove());

function table(workbook: { tables: { name: string }[] }, name: string) {
  const found = workbook.tables.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found as ReturnType<typeof rawWorkbookOf>["tables"][number];
}

describe("readXlsxFile", () => {
  test("reads every table by name with its sheet, header row, first column, headers and rows", async () => {
    const path = await writeTables(folder.path("layout.xlsx"), [
      {
        name: "Partners",
        sheet: "Budget sheet",
        origin: { row: 4, column: 3 },
        columns: [{ header: "ID" }, { header: "Country" }, { header: "Months" }],
        rows: [
          ["P1", "LV", 24],
          ["P2", "ES", null],
        ],
      },
      {
        name: "Meetings",
        sheet: "Budget sheet",
        origin: { row: 10, column: 1 },
        columns: [{ header: "ID" }],
        rows: [["M1"]],
      },
    ]);
    const workbook = await readXlsxFile(path);
    expect(workbook.tables).toHaveLength(2);
    expect(table(workbook, "Partners")).toEqual({
      name: "Partners",
      sheet: "Budget sheet",
      headerRow: 4,
      firstColumn: 3,
      headers: ["ID", "Country", "Months"],
      rows: [
        ["P1", "LV", 24],
        ["P2", "ES", null],
      ],
    });
    expect(table(workbook, "Meetings")).toMatchObject({
      headerRow: 10,
      firstColumn: 1,
      rows: [["M1"]],
    });
  });

  test("keeps header order and aliases as written; the checker and the report find the columns", async () => {
    const rows = cleanBudget();
    const path = await writeTables(folder.path("shuffled.xlsx"), [
      {
        name: "Project",
        sheet: "Project",
        columns: [{ header: "Vērtība" }, { header: "iestatījums" }],
        rows: (rows.Project ?? []).map((row) => [row.Value ?? null, row.Setting ?? null]) as never,
      },
      {
        name: "Partners",
        sheet: "Partners",
        columns: ["Role", "Valsts", "Organization", "ID", "Type", "Notes"].map((header) => ({
          header,
        })),
        rows: [
          ["coordinator", "Latvija", "A", "P1", "SCHOOL", "extra column"],
          ["partner", "Spain", "B", "P2", "SCHOOL", null],
          ["partner", "Germany", "C", "P3", "SCHOOL", null],
          ["partner", "Narnia", "D", "P4", "SCHOOL", null],
        ],
      },
    ]);
    const workbook = await readXlsxFile(path);
    expect(table(workbook, "Partners").headers).toEqual([
      "Role",
      "Valsts",
      "Organization",
      "ID",
      "Type",
      "Notes",
    ]);
    const check = checkBudget(workbook);
    expect(check.findings.filter((f) => f.rule === "input.missing-column")).toEqual([]);
    const unknown = check.findings.find((f) => f.rule === "input.unknown-country");
    expect(unknown).toMatchObject({ table: "Partners", row: 4, column: "Country" });
    // Country is spelled "Valsts" in the second column: B, and data row 4 is sheet row 5.
    expect(locateFinding(unknown!, workbook)?.address).toBe("Partners!B5");
  });

  test("formula cells give their cached result; no result reads as blank; errors stay errors", async () => {
    const path = await writeTables(folder.path("formulas.xlsx"), [
      {
        name: "Meetings",
        sheet: "Meetings",
        columns: ["ID", "Amount", "Note"].map((header) => ({ header })),
        rows: [
          [
            "M1",
            { formula: "KA2.MEETING(2900,2)", result: 1520 },
            { formula: '"a"&"b"', result: "ab" },
          ],
          ["M2", { formula: "KA2.MEETING(2900,2)", result: null }, { error: "#REF!" }],
          ["M3", { formula: "1/0", result: { error: "#DIV/0!" } }, true],
        ],
      },
    ]);
    expect(table(await readXlsxFile(path), "Meetings").rows).toEqual([
      ["M1", 1520, "ab"],
      ["M2", null, { error: "#REF!" }],
      ["M3", { error: "#DIV/0!" }, true],
    ]);
  });

  test('a cached 0, FALSE or "" is the formula\'s value in both readers, as in Excel', async () => {
    // exceljs's cell.value drops a falsy result (exceljs #2943); the file holds <v>0</v>.
    const path = await writeTables(folder.path("falsy-results.xlsx"), [
      {
        name: "Meetings",
        sheet: "Meetings",
        columns: ["ID", "Amount", "Flag", "Note"].map((header) => ({ header })),
        rows: [
          [
            "M1",
            { formula: "KA2.MEETING(60,2)", result: 0 },
            { formula: "1>2", result: false },
            { formula: 'IF(TRUE,"")', result: "" },
          ],
          ["M2", { formula: "KA2.MEETING(60,2)", result: null }, true, "x"],
        ],
      },
    ]);
    const bytes = readFileSync(path);
    // "" is what Excel shows for such a cell: blank, as the pane reads it (a String "").
    const expected = [
      ["M1", 0, false, null],
      ["M2", null, true, "x"],
    ];
    expect(table(rawWorkbookOf(await loadXlsx(bytes, "falsy.xlsx")), "Meetings").rows).toEqual(
      expected,
    );
    expect(table((await readTablesDirectly(bytes))!, "Meetings").rows).toEqual(expected);
    // The task pane gets Excel's values and valueTypes for the same cells.
    expect([cellValueOf(0, "Double"), cellValueOf(false, "Boolean")]).toEqual([0, false]);
    expect(isBlank(cellValueOf("", "String"))).toBe(true);
  });

  test("a meeting under 100 km priced 0 by its formula is 0, not a blank amount", async () => {
    // 60 km: KA2.MEETING gives 0 (not funded), and the writer caches that 0 as Excel does.
    const clean = cleanBudget();
    const rows = {
      ...clean,
      Meetings: [
        ...(clean.Meetings ?? []),
        { ID: "M9", Partner: "P1", Year: 1, Participants: 2, DistanceKm: 60 },
      ],
    };
    const path = await writeBudget(folder.path("under-100.xlsx"), rows);
    const workbook = await readXlsxFile(path);
    const meetings = table(workbook, "Meetings");
    const amount = meetings.headers.indexOf("Amount");
    expect(meetings.rows.at(-1)?.[amount]).toBe(0);
    const rules = checkBudget(workbook, checkOptionsFor(workbook)).findings.map((f) => f.rule);
    expect(rules).toContain("distance.under-100km");
    expect(rules).not.toContain("amount.blank");
  });

  test("rich text and hyperlinks read as their text, dates as Excel serial numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Partners");
    sheet.addTable({
      name: "Partners",
      ref: "A1",
      columns: [{ name: "ID" }, { name: "Organisation" }, { name: "Since" }],
      rows: [
        [
          { richText: [{ text: "P" }, { text: "1", font: { bold: true } }] },
          { text: "Riga school", hyperlink: "https://example.org" },
          new Date(Date.UTC(2014, 0, 1)),
        ],
      ],
    });
    const raw = rawWorkbookOf(await loadXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), "x"));
    expect(table(raw, "Partners").rows).toEqual([["P1", "Riga school", 41640]]);
  });

  test("leaves out a totals row, and finds the header row when exceljs misses the attribute", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Events").addTable({
      name: "Events",
      ref: "B2",
      totalsRow: true,
      columns: [
        { name: "ID", totalsRowLabel: "Total" },
        { name: "Local", totalsRowFunction: "sum" },
      ],
      rows: [
        ["E1", 10],
        ["E2", 20],
      ],
    });
    const loaded = await loadXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), "x");
    // Excel omits headerRowCount when there is a header row; exceljs then reports none.
    const model = (
      loaded.getWorksheet("Events") as unknown as {
        tables: Record<string, { table: { headerRow: boolean } }>;
      }
    ).tables.Events!.table;
    model.headerRow = false;
    expect(table(rawWorkbookOf(loaded), "Events")).toMatchObject({
      headerRow: 2,
      firstColumn: 2,
      headers: ["ID", "Local"],
      rows: [
        ["E1", 10],
        ["E2", 20],
      ],
    });
  });

  test("reads and writes calculated columns (exceljs 4.4 fails on them unpatched)", async () => {
    const path = await writeBudget(folder.path("calculated.xlsx"), cleanBudget());
    const loaded = await loadXlsx(readFileSync(path), path);
    const partners = (
      loaded.getWorksheet("Partners") as unknown as {
        tables: Record<
          string,
          { table: { columns: { name: string; calculatedColumnFormula?: string }[] } }
        >;
      }
    ).tables.Partners!.table;
    expect(partners.columns.map((column) => column.name)).toEqual([
      "ID",
      "Organisation",
      "Country",
      "Type",
      "Role",
      "Months",
      "Management",
    ]);
    expect(partners.columns[6]?.calculatedColumnFormula).toMatch(
      /^KA2\.MGMT\(Partners\[\[#This Row\],\[Role\]\]/,
    );
    const raw = rawWorkbookOf(loaded);
    expect(checkBudget(raw, checkOptionsFor(raw)).findings).toEqual([]);
  });

  test("reads a table of 20,000 rows", async () => {
    const rows = Array.from({ length: 20000 }, (_, index) => [`M${index + 1}`, index % 7]);
    const path = await writeTables(folder.path("big.xlsx"), [
      {
        name: "Meetings",
        sheet: "Meetings",
        columns: [{ header: "ID" }, { header: "Participants" }],
        rows,
      },
    ]);
    const read = table(await readXlsxFile(path), "Meetings");
    expect(read.rows).toHaveLength(20000);
    expect(read.rows[19999]).toEqual(["M20000", 19999 % 7]);
  });
});

describe("files that are not workbooks", () => {
  async function failure(path: string): Promise<string> {
    const error = await readXlsxFile(path).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WorkbookReadError);
    const message = (error as Error).message;
    expect(message.split("\n")).toHaveLength(1);
    return message;
  }

  test("missing file, folder, empty file", async () => {
    expect(await failure(folder.path("nope.xlsx"))).toMatch(/does not exist/);
    mkdirSync(folder.path("a-folder.xlsx"));
    expect(await failure(folder.path("a-folder.xlsx"))).toMatch(/is a folder/);
    writeFileSync(folder.path("empty.xlsx"), "");
    expect(await failure(folder.path("empty.xlsx"))).toMatch(/is empty/);
  });

  test("password-protected (OLE compound file), text, corrupted zip, zip without a workbook", async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(folder.path("protected.xlsx"), ole);
    expect(await failure(folder.path("protected.xlsx"))).toMatch(/password-protected/);

    writeFileSync(folder.path("budget.csv.xlsx"), "ID,Country\nP1,LV\n");
    expect(await failure(folder.path("budget.csv.xlsx"))).toMatch(/not a zip file/);

    const good = readFileSync(await writeBudget(folder.path("good.xlsx"), cleanBudget()));
    writeFileSync(folder.path("truncated.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
    expect(await failure(folder.path("truncated.xlsx"))).toMatch(/corrupted/);

    writeFileSync(folder.path("other.zip"), zipWithOneEmptyFile("notes.txt"));
    expect(await failure(folder.path("other.zip"))).toMatch(/zip file but not an \.xlsx workbook/);
  });
});

/** The bytes of a valid zip holding one empty file (stored, so its CRC and sizes are 0). */
function zipWithOneEmptyFile(name: string): Buffer {
  const fileName = Buffer.from(name, "utf8");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length, 16);
  return Buffer.concat([local, fileName, central, fileName, end]);
}
