import { checkBudget } from "../../src/domain/check-budget";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { WorkbookError } from "../../src/excel/workbook-error";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";
import { fakeExcelWith } from "./fake-budget";
import { FakeOfficeError } from "./fake-excel";

const entry = { figure: "meetings.bands.1.amount", value: 575, source: "National Agency" };

/** The clean SP with a Rates table as set-up makes it: Figure, Value, Source, one blank row. */
function withRates(
  headers = ["Figure", "Value", "Source"],
  rows: (string | number | null)[][] = [[]],
) {
  return fakeExcelWith({ ...cleanStrategicPartnership(), Rates: { headers, rows } });
}

describe("OfficeWorkbook.addRate", () => {
  it("appends one row to the Rates table in one read and one write", async () => {
    const excel = withRates();
    const before = excel.snapshot();
    const result = await new OfficeWorkbook({ host: excel }).addRate(entry);
    expect(result).toEqual({ added: true, row: 2 }); // under the blank row set-up leaves
    expect(excel.syncCount).toBe(2);
    expect(excel.writes).toEqual([
      {
        op: "table.rows.add",
        sheet: "Rates",
        address: "A3:C3",
        value: [["meetings.bands.1.amount", 575, "National Agency"]],
      },
    ]);
    const rates = excel.sheet("Rates");
    expect([1, 2, 3].map((column) => rates.cells[`3,${column}`]?.value)).toEqual([
      "meetings.bands.1.amount",
      575,
      "National Agency",
    ]);
    // Nothing else changed: the other sheets and tables are as they were.
    const after = excel.snapshot();
    expect(after.tables.find((table) => table.name === "Rates")?.rows).toBe(2);
    expect(after.sheets.filter((sheet) => sheet.name !== "Rates")).toEqual(
      before.sheets.filter((sheet) => sheet.name !== "Rates"),
    );
    expect(after.tables.filter((table) => table.name !== "Rates")).toEqual(
      before.tables.filter((table) => table.name !== "Rates"),
    );
  });

  it("the next check uses the new row: the figure is set and leaves the list", async () => {
    const excel = withRates();
    const port = new OfficeWorkbook({ host: excel });
    const figures = async () => checkBudget(await port.readBudget()).figures.map((f) => f.figure);
    expect(await figures()).toContain("meetings.bands.1.amount");
    await port.addRate(entry);
    expect(await figures()).not.toContain("meetings.bands.1.amount");
  });

  it("follows the table's own columns: another order, Latvian names, a column of the user's", async () => {
    const excel = withRates(
      ["Note", "Vērtība", "Rādītājs", "Avots"],
      [["kept", 600, "linguistic.perParticipant", "VIAA"]],
    );
    const rates = excel.sheet("Rates");
    rates.cells["2,1"] = { value: "kept", fill: "#FFFF00" };
    const result = await new OfficeWorkbook({ host: excel }).addRate(entry);
    expect(result).toEqual({ added: true, row: 2 });
    expect(excel.writes[0]?.value).toEqual([
      [null, 575, "meetings.bands.1.amount", "National Agency"],
    ]);
    // The user's first row and its fill are untouched; the new row's Note is left blank.
    expect(rates.cells["2,1"]).toEqual({ value: "kept", fill: "#FFFF00" });
    expect(rates.cells["3,1"]).toBeUndefined();
  });

  it("a calculated column of the user's keeps its formula in the new row", async () => {
    const excel = withRates(
      ["Figure", "Value", "Source", "Twice"],
      [["linguistic.perParticipant", 160, "VIAA"]],
    );
    excel.setFormula("Rates", 2, 4, "=[@Value]*2");
    await new OfficeWorkbook({ host: excel }).addRate(entry);
    expect(excel.sheet("Rates").cells["3,4"]).toMatchObject({ formula: "=[@Value]*2" });
  });

  it("a table without a Source column gets Figure and Value only", async () => {
    const excel = withRates(["Figure", "Value"], [["linguistic.perParticipant", 160]]);
    await new OfficeWorkbook({ host: excel }).addRate(entry);
    expect(excel.writes[0]?.value).toEqual([["meetings.bands.1.amount", 575]]);
  });

  it("without a Rates table: one read, nothing written, and it says so", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership());
    const before = excel.snapshot();
    const result = await new OfficeWorkbook({ host: excel }).addRate(entry);
    expect(result).toEqual({ added: false, missing: "table" });
    expect(excel.syncCount).toBe(1);
    expect(excel.writes).toEqual([]);
    expect(excel.snapshot()).toEqual(before);
  });

  it("a Rates table without a Figure column: nothing written", async () => {
    const excel = withRates(["Name", "Value"], [["x", 1]]);
    const result = await new OfficeWorkbook({ host: excel }).addRate(entry);
    expect(result).toEqual({ added: false, missing: "columns" });
    expect(excel.syncCount).toBe(1);
    expect(excel.writes).toEqual([]);
  });

  it("a protected sheet: a WorkbookError in words, nothing changed", async () => {
    const excel = withRates();
    excel.failWrite(
      (write) => write.op === "table.rows.add",
      new FakeOfficeError("AccessDenied", "The sheet is protected."),
    );
    const before = excel.snapshot();
    const failure = new OfficeWorkbook({ host: excel }).addRate(entry);
    await expect(failure).rejects.toBeInstanceOf(WorkbookError);
    await expect(failure).rejects.toMatchObject({ kind: "protected" });
    expect(excel.snapshot()).toEqual(before);
  });

  it("cells under the table move down, as Excel makes room for the row", async () => {
    const excel = withRates(
      ["Figure", "Value", "Source"],
      [["linguistic.perParticipant", 160, "VIAA"]],
    );
    excel.sheet("Rates").cells["3,2"] = { value: "a note under the table" };
    await new OfficeWorkbook({ host: excel }).addRate(entry);
    expect(excel.sheet("Rates").cells["4,2"]).toEqual({ value: "a note under the table" });
    expect(excel.sheet("Rates").cells["3,2"]).toEqual({ value: 575 });
  });

  it("the fake refuses a row of the wrong width, as Excel does", async () => {
    const excel = withRates();
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.getItem("Rates").rows.add(undefined, [["only one"]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("InMemoryWorkbook.addRate", () => {
  it("appends the row, tells change listeners, and the next check reads it", async () => {
    const data = {
      ...cleanStrategicPartnership(),
      Rates: { headers: ["Figure", "Value", "Source"], rows: [] },
    };
    const port = new InMemoryWorkbook(rawWorkbook(data));
    const changes: unknown[] = [];
    await port.onTablesChanged((change) => changes.push(change));
    expect(await port.addRate(entry)).toEqual({ added: true, row: 1 });
    expect(changes).toEqual([{ kind: "changed", address: "Rates!A2:C2", source: "local" }]);
    const check = checkBudget(await port.readBudget());
    expect(check.overridden).toEqual(["meetings.bands.1.amount"]);
    expect(check.figures.map((f) => f.figure)).not.toContain("meetings.bands.1.amount");
  });

  it("without a Rates table it adds nothing and says so", async () => {
    const port = new InMemoryWorkbook(rawWorkbook(cleanStrategicPartnership()));
    const before = port.snapshot();
    expect(await port.addRate(entry)).toEqual({ added: false, missing: "table" });
    expect(port.snapshot()).toEqual(before);
  });
});
