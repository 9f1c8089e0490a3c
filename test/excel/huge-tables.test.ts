import { checkBudget } from "../../src/domain/check-budget";
import { locateFinding } from "../../src/domain/finding-location";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { defaultReadLimits } from "../../src/excel/read-plan";
import { messageOf } from "../support/findings";
import { cleanStrategicPartnership } from "../support/raw-workbook";
import { fakeExcelWith, withMeetings } from "./fake-budget";
import type { FakeExcel } from "./fake-excel";

/**
 * Tables no budget has, as a hostile or careless workbook can: a million rows, 16,384 columns,
 * a table at the foot of the sheet. Excel on the web (the fake's default) refuses a response
 * over 5 MB, so each read must stay within it, end in a few requests, and say what it left out.
 */

jest.setTimeout(60_000);

function table(excel: FakeExcel, name: string) {
  const found = excel.state.tables.find((item) => item.name === name);
  if (!found) throw new Error(name);
  return found;
}

describe("huge and hostile tables in the pane", () => {
  it("reads a Meetings table of 1,048,575 rows up to the row limit and says so", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership());
    table(excel, "Meetings").rows = 1_048_575;
    const raw = await new OfficeWorkbook({ host: excel }).readBudget();

    const meetings = raw.tables.find((item) => item.name === "Meetings");
    expect(meetings?.rows).toHaveLength(defaultReadLimits.maxRows);
    expect(meetings?.rowsInTable).toBe(1_048_575);
    expect(meetings?.rows[2]).toEqual(["M2-P4", "P4", 2, 1, 280, 575]);
    // The first request takes 10,000 rows of it; the other 90,000 rows × 6 columns come in
    // requests of at most 100,000 cells, ranges of at most 25,000.
    expect(excel.syncCount).toBe(1 + Math.ceil((90_000 * 6) / 100_000));
    expect(Math.max(...excel.valueReads)).toBeLessThanOrEqual(10_000 * 6);
    expect(excel.valueReads.slice(-10).every((cells) => cells <= 25_000)).toBe(true);

    const result = checkBudget(raw);
    expect(result.findings.map((item) => item.rule)).toEqual(["input.table-too-large"]);
    expect(result.findings[0]).toMatchObject({ severity: "error", table: "Meetings" });
    expect(messageOf(result.findings[0]!)).toBe(
      'The table "Meetings" on sheet "Meetings" has 1,048,575 rows, more than the add-in reads; only its first 100,000 rows were checked. Split it or remove the empty rows at its end.',
    );
    expect(result.totals.total).toBe(48890);
  });

  it("reads only the schema's columns of a Partners table 16,384 columns wide", async () => {
    const data = cleanStrategicPartnership();
    const partners = data.Partners!;
    const notes = Array.from({ length: 16_384 - 7 }, (_, index) => `Note ${index + 1}`);
    // Management, the amount column, is the table's last column: XFD.
    partners.headers = [...partners.headers.slice(0, 6), ...notes, "Management"];
    partners.rows = partners.rows.map((row) => [
      ...row.slice(0, 6),
      ...notes.map(() => "x"),
      row[6] ?? null,
    ]);
    partners.rows[0]![16_383] = 999; // a typed-over amount: amount.mismatch at XFD2
    const excel = fakeExcelWith(data);
    const raw = await new OfficeWorkbook({ host: excel }).readBudget();

    const read = raw.tables.find((item) => item.name === "Partners")!;
    const plain = cleanStrategicPartnership().Partners!;
    expect(read.headers).toEqual(plain.headers);
    expect(read.columnNumbers).toEqual([1, 2, 3, 4, 5, 6, 16_384]);
    expect(read.rows[0]).toEqual([...plain.rows[0]!.slice(0, 6), 999]);
    // Measured in the first request, then 4 rows of 6 + 1 columns in one more.
    expect(excel.syncCount).toBe(2);
    expect(excel.valueReads.slice(-2)).toEqual([4 * 6, 4 * 1]);

    const result = checkBudget(raw);
    expect(result.findings.map((item) => item.rule)).toEqual(["amount.mismatch"]);
    expect(locateFinding(result.findings[0]!, raw)?.address).toBe("Partners!XFD2");
    expect(result.totals.total).toBe(48890);
  });

  it("reads a table at the foot of the sheet, where the first window would pass the grid", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership(), {
      Meetings: { headerRow: 1_048_570 },
    });
    const port = new OfficeWorkbook({ host: excel });
    const raw = await port.readBudget();
    expect(raw.tables.find((item) => item.name === "Meetings")?.rows).toHaveLength(3);
    expect(checkBudget(raw).totals.total).toBe(48890);
    // The refused window, the request that measures, the rows.
    expect(excel.syncCount).toBe(3);
    // Next time its place is known: the window stops at the sheet's edge, one request.
    excel.syncCount = 0;
    expect(await port.readBudget()).toEqual(raw);
    expect(excel.syncCount).toBe(1);
  });

  it("measures a loosely named table whose window Excel refuses, then reads it in chunks", async () => {
    const excel = fakeExcelWith(
      withMeetings(cleanStrategicPartnership(), 10_000),
      { Meetings: { name: "Meetings_" } },
      { maxResponseBytes: 500_000 },
    );
    const raw = await new OfficeWorkbook({
      host: excel,
      readLimits: { cellsPerChunk: 5000, cellsPerSync: 20_000 },
    }).readBudget();
    expect(raw.tables.find((item) => item.name === "Meetings_")?.rows[9999]?.[0]).toBe("M10000");
    // The first request; Meetings_ with its window (refused), then measured; its 60,000 cells
    // in 13 chunks of 833 rows, four chunks a request.
    expect(excel.syncCount).toBe(1 + 2 + 4);
  });
});
