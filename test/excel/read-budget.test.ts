import { checkBudget } from "../../src/domain/check-budget";
import { tableSpec, type TableName } from "../../src/domain/table-schema";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import type { ReadProgress } from "../../src/excel/workbook-port";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";
import { fakeExcelWith, withMeetings } from "./fake-budget";
import { FakeOfficeError } from "./fake-excel";

function reorder(
  data: ReturnType<typeof cleanStrategicPartnership>,
  table: string,
  headers: string[],
  rename: Record<string, string> = {},
) {
  const source = data[table];
  if (!source) throw new Error(table);
  const indexes = headers.map((header) => source.headers.indexOf(header));
  data[table] = {
    headers: headers.map((header) => rename[header] ?? header),
    rows: source.rows.map((row) => indexes.map((index) => row[index] ?? null)),
  };
}

describe("OfficeWorkbook.readBudget", () => {
  it("reads every schema table as the checker needs it: a clean budget checks clean", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership());
    const raw = await new OfficeWorkbook({ host: excel }).readBudget();
    expect(raw.tables.map((table) => table.name)).toEqual([
      "Project",
      "Partners",
      "Meetings",
      "Outputs",
      "Events",
      "Activities",
      "OtherCosts",
    ]);
    // Exactly what the CLI's reader gives for the same tables, sheets aside.
    const expected = rawWorkbook(cleanStrategicPartnership());
    expected.tables.forEach((table) => (table.sheet = tableSpec(table.name as TableName).sheet));
    expect(raw).toEqual(expected);
    const partners = raw.tables.find((table) => table.name === "Partners");
    expect(partners).toMatchObject({ sheet: "Partners", headerRow: 1, firstColumn: 1 });
    expect(partners?.rows[0]).toEqual([
      "P1",
      "Latvijas Universitāte",
      "LV",
      "HEI",
      "coordinator",
      null,
      12000,
    ]);
    expect(raw.tables.find((table) => table.name === "OtherCosts")?.sheet).toBe("Other costs");
    expect(checkBudget(raw).findings).toEqual([]);
    expect(checkBudget(raw).totals.total).toBe(48890);
  });

  it("finds columns by header whatever their order, and by alias, wherever the table sits", async () => {
    const data = cleanStrategicPartnership();
    reorder(
      data,
      "Partners",
      ["Management", "Role", "Country", "ID", "Months", "Type", "Organisation"],
      { Country: "Valsts", Organisation: "Organization", Role: "LOMA" },
    );
    reorder(data, "Meetings", ["DistanceKm", "Amount", "Partner", "Participants", "Year", "ID"], {
      DistanceKm: "Distance km",
    });
    const excel = fakeExcelWith(data, {
      Partners: { headerRow: 4, firstColumn: 3 },
      Meetings: { sheet: "Budget lines", headerRow: 2, firstColumn: 2 },
    });
    const raw = await new OfficeWorkbook({ host: excel }).readBudget();
    const partners = raw.tables.find((table) => table.name === "Partners");
    expect(partners).toMatchObject({ headerRow: 4, firstColumn: 3 });
    expect(partners?.headers).toEqual([
      "Management",
      "LOMA",
      "Valsts",
      "ID",
      "Months",
      "Type",
      "Organization",
    ]);
    expect(partners?.rows[1]).toEqual([
      6000,
      "partner",
      "Spain",
      "P2",
      null,
      "HEI",
      "Universidad de Valencia",
    ]);
    expect(raw.tables.find((table) => table.name === "Meetings")).toMatchObject({
      sheet: "Budget lines",
      headerRow: 2,
      firstColumn: 2,
    });

    const result = checkBudget(raw);
    expect(result.findings).toEqual([]);
    expect(result.totals).toEqual(checkBudget(rawWorkbook(cleanStrategicPartnership())).totals);
  });

  it("turns error cells into {error} and keeps a typed '#N/A' text as text", async () => {
    const data = cleanStrategicPartnership();
    const partners = data.Partners;
    if (!partners?.rows[1] || !partners.rows[2]) throw new Error("fixture");
    partners.rows[1][6] = { error: "#NAME?" };
    partners.rows[2][1] = "#N/A";
    const raw = await new OfficeWorkbook({ host: fakeExcelWith(data) }).readBudget();
    const table = raw.tables.find((candidate) => candidate.name === "Partners");
    expect(table?.rows[1]?.[6]).toEqual({ error: "#NAME?" });
    expect(table?.rows[2]?.[1]).toBe("#N/A");
    expect(checkBudget(raw).findings).toContainEqual(
      expect.objectContaining({ table: "Partners", rows: [2], column: "Management" }),
    );
  });

  it("keeps blank rows in place, so findings keep the rows' positions in the sheet", async () => {
    const data = cleanStrategicPartnership();
    const meetings = data.Meetings;
    if (!meetings) throw new Error("fixture");
    meetings.rows.splice(1, 0, [null, null, null, null, null, null]);
    const third = meetings.rows[3];
    if (!third) throw new Error("fixture");
    third[4] = 50; // under 100 km, now in data row 4 of the sheet table
    const raw = await new OfficeWorkbook({ host: fakeExcelWith(data) }).readBudget();
    expect(raw.tables.find((table) => table.name === "Meetings")?.rows[1]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    const underDistance = checkBudget(raw).findings.filter(
      (finding) => finding.rule === "distance.under-100km",
    );
    expect(underDistance).toEqual([
      expect.objectContaining({ table: "Meetings", row: 4, column: "DistanceKm" }),
    ]);
  });

  it("leaves out a missing table, and the checker reports it", async () => {
    const data = cleanStrategicPartnership();
    delete data.Project;
    delete data.Meetings;
    const raw = await new OfficeWorkbook({ host: fakeExcelWith(data) }).readBudget();
    expect(raw.tables.map((table) => table.name)).not.toContain("Meetings");
    expect(checkBudget(raw).findings).toContainEqual(
      expect.objectContaining({ rule: "input.missing-table", table: "Project" }),
    );
  });

  it("matches table names as the checker does (case, spaces, '_' and '-') and reads no other table", async () => {
    const data = { ...cleanStrategicPartnership(), Notes: { headers: ["Note"], rows: [["hi"]] } };
    const excel = fakeExcelWith(data, { OtherCosts: { name: "other_costs" } });
    const raw = await new OfficeWorkbook({ host: excel }).readBudget();
    expect(raw.tables.map((table) => table.name)).toContain("other_costs");
    expect(raw.tables.map((table) => table.name)).not.toContain("Notes");
    expect(checkBudget(raw).totals.exceptional).toBe(3000);
  });

  it("writes nothing while reading", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership());
    const before = excel.snapshot();
    await new OfficeWorkbook({ host: excel }).readBudget();
    expect(excel.writes).toEqual([]);
    expect(excel.snapshot()).toEqual(before);
  });

  it.each([10, 1000, 10000])(
    "reads a budget of %i meeting rows in one sync: every table by name, with its values",
    async (rows) => {
      const excel = fakeExcelWith(withMeetings(cleanStrategicPartnership(), rows));
      const raw = await new OfficeWorkbook({ host: excel }).readBudget();
      expect(excel.syncCount).toBe(1);
      expect(raw.tables.find((table) => table.name === "Meetings")?.rows).toHaveLength(rows);
    },
  );

  it("reads a table past Excel on the web's 5 MB response in row chunks, after measuring it", async () => {
    const excel = fakeExcelWith(
      withMeetings(cleanStrategicPartnership(), 10000),
      {},
      {
        maxResponseBytes: 500_000,
      },
    );
    const progress: ReadProgress[] = [];
    const port = new OfficeWorkbook({
      host: excel,
      readLimits: { cellsPerChunk: 5000, cellsPerSync: 20000 },
    });
    const raw = await port.readBudget((step) => progress.push(step));
    // The whole read is refused, so the tables are measured, then 60,000 Meetings cells and
    // ~130 others come in chunks of at most 5,000 cells (833 rows), four chunks per sync.
    expect(excel.syncCount).toBe(1 + 1 + 4);
    expect(Math.max(...excel.valueReads.slice(-16))).toBeLessThanOrEqual(5000);
    const meetings = raw.tables.find((table) => table.name === "Meetings");
    expect(meetings?.rows[0]?.[0]).toBe("M1");
    expect(meetings?.rows[4166]?.[0]).toBe("M4167");
    expect(meetings?.rows[9999]?.[0]).toBe("M10000");
    expect(meetings?.rows.every((row) => row.length === 6)).toBe(true);
    expect(progress[0]).toEqual({ phase: "finding-tables", rowsRead: 0, rowsTotal: 0 });
    const last = progress[progress.length - 1];
    expect(last?.rowsRead).toBe(last?.rowsTotal);
    expect(last?.rowsTotal).toBe(10000 + 3 + 4 + 3 + 1 + 2 + 2);

    // The next read knows Meetings is big: the small tables come in the first request, and
    // only Meetings in chunks (13 chunks, four per sync).
    excel.syncCount = 0;
    const again = await port.readBudget();
    expect(excel.syncCount).toBe(1 + 4);
    expect(again).toEqual(raw);
  });

  it("reads in chunks a table whose values desktop Excel withholds (null past its cell limit)", async () => {
    const excel = fakeExcelWith(
      withMeetings(cleanStrategicPartnership(), 1000),
      {},
      {
        platform: "windows",
        nullValuesOverCells: 1000,
      },
    );
    const raw = await new OfficeWorkbook({
      host: excel,
      readLimits: { cellsPerChunk: 900, cellsPerSync: 5000 },
    }).readBudget();
    expect(raw.tables.find((table) => table.name === "Meetings")?.rows[999]?.[0]).toBe("M1000");
    // One request for all, then the 6,000 Meetings cells in chunks of 900, 5,000 per sync.
    expect(excel.syncCount).toBe(1 + 2);
  });

  it("reads a loosely named table (Partners_ for Partners) with one more request", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership(), { Partners: { name: "Partners_" } });
    const raw = await new OfficeWorkbook({ host: excel }).readBudget();
    expect(raw.tables.map((table) => table.name)).toContain("Partners_");
    expect(excel.syncCount).toBe(2);
  });

  it("rejects with a WorkbookError in words when Excel refuses", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership());
    excel.failNextSync(new FakeOfficeError("InvalidOperationInCellEditMode", "edit mode"));
    await expect(new OfficeWorkbook({ host: excel }).readBudget()).rejects.toMatchObject({
      name: "WorkbookError",
      kind: "edit-mode",
      code: "InvalidOperationInCellEditMode",
      message: "Excel is editing a cell. Press Enter or Esc in the sheet, then try again.",
    });
    excel.failNextSync(new FakeOfficeError("GeneralException", "Something odd"));
    await expect(new OfficeWorkbook({ host: excel }).readBudget()).rejects.toMatchObject({
      kind: "excel",
      message: "Reading the budget tables failed: Something odd.",
    });
  });
});
