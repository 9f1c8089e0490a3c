import { checkBudget } from "../../src/domain/check-budget";
import type { RawWorkbook } from "../../src/domain/workbook";
import { highlightFormula, isHighlightFormula } from "../../src/excel/highlight-style";
import { SHEETS_READ_FOR_RULES } from "../../src/excel/office-highlights";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { setCell } from "../support/findings";
import { cleanStrategicPartnership, type WorkbookData } from "../support/raw-workbook";
import { fakeExcelWith, withMeetings, type Placement } from "./fake-budget";
import { FakeExcel, FakeOfficeError } from "./fake-excel";

/**
 * The check's walk over the first sheets, for stale highlights, in the two ways Excel may
 * treat a call on a null object (a sheet past the last one, a missing table): Microsoft does
 * not document it, so the adapter must read right, within its syncs, both ways.
 */

const check = async (workbook: RawWorkbook) => checkBudget(workbook);

/**
 * A clean SP with one error (a Partners country): all 8 tables (Rates empty), each on its own
 * sheet, so that no table is a null object.
 */
function budget(): WorkbookData {
  const data: WorkbookData = {
    ...cleanStrategicPartnership(),
    Rates: { headers: ["Figure", "Value", "Source"], rows: [] },
  };
  setCell(data, "Partners", 2, "Country", "Atlantis");
  return data;
}

function ownRulesOn(excel: FakeExcel, sheet: string) {
  return excel
    .sheet(sheet)
    .conditionalFormats.filter((rule) => isHighlightFormula(rule.formula ?? ""));
}

/** A rule of the add-in's left by an earlier session on `sheet`. */
function leaveStaleRule(excel: FakeExcel, sheet: string): void {
  excel.sheet(sheet).conditionalFormats.push({
    id: 9000 + excel.state.sheets.findIndex((candidate) => candidate.name === sheet),
    type: "Custom",
    areas: [{ top: 2, left: 1, bottom: 2, right: 7 }],
    formula: highlightFormula("error", "A2:G2"),
    fill: "#FFC7CE",
  });
}

/** Sheets without tables after the budget's 8, up to `total` sheets: "Notes 9", "Notes 10", … */
function addSheetsUpTo(excel: FakeExcel, total: number): void {
  for (let number = excel.state.sheets.length + 1; number <= total; number++) {
    excel.addSheet(`Notes ${number}`);
  }
}

async function syncsOf(excel: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  excel.syncCount = 0;
  await action();
  return excel.syncCount;
}

interface Excel {
  title: string;
  refuseCallsOnNullObjects?: string;
  /**
   * Syncs of the pane's first check when its walk passes the last sheet and highlights are to
   * be drawn: read + write; where Excel refuses, a refused request, the request again without
   * the rules, their reads by name, the write, and after InvalidArgument (which may also mean
   * a window past the grid) the tables' values in one more request.
   */
  firstCheckPastLastSheet: number;
}

const excels: Excel[] = [
  { title: "Excel gives null objects for calls on them", firstCheckPastLastSheet: 2 },
  {
    title: "Excel refuses calls on null objects with ItemNotFound",
    refuseCallsOnNullObjects: "ItemNotFound",
    firstCheckPastLastSheet: 4,
  },
  {
    title: "Excel refuses calls on null objects with InvalidObjectPath",
    refuseCallsOnNullObjects: "InvalidObjectPath",
    firstCheckPastLastSheet: 4,
  },
  {
    title: "Excel refuses calls on null objects with InvalidArgument",
    refuseCallsOnNullObjects: "InvalidArgument",
    firstCheckPastLastSheet: 5,
  },
];

describe.each(excels)("the check's sheet walk when $title", (mode) => {
  const options = { refuseCallsOnNullObjects: mode.refuseCallsOnNullObjects };
  const excelWith = (data: WorkbookData, placements: Partial<Record<string, Placement>> = {}) =>
    fakeExcelWith(data, placements, options);

  it("a workbook of one sheet: the highlights are drawn, and an unchanged check is one request", async () => {
    const data = budget();
    // Every table on one sheet, side by side with a blank column between.
    const placements: Partial<Record<string, Placement>> = {};
    let column = 1;
    for (const [name, table] of Object.entries(data)) {
      placements[name] = { sheet: "Budget", firstColumn: column };
      column += table.headers.length + 1;
    }
    const excel = excelWith(data, placements);
    expect(excel.state.sheets.map((sheet) => sheet.name)).toEqual(["Budget"]);
    const port = new OfficeWorkbook({ host: excel });

    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(
      mode.firstCheckPastLastSheet,
    );
    // One error, on one Partners row: one rule, with the add-in's formula.
    expect(ownRulesOn(excel, "Budget")).toHaveLength(1);

    const writes = excel.writes.length;
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(1);
    expect(excel.writes.length).toBe(writes);
    expect(ownRulesOn(excel, "Budget")).toHaveLength(1);
  });

  it(`exactly ${SHEETS_READ_FOR_RULES} sheets: the last one's stale rules go with the pane's first check, in two requests`, async () => {
    const excel = excelWith(budget());
    addSheetsUpTo(excel, SHEETS_READ_FOR_RULES);
    const last = `Notes ${SHEETS_READ_FOR_RULES}`;
    leaveStaleRule(excel, last);
    const port = new OfficeWorkbook({ host: excel });

    // The walk's 50 steps end on the last sheet: no call on a null object, either way.
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(2);
    expect(ownRulesOn(excel, last)).toEqual([]);
    expect(ownRulesOn(excel, "Partners")).toHaveLength(1);
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(1);
  });

  it(`${SHEETS_READ_FOR_RULES + 1} sheets: the check clears the first ${SHEETS_READ_FOR_RULES}, Clear highlights the rest`, async () => {
    const excel = excelWith(budget());
    addSheetsUpTo(excel, SHEETS_READ_FOR_RULES + 1);
    const fiftieth = `Notes ${SHEETS_READ_FOR_RULES}`;
    const beyond = `Notes ${SHEETS_READ_FOR_RULES + 1}`;
    leaveStaleRule(excel, fiftieth);
    leaveStaleRule(excel, beyond);
    const port = new OfficeWorkbook({ host: excel });

    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(2);
    expect(ownRulesOn(excel, fiftieth)).toEqual([]);
    expect(ownRulesOn(excel, beyond)).toHaveLength(1);
    // The second check knows the count, and still walks only the first 50.
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(1);

    await port.clearHighlights();
    expect(ownRulesOn(excel, beyond)).toEqual([]);
    expect(ownRulesOn(excel, "Partners")).toEqual([]);
  });

  it("a workbook without a Rates table: the pane's first check reads through the missing table", async () => {
    const data = budget();
    delete data.Rates;
    const excel = excelWith(data);
    addSheetsUpTo(excel, SHEETS_READ_FOR_RULES);
    leaveStaleRule(excel, `Notes ${SHEETS_READ_FOR_RULES}`);
    const port = new OfficeWorkbook({ host: excel });

    // The pane's first check knows no sheet count: it reads each table's sheet's rules through
    // the table, a null object for Rates. Where Excel refuses that, the rules come by name.
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(
      mode.firstCheckPastLastSheet,
    );
    expect(ownRulesOn(excel, `Notes ${SHEETS_READ_FOR_RULES}`)).toEqual([]);
    expect(ownRulesOn(excel, "Partners")).toHaveLength(1);
    // From then on the walk reads every sheet, and nothing through the tables.
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(1);
  });

  it("a sheet that lost its table: its rules go with the next check, in two requests", async () => {
    const excel = excelWith(budget());
    const port = new OfficeWorkbook({ host: excel });
    await port.checkAndHighlight(check);
    expect(ownRulesOn(excel, "Partners")).toHaveLength(1);

    // The Partners table is deleted; its sheet stays, with the add-in's rule on it.
    excel.state.tables = excel.state.tables.filter((table) => table.name !== "Partners");
    // The walk knows the workbook's 8 sheets, so nothing is read through the missing table.
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(2);
    expect(ownRulesOn(excel, "Partners")).toEqual([]);
  });

  it("the pane's first check on highlights an earlier session drew, unchanged: one read, nothing written", async () => {
    const excel = excelWith(budget());
    addSheetsUpTo(excel, 10);
    await new OfficeWorkbook({ host: excel }).checkAndHighlight(check);
    const drawn = excel.snapshot();
    const writes = excel.writes.length;

    const port = new OfficeWorkbook({ host: excel });
    const reads = await syncsOf(excel, () => port.checkAndHighlight(check));
    // Read; where Excel refuses the walk past the 10th sheet: refused, again, rules by name.
    expect(reads).toBe(
      mode.refuseCallsOnNullObjects === undefined ? 1 : mode.firstCheckPastLastSheet - 1,
    );
    expect(excel.writes.length).toBe(writes);
    expect(excel.snapshot()).toEqual(drawn);
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(1);
  });

  it("sheets deleted since the last check: the walk passes the last sheet and the check still reads right", async () => {
    const excel = excelWith(budget());
    addSheetsUpTo(excel, 10);
    const port = new OfficeWorkbook({ host: excel });
    await port.checkAndHighlight(check);
    const drawn = structuredClone(ownRulesOn(excel, "Partners"));

    excel.state.sheets = excel.state.sheets.filter((sheet) => !sheet.name.startsWith("Notes"));
    const writes = excel.writes.length;
    const reads = await syncsOf(excel, () => port.checkAndHighlight(check));
    expect(reads).toBe(
      mode.refuseCallsOnNullObjects === undefined ? 1 : mode.firstCheckPastLastSheet - 1,
    );
    expect(excel.writes.length).toBe(writes);
    expect(ownRulesOn(excel, "Partners")).toEqual(drawn);
    // The count is the workbook's 8 sheets again: one request.
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(1);
  });

  it("a table moved to a sheet added since the last check: that sheet's rules are read, not drawn twice", async () => {
    const excel = excelWith(budget());
    const port = new OfficeWorkbook({ host: excel });
    await port.checkAndHighlight(check);
    const drawn = structuredClone(ownRulesOn(excel, "Partners"));
    expect(drawn).toHaveLength(1);

    // Cut and paste to a new last sheet, past the 8 the walk knows: the rules go along.
    const moved = excel.addSheet("Partners 2026");
    const partners = excel.sheet("Partners");
    moved.cells = partners.cells;
    partners.cells = {};
    moved.conditionalFormats = partners.conditionalFormats;
    partners.conditionalFormats = [];
    const table = excel.state.tables.find((candidate) => candidate.name === "Partners");
    if (!table) throw new Error("fixture: no Partners table");
    table.sheet = moved.name;

    const writes = excel.writes.length;
    // The walk over 8 sheets, then the new sheet's rules by name; nothing to write.
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(2);
    expect(excel.writes.length).toBe(writes);
    expect(ownRulesOn(excel, moved.name)).toEqual(drawn);
  });
});

describe("the check's first request refused", () => {
  it("is not asked again when the refusal is about Excel's state (a cell in edit mode)", async () => {
    const excel = fakeExcelWith(budget());
    excel.failNextSync(new FakeOfficeError("InvalidOperationInCellEditMode", "edit mode"));
    excel.syncCount = 0;
    await expect(
      new OfficeWorkbook({ host: excel }).checkAndHighlight(check),
    ).rejects.toMatchObject({ kind: "edit-mode" });
    expect(excel.syncCount).toBe(1);
  });

  it("is asked again without the rules after any other error, and the highlights are right", async () => {
    const excel = fakeExcelWith(budget());
    excel.failNextSync(new FakeOfficeError("GeneralException", "An internal error has occurred."));
    const port = new OfficeWorkbook({ host: excel });
    // Refused, again without the rules, the rules by sheet name, the write.
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(4);
    expect(ownRulesOn(excel, "Partners")).toHaveLength(1);
    expect(await syncsOf(excel, () => port.checkAndHighlight(check))).toBe(1);
  });

  it("after a refusal of a call on a null object, a response too large is asked again smaller", async () => {
    // Meetings of 10,000 rows past a 500,000-byte response limit, as a big budget on the web.
    const excel = fakeExcelWith(
      withMeetings(budget(), 10_000),
      {},
      { refuseCallsOnNullObjects: "ItemNotFound", maxResponseBytes: 500_000 },
    );
    const port = new OfficeWorkbook({
      host: excel,
      readLimits: { cellsPerChunk: 5000, cellsPerSync: 20_000 },
    });
    const checked = await port.checkAndHighlight(check);
    expect(checked.workbook.tables.find((table) => table.name === "Meetings")?.rows).toHaveLength(
      10_000,
    );
    expect(ownRulesOn(excel, "Partners")).toHaveLength(1);
    // Refused twice (the walk past the last sheet; the windows), then measured without
    // either; the rules by name; 60,000 Meetings cells and ~150 others in four requests of
    // four 5,000-cell chunks; the write.
    expect(excel.syncCount).toBe(3 + 1 + 4 + 1);
  });
});

describe("the fake Excel's calls on null objects", () => {
  async function rulesPastTheLastSheet(excel: FakeExcel) {
    return excel.run(async (context) => {
      const past = context.workbook.worksheets.getFirst().getNextOrNullObject();
      const formats = past.getRange().conditionalFormats;
      formats.load("items/type");
      await context.sync();
      return { past: past.isNullObject, formats: formats.isNullObject };
    });
  }

  it("gives null objects for methods called on a null worksheet, by default", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Only");
    await expect(rulesPastTheLastSheet(excel)).resolves.toEqual({ past: true, formats: true });
  });

  it("fails the sync with the code given, when it refuses calls on null objects", async () => {
    const excel = new FakeExcel({ refuseCallsOnNullObjects: "InvalidObjectPath" });
    excel.addSheet("Only");
    const refused = rulesPastTheLastSheet(excel);
    await expect(refused).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(refused).rejects.toMatchObject({ code: "InvalidObjectPath" });
    // A null object from an *OrNullObject method itself is not refused, nor a load of one.
    excel.addSheet("Second");
    await expect(rulesPastTheLastSheet(excel)).resolves.toEqual({
      past: false,
      formats: false,
    });
    await expect(
      excel.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
        missing.load("name");
        await context.sync();
        return missing.isNullObject;
      }),
    ).resolves.toBe(true);
  });
});
