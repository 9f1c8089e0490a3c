import { checkBudget } from "../../src/domain/check-budget";
import { tableSchema } from "../../src/domain/table-schema";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { listsSheetName } from "../../src/excel/workbook-template";
import { cleanStrategicPartnership } from "../support/raw-workbook";
import { fakeExcelWith } from "./fake-budget";
import { FakeExcel, FakeRequestContext, type SheetState } from "./fake-excel";

const allTables = tableSchema.map((spec) => spec.name);

function emptyWorkbook(options?: ConstructorParameters<typeof FakeExcel>[0]): FakeExcel {
  const excel = new FakeExcel(options);
  excel.addSheet("Sheet1");
  return excel;
}

function cellValues(sheet: SheetState | undefined, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, index) => sheet?.cells[`${row},${index + 1}`]?.value);
}

describe("OfficeWorkbook.setUpWorkbook", () => {
  it("creates every table on its own sheet in two syncs", async () => {
    const excel = emptyWorkbook();
    const result = await new OfficeWorkbook({ host: excel }).setUpWorkbook({
      action: "SP",
      months: 24,
      title: "Digital skills",
    });
    expect(result).toEqual({ created: allTables, skipped: [], conflicts: [] });
    expect(excel.syncCount).toBe(2);
    for (const spec of tableSchema) {
      const table = excel.state.tables.find((candidate) => candidate.name === spec.name);
      expect(table).toMatchObject({ sheet: spec.sheet, headerRow: 1, firstColumn: 1 });
      expect(table?.columns).toEqual(spec.columns.map((column) => column.header));
    }
    expect(excel.state.eventsEnabled).toBe(true);
  });

  it("fills the Project table from the form", async () => {
    const excel = emptyWorkbook();
    await new OfficeWorkbook({ host: excel }).setUpWorkbook({
      action: "SP",
      months: 24,
      title: "=not a formula",
    });
    const project = excel.sheet("Project");
    expect([2, 3, 4, 5, 6, 7].map((row) => cellValues(project, row, 2))).toEqual([
      ["Action", "SP"],
      ["Months", 24],
      ["Format", "standard"],
      ["Field", ""],
      ["Rulebook", "2014"],
      ["Title", "'=not a formula"],
    ]);
    expect(excel.state.tables.find((table) => table.name === "Project")?.rows).toBe(6);
    // Dropdowns on the Action, Format and Field values, each on its own cell.
    expect(
      project.validations.map((validation) => [validation.area.top, validation.rule?.list?.source]),
    ).toEqual([
      [2, "SP,KA,SSA"],
      [4, "standard,schools-only,school-regional"],
      [5, "school,vet,higher-education,adult,youth"],
    ]);
  });

  it("writes the chosen field in the same two syncs; the checker holds it to the youth rules", async () => {
    const excel = emptyWorkbook();
    const port = new OfficeWorkbook({ host: excel });
    await port.setUpWorkbook({ action: "SP", months: 12, field: "youth" });
    expect(excel.syncCount).toBe(2);
    expect(cellValues(excel.sheet("Project"), 5, 2)).toEqual(["Field", "youth"]);
    const result = checkBudget(await port.readBudget());
    expect(result.project).toMatchObject({ action: "SP", field: "youth", months: 12 });
    expect(result.findings.filter((finding) => finding.rule === "project.duration")).toEqual([]);
    // The empty Partners row is below the youth minimum of 2 from 2, not the 3 from 3.
    expect(
      result.findings
        .filter((finding) => finding.rule === "consortium.min-organisations")
        .map((finding) => finding.text.params),
    ).toEqual([{ consortium: expect.objectContaining({ field: "youth" }), min: 2, found: 0 }]);
  });

  it("writes the KA2 formulas, number formats and dropdowns of the schema", async () => {
    const excel = emptyWorkbook();
    await new OfficeWorkbook({ host: excel }).setUpWorkbook({ action: "KA", months: 36 });
    const partners = excel.sheet("Partners");
    // Management is column G; its one body cell holds the formula, formatted in EUR.
    expect(partners.cells["2,7"]).toMatchObject({
      formula: tableSchema[1]?.columns[6]?.formula,
      numberFormat: "#,##0.00 [$EUR]",
    });
    const sources = Object.fromEntries(
      partners.validations.map((validation) => [
        excel.state.tables.find((table) => table.name === "Partners")?.columns[
          validation.area.left - 1
        ],
        validation.rule?.list?.source,
      ]),
    );
    expect(sources).toEqual({
      Country: expect.stringMatching(/^='KA2 Lists'!\$A\$2:\$A\$\d+$/),
      Type: "HEI,SCHOOL,VET,ENTERPRISE,AUTHORITY,PUBLIC,NGO,RESEARCH,SECTOR,REGULATOR,OTHER",
      Role: "coordinator,partner",
    });
    const alert = partners.validations[0]?.errorAlert;
    expect(alert).toMatchObject({ showAlert: true, style: "Warning" });
    expect(excel.sheet("Meetings").validations[0]?.rule?.list?.source).toBe(
      '=INDIRECT("Partners[ID]")',
    );
    for (const spec of tableSchema) {
      const sheet = excel.sheet(spec.sheet);
      spec.columns.forEach((column, index) => {
        const cell = sheet.cells[`2,${index + 1}`];
        if (column.formula) expect(cell?.formula).toBe(column.formula);
        if (column.numberFormat && spec.name !== "Project") {
          expect(cell?.numberFormat).toBe(column.numberFormat);
        }
      });
    }
    const lists = excel.sheet(listsSheetName);
    expect(lists.visibility).toBe("Hidden");
    expect(lists.cells["1,1"]?.value).toBe("Country");
    const countries = Object.entries(lists.cells)
      .filter(([key]) => key.endsWith(",1") && key !== "1,1")
      .map(([, cell]) => cell.value);
    expect(countries).toEqual(expect.arrayContaining(["Latvia", "Germany", "Türkiye"]));
  });

  it("gives a workbook the checker reads: the Project settings come through", async () => {
    const excel = emptyWorkbook();
    const port = new OfficeWorkbook({ host: excel });
    await port.setUpWorkbook({ action: "SSA", months: 36 });
    const result = checkBudget(await port.readBudget());
    expect(result.action).toBe("SSA");
    expect(result.months).toBe(36);
    expect(result.findings.filter((finding) => finding.rule === "input.missing-table")).toEqual([]);
  });

  it("never touches an existing table, and reports a same-name sheet as a conflict", async () => {
    const data = cleanStrategicPartnership();
    const excel = fakeExcelWith({ Partners: data.Partners ?? { headers: [], rows: [] } });
    const meetings = excel.addSheet("meetings");
    meetings.cells["1,1"] = { value: "My own notes" };
    meetings.conditionalFormats.push({ id: 1, type: "Custom", areas: [], formula: "=TRUE" });
    const before = excel.snapshot();

    const result = await new OfficeWorkbook({ host: excel }).setUpWorkbook({
      action: "SP",
      months: 24,
    });
    expect(result.skipped).toEqual(["Partners"]);
    expect(result.conflicts).toEqual([
      {
        table: "Meetings",
        sheet: "Meetings",
        message:
          'The workbook already has a sheet named "Meetings" without a Meetings table, so the Meetings table was not added. Rename or remove that sheet, or add the table to it yourself, then set up again.',
      },
    ]);
    expect(result.created).toEqual([
      "Project",
      "Outputs",
      "Events",
      "Activities",
      "OtherCosts",
      "Rates",
    ]);
    for (const name of ["Partners", "meetings"]) {
      expect(excel.sheet(name)).toEqual(before.sheets.find((sheet) => sheet.name === name));
    }
    expect(excel.state.tables.find((table) => table.name === "Partners")).toEqual(
      before.tables.find((table) => table.name === "Partners"),
    );
    const touched = new Set(excel.writes.map((write) => write.sheet).filter(Boolean));
    expect([...touched].sort()).toEqual(
      ["Activities", "Events", "Other costs", "Outputs", "Project", "Rates"].sort(),
    );
    // Only Partners has a Country column; with Partners skipped no lists sheet is needed.
    expect(excel.state.sheets.map((sheet) => sheet.name)).not.toContain(listsSheetName);
  });

  it("does nothing the second time: every table is there", async () => {
    const excel = emptyWorkbook();
    const port = new OfficeWorkbook({ host: excel });
    await port.setUpWorkbook({ action: "SP", months: 24 });
    const before = excel.snapshot();
    const writes = excel.writes.length;
    excel.syncCount = 0;
    expect(await port.setUpWorkbook({ action: "KA", months: 36 })).toEqual({
      created: [],
      skipped: allTables,
      conflicts: [],
    });
    expect(excel.syncCount).toBe(1);
    expect(excel.writes).toHaveLength(writes);
    expect(excel.snapshot()).toEqual(before);
  });

  it("keeps an existing lists sheet as it is", async () => {
    const excel = emptyWorkbook();
    const lists = excel.addSheet(listsSheetName);
    lists.cells["1,1"] = { value: "Country" };
    lists.cells["2,1"] = { value: "Latvia" };
    const before = structuredClone(lists);
    await new OfficeWorkbook({ host: excel }).setUpWorkbook({ action: "SP", months: 24 });
    expect(excel.sheet(listsSheetName)).toEqual(before);
  });

  it("rejects options the Project table cannot hold, before calling Excel", async () => {
    const excel = emptyWorkbook();
    const port = new OfficeWorkbook({ host: excel });
    await expect(port.setUpWorkbook({ action: "SP", months: 24.5 })).rejects.toMatchObject({
      kind: "invalid-input",
      message: "The project duration must be a whole number of months; got 24.5.",
    });
    await expect(port.setUpWorkbook({ action: "XX" as never, months: 24 })).rejects.toMatchObject({
      kind: "invalid-input",
    });
    await expect(
      port.setUpWorkbook({ action: "SP", months: 24, field: "sport" as never }),
    ).rejects.toMatchObject({
      kind: "invalid-input",
      message: 'The field "sport" is not one of school, vet, higher-education, adult, youth.',
    });
    expect(excel.syncCount).toBe(0);
  });

  it("reports a protected workbook in words", async () => {
    const excel = emptyWorkbook();
    excel.failNextSync(Object.assign(new Error("denied"), { code: "AccessDenied" }));
    await expect(
      new OfficeWorkbook({ host: excel }).setUpWorkbook({ action: "SP", months: 24 }),
    ).rejects.toMatchObject({ kind: "protected", code: "AccessDenied" });
  });

  it("turns events back on when the write fails part-way", async () => {
    const excel = emptyWorkbook();
    const sync = FakeRequestContext.prototype.sync;
    let calls = 0;
    jest.spyOn(FakeRequestContext.prototype, "sync").mockImplementation(async function (
      this: FakeRequestContext,
    ) {
      // Between the look and the write, someone adds a sheet the set-up wants to create.
      if (++calls === 2) excel.addSheet("Meetings");
      return sync.call(this);
    });
    try {
      await expect(
        new OfficeWorkbook({ host: excel }).setUpWorkbook({ action: "SP", months: 24 }),
      ).rejects.toMatchObject({ name: "WorkbookError" });
      expect(excel.state.eventsEnabled).toBe(true);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
