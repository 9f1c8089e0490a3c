import { formWording } from "../../src/messages/messages";
import { checkBudget } from "../../src/domain/check-budget";
import { applicationForm } from "../../src/domain/form/application-form";
import { csvSheet, csvSheetName } from "../../src/domain/form/csv-sheet";
import {
  formSheet,
  formSheetName,
  type FormSheet,
  type SheetCell,
  type SheetStyle,
} from "../../src/domain/form/form-sheet";
import {
  amountFormat,
  asText,
  characterWidthToPoints,
  planFormSheet,
  textFormat,
  workingSheetName,
} from "../../src/excel/form-sheet-plan";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { WorkbookError } from "../../src/excel/workbook-error";
import { setCell } from "../support/findings";
import { cleanStrategicPartnership, rawWorkbook, type WorkbookData } from "../support/raw-workbook";
import { fakeExcelWith, withMeetings } from "./fake-budget";
import {
  FakeExcel,
  FakeRequestContext,
  parseArea,
  type CellState,
  type FakeExcelOptions,
  type SheetState,
  type WorkbookState,
} from "./fake-excel";

const english = formWording("en");

function sheetOf(data: WorkbookData): FormSheet {
  return formSheet(applicationForm(checkBudget(rawWorkbook(data)), english));
}

/** The clean example budget in a fake Excel, and its Form summary sheet. */
function example(options: FakeExcelOptions = {}) {
  const data = cleanStrategicPartnership();
  const excel = fakeExcelWith(data, {}, options);
  return { excel, port: new OfficeWorkbook({ host: excel }), sheet: sheetOf(data) };
}

/** A cell as the user sees it: Excel drops the apostrophe that marks text. */
function shown(cell: CellState | undefined): SheetCell["value"] {
  if (!cell || cell.value === "") return null;
  if (typeof cell.value === "string" && cell.value.startsWith("'")) return cell.value.slice(1);
  return cell.value as string | number;
}

function writtenValues(sheet: SheetState, rows: number, columns: number): SheetCell["value"][][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => shown(sheet.cells[`${r + 1},${c + 1}`])),
  );
}

function expectedValues(sheet: FormSheet): SheetCell["value"][][] {
  const width = sheet.columnWidths.length;
  return sheet.rows.map((row) =>
    Array.from({ length: width }, (_, column) => row[column]?.value ?? null),
  );
}

/** What each style looks like in the written sheet (the command line's sheet looks the same). */
const expectedLook: Record<SheetStyle, Partial<CellState>> = {
  title: { font: { bold: true, size: 14 } },
  section: { font: { bold: true, size: 12, color: "#1F4E79" } },
  header: { font: { bold: true }, fill: "#DDEBF7" },
  total: { font: { bold: true }, borderTop: "Continuous" },
  warning: { font: { bold: true, color: "#C00000" } },
  note: { font: { italic: true } },
  text: {},
  number: {},
  amount: {},
};

function lookOf(cell: CellState | undefined): Partial<CellState> {
  const look: Partial<CellState> = {};
  if (cell?.font) look.font = cell.font;
  if (cell?.fill) look.fill = cell.fill;
  if (cell?.borderTop) look.borderTop = cell.borderTop;
  return look;
}

/** The workbook without the Form summary sheet and the active sheet. */
function apartFromFormSheet(state: WorkbookState): unknown {
  const copy = structuredClone(state);
  copy.sheets = copy.sheets.filter((sheet) => sheet.name !== formSheetName);
  delete copy.activeSheet;
  return copy;
}

/** Counts the writes Excel applied in each sync. */
function writesPerSync(excel: FakeExcel): number[] {
  const counts: number[] = [];
  const sync = FakeRequestContext.prototype.sync;
  jest.spyOn(FakeRequestContext.prototype, "sync").mockImplementation(async function (
    this: FakeRequestContext,
  ) {
    const before = excel.writes.length;
    try {
      await sync.call(this);
    } finally {
      counts.push(excel.writes.length - before);
    }
  });
  return counts;
}

afterEach(() => jest.restoreAllMocks());

describe("OfficeWorkbook.writeFormSheet", () => {
  it("writes the sheet and both charts in one batch: one sync to look, one to write", async () => {
    const { excel, port, sheet } = example();
    const perSync = writesPerSync(excel);
    expect(await port.writeFormSheet(sheet, { replace: false })).toEqual({
      written: true,
      existed: false,
    });
    expect(excel.syncCount).toBe(2);
    expect(perSync[0]).toBe(0);
    expect(perSync[1]).toBe(excel.writes.length);
    expect(excel.state.activeSheet).toBe(formSheetName);
    // Events off for the write, and on again at its end.
    const events = excel.writes.filter((write) => write.op === "runtime.enableEvents");
    expect(events.map((write) => write.value)).toEqual([false, true]);
    expect(excel.writes[0]?.op).toBe("runtime.enableEvents");
    expect(excel.writes[excel.writes.length - 1]?.op).toBe("runtime.enableEvents");
    expect(excel.state.eventsEnabled).toBe(true);
  });

  it("writes exactly formSheet(form) for the clean example: values, formats, looks, widths", async () => {
    const { excel, port, sheet } = example();
    await port.writeFormSheet(sheet, { replace: false });
    const written = excel.sheet(formSheetName);
    const width = sheet.columnWidths.length;
    expect(writtenValues(written, sheet.rows.length, width)).toEqual(expectedValues(sheet));
    // Nothing below or to the right of the layout, and no formula anywhere.
    for (const [key, cell] of Object.entries(written.cells)) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      if (cell.value !== "") {
        expect(row).toBeLessThanOrEqual(sheet.rows.length);
        expect(column).toBeLessThanOrEqual(width);
      }
      expect(cell.formula).toBeUndefined();
    }
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const state = written.cells[`${r + 1},${c + 1}`];
        expect({ at: [r + 1, c + 1], look: lookOf(state) }).toEqual({
          at: [r + 1, c + 1],
          look: expectedLook[cell.style],
        });
        const format =
          typeof cell.value === "string"
            ? textFormat
            : typeof cell.value === "number" && (cell.style === "amount" || cell.style === "total")
              ? amountFormat
              : "General";
        expect({ at: [r + 1, c + 1], format: state?.numberFormat }).toEqual({
          at: [r + 1, c + 1],
          format,
        });
      }),
    );
    expect(written.columnWidths).toEqual(
      Object.fromEntries(sheet.columnWidths.map((w, i) => [i + 1, characterWidthToPoints(w)])),
    );
    // The title row of the clean example, as a spot check on the decoding above.
    expect(written.cells["1,1"]?.value).toBe("Digital skills for rural schools");
  });

  it("draws a chart on exactly each chart block, titled, to the right of the data", async () => {
    const { excel, port, sheet } = example();
    await port.writeFormSheet(sheet, { replace: false });
    const written = excel.sheet(formSheetName);
    expect(sheet.charts.map((block) => block.title)).toEqual([
      "Budget by category",
      "Budget by organisation",
    ]);
    expect(written.charts).toEqual(
      sheet.charts.map((block) => ({
        id: expect.any(String),
        type: block.title === "Budget by category" ? "BarClustered" : "ColumnClustered",
        sourceSheetId: written.id,
        source: `A${block.firstRow + 1}:B${block.firstRow + block.rows}`,
        seriesBy: "Columns",
        title: block.title,
        legendVisible: false,
        position: expect.any(Object),
      })),
    );
    // The source rows are the block's: text labels and amounts, under its header row.
    for (const block of sheet.charts) {
      expect(written.cells[`${block.firstRow},1`]?.value).toMatch(/Category|Organisation/);
      for (let row = block.firstRow + 1; row <= block.firstRow + block.rows; row++) {
        expect(typeof written.cells[`${row},1`]?.value).toBe("string");
        expect(typeof written.cells[`${row},2`]?.value).toBe("number");
      }
      expect(written.cells[`${block.firstRow + block.rows + 1},2`]?.value ?? "").toBe("");
    }
    const organisations = sheet.charts[1];
    expect(organisations?.rows).toBe(4);
    const boxes = written.charts.map((chart) => ({
      start: parseArea(chart.position?.start ?? ""),
      end: parseArea(chart.position?.end ?? ""),
    }));
    for (const box of boxes) {
      expect(box.start.left).toBeGreaterThan(sheet.columnWidths.length);
      expect(box.end.right).toBeGreaterThan(box.start.left);
      expect(box.end.bottom).toBeGreaterThan(box.start.top);
    }
    // Stacked, not overlapping.
    expect(boxes[1]?.start.top).toBeGreaterThan(boxes[0]?.end.bottom ?? Infinity);
  });

  it("writes nothing when the sheet exists and replace is false", async () => {
    const { excel, port, sheet } = example();
    excel.addSheet("form summary").cells["1,1"] = { value: "my notes" };
    const before = excel.snapshot();
    expect(await port.writeFormSheet(sheet, { replace: false })).toEqual({
      written: false,
      existed: true,
    });
    expect(excel.syncCount).toBe(1);
    expect(excel.writes).toEqual([]);
    expect(excel.state).toEqual(before);
  });

  it("replaces only the Form summary sheet on a second export; nothing else changes", async () => {
    const data = cleanStrategicPartnership();
    const excel = fakeExcelWith(data);
    excel.sheet("Partners").cells["3,3"]!.fill = "#FFFF00";
    excel.addSheet("Notes").cells["2,2"] = { value: "=1+1", formula: "=1+1" };
    const port = new OfficeWorkbook({ host: excel });
    await port.writeFormSheet(sheetOf(data), { replace: false });
    const afterFirst = excel.snapshot();
    const firstId = excel.sheet(formSheetName).id;

    setCell(data, "Partners", 1, "Organisation", "LU");
    const second = sheetOf(data);
    excel.syncCount = 0;
    expect(await port.writeFormSheet(second, { replace: false })).toEqual({
      written: false,
      existed: true,
    });
    expect(await port.writeFormSheet(second, { replace: true })).toEqual({
      written: true,
      existed: true,
    });
    expect(excel.syncCount).toBe(3);
    expect(apartFromFormSheet(excel.state)).toEqual(apartFromFormSheet(afterFirst));
    expect(excel.state.sheets.map((sheet) => sheet.name)).toEqual([
      ...afterFirst.sheets.map((sheet) => sheet.name).filter((name) => name !== formSheetName),
      formSheetName,
    ]);
    const replaced = excel.sheet(formSheetName);
    expect(replaced.id).not.toBe(firstId);
    expect(writtenValues(replaced, second.rows.length, second.columnWidths.length)).toEqual(
      expectedValues(second),
    );
    expect(replaced.charts.map((chart) => chart.sourceSheetId)).toEqual([replaced.id, replaced.id]);
    expect(excel.state.activeSheet).toBe(formSheetName);
    expect(excel.writes.filter((write) => write.op === "worksheet.delete")).toEqual([
      { op: "worksheet.delete", sheet: formSheetName },
    ]);
  });

  it("replaces a Form summary that is the workbook's only sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet(formSheetName).cells["1,1"] = { value: "old export" };
    const sheet = sheetOf(cleanStrategicPartnership());
    const result = await new OfficeWorkbook({ host: excel }).writeFormSheet(sheet, {
      replace: true,
    });
    expect(result).toEqual({ written: true, existed: true });
    expect(excel.state.sheets.map((s) => s.name)).toEqual([formSheetName]);
    expect(excel.sheet(formSheetName).cells["1,1"]?.value).toBe(sheet.rows[0]?.[0]?.value);
  });

  it("never replaces a sheet of that name that holds a table", async () => {
    const data = cleanStrategicPartnership();
    const excel = fakeExcelWith(data, { Partners: { sheet: "Form Summary" } });
    const before = excel.snapshot();
    const port = new OfficeWorkbook({ host: excel });
    for (const replace of [false, true]) {
      const failure = port.writeFormSheet(sheetOf(data), { replace });
      await expect(failure).rejects.toBeInstanceOf(WorkbookError);
      await expect(failure).rejects.toMatchObject({
        kind: "protected",
        message: expect.stringContaining('"Form Summary" holds the table Partners'),
      });
    }
    expect(excel.state).toEqual(before);
    expect(excel.syncCount).toBe(2);
  });

  it("writes hostile text as text: no formulas, text format before the values", async () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","click")',
      "+1",
      "-2+3",
      "@SUM(A1)",
      "'quoted",
      "1-2",
      "Latvijas Universitāte",
    ];
    const sheet: FormSheet = {
      name: formSheetName,
      rows: [
        [{ value: "Budget by organisation", style: "section" }],
        [
          { value: "Organisation", style: "header" },
          { value: "Grant", style: "header" },
        ],
        ...hostile.map((text, index) => [
          { value: text, style: "text" as const },
          { value: 1000 * (index + 1), style: "amount" as const },
        ]),
      ],
      columnWidths: [38, 12],
      charts: [
        { by: "organisation", title: "Budget by organisation", firstRow: 2, rows: hostile.length },
      ],
    };
    const excel = fakeExcelWith({});
    excel.addSheet("Sheet1");
    await new OfficeWorkbook({ host: excel }).writeFormSheet(sheet, { replace: false });
    const written = excel.sheet(formSheetName);
    hostile.forEach((text, index) => {
      const cell = written.cells[`${index + 3},1`];
      expect(cell?.formula).toBeUndefined();
      expect(cell?.numberFormat).toBe("@");
      expect(shown(cell)).toBe(text);
    });
    expect(written.cells["3,1"]?.value).toBe(`'${hostile[0]}`);
    expect(written.cells["4,1"]?.value).toBe("'+1");
    expect(written.cells["8,1"]?.value).toBe("1-2");
    const ops = excel.writes.map((write) => write.op);
    expect(ops.indexOf("range.numberFormat")).toBeGreaterThanOrEqual(0);
    expect(ops.indexOf("range.numberFormat")).toBeLessThan(ops.indexOf("range.values"));
    expect(written.charts[0]?.source).toBe(`A3:B${2 + hostile.length}`);
  });

  it("puts the budget's own words in as text, e.g. a title that looks like a formula", async () => {
    const data = cleanStrategicPartnership();
    setCell(data, "Project", 3, "Value", "=cmd|' /C calc'!A0");
    const excel = fakeExcelWith(data);
    await new OfficeWorkbook({ host: excel }).writeFormSheet(sheetOf(data), { replace: false });
    const title = excel.sheet(formSheetName).cells["1,1"];
    expect(title).toMatchObject({ value: "'=cmd|' /C calc'!A0", numberFormat: "@" });
    expect(title?.formula).toBeUndefined();
  });

  it("turns events back on when the write fails part-way, and says why", async () => {
    const { excel, port, sheet } = example();
    const sync = FakeRequestContext.prototype.sync;
    let calls = 0;
    jest.spyOn(FakeRequestContext.prototype, "sync").mockImplementation(async function (
      this: FakeRequestContext,
    ) {
      // Between the look and the write, someone adds a sheet of that name.
      if (++calls === 2) excel.addSheet(formSheetName);
      return sync.call(this);
    });
    const failure = port.writeFormSheet(sheet, { replace: false });
    await expect(failure).rejects.toMatchObject({
      name: "WorkbookError",
      kind: "excel",
      message: expect.stringMatching(/^Writing the sheet failed: /),
    });
    expect(excel.state.eventsEnabled).toBe(true);
    expect(excel.state.activeSheet).not.toBe(formSheetName);
    // The sheet someone else added is left alone; the unfinished one says so in its name.
    expect(excel.sheet(formSheetName).cells).toEqual({});
    expect(excel.state.sheets.map((s) => s.name)).toContain("Form summary (new)");
  });

  it("reports Excel's refusal in words, e.g. a protected workbook structure", async () => {
    const { excel, port, sheet } = example();
    const before = excel.snapshot();
    excel.failNextSync(Object.assign(new Error("AccessDenied"), { code: "AccessDenied" }));
    await expect(port.writeFormSheet(sheet, { replace: false })).rejects.toMatchObject({
      kind: "protected",
    });
    expect(excel.state).toEqual(before);
  });

  it("queues as many writes for 3,000 meeting lines as for 300: values go in one array", async () => {
    const writes = async (meetings: number) => {
      const data = withMeetings(cleanStrategicPartnership(), meetings);
      const excel = fakeExcelWith(data);
      await new OfficeWorkbook({ host: excel }).writeFormSheet(sheetOf(data), { replace: false });
      expect(excel.syncCount).toBe(2);
      return excel.writes.map((write) => write.op);
    };
    expect(await writes(3000)).toEqual(await writes(300));
  });

  it("draws no chart for an empty block", async () => {
    const data = cleanStrategicPartnership();
    const sheet = sheetOf(data);
    const emptied: FormSheet = {
      ...sheet,
      charts: sheet.charts.map((block, index) => (index === 1 ? { ...block, rows: 0 } : block)),
    };
    const excel = fakeExcelWith(data);
    await new OfficeWorkbook({ host: excel }).writeFormSheet(emptied, { replace: false });
    expect(excel.sheet(formSheetName).charts.map((chart) => chart.title)).toEqual([
      "Budget by category",
    ]);
  });
});

describe("formSheet's project row", () => {
  it("gives Action, Field, Months and Rulebook in the form's order; Field blank when not set", () => {
    const values = (sheet: FormSheet) => sheet.rows[1]?.map((cell) => cell.value);
    const data = cleanStrategicPartnership();
    data.Project?.rows.push(["Field", "higher-education"]);
    expect(values(sheetOf(data))).toEqual([
      "Action",
      "SP",
      "Field",
      "Higher education",
      "Months",
      24,
      "Rulebook",
      "2014",
    ]);
    expect(values(sheetOf(cleanStrategicPartnership()))?.slice(2, 4)).toEqual(["Field", null]);
  });
});

describe("planFormSheet", () => {
  it("groups styled cells into few ranges: runs along rows, merged down the rows", () => {
    const sheet = sheetOf(cleanStrategicPartnership());
    const plan = planFormSheet(sheet);
    const styledCells = sheet.rows
      .flat()
      .filter((cell) => !["text", "number", "amount"].includes(cell.style)).length;
    expect(plan.styled.length).toBeLessThan(styledCells / 2);
    // Each header row is one range across its columns.
    const header = sheet.rows.findIndex(
      (row) => row.length > 2 && row.every((cell) => cell.style === "header"),
    );
    expect(plan.styled).toContainEqual({
      style: "header",
      address: `A${header + 1}:${String.fromCharCode(64 + (sheet.rows[header]?.length ?? 0))}${header + 1}`,
    });
    expect(plan.columnWidths.length).toBeLessThanOrEqual(sheet.columnWidths.length);
  });

  it("merges a column of one style down consecutive rows", () => {
    const row = (style: SheetStyle): SheetCell[] => [
      { value: "x", style },
      { value: 1, style: "amount" },
    ];
    const sheet: FormSheet = {
      name: formSheetName,
      rows: [row("warning"), row("warning"), row("warning"), [], row("warning")],
      columnWidths: [10, 10],
      charts: [],
    };
    expect(planFormSheet(sheet).styled).toEqual([
      { style: "warning", address: "A1:A3" },
      { style: "warning", address: "A5" },
    ]);
    expect(planFormSheet(sheet).columnWidths).toEqual([
      { address: "A1:B1", points: characterWidthToPoints(10) },
    ]);
  });

  it("marks text Excel would take as a formula, or whose apostrophe it would drop", () => {
    expect(["=1", "+1", "-1", "@A", "'a", "a=1", " =1", "Köln"].map(asText)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@A",
      "''a",
      "a=1",
      " =1",
      "Köln",
    ]);
  });

  it("finds a free working name of at most 31 characters", () => {
    expect(workingSheetName(formSheetName, ["Partners"])).toBe("Form summary (new)");
    expect(workingSheetName(formSheetName, ["form summary (NEW)"])).toBe("Form summary (new 2)");
    const long = "A sheet name of thirty-one chars";
    expect(workingSheetName(long.slice(0, 31), []).length).toBeLessThanOrEqual(31);
  });
});

describe("InMemoryWorkbook.writeFormSheet", () => {
  it("keeps the sheet and its charts for the preview, with the same replace rules", async () => {
    const data = cleanStrategicPartnership();
    const port = new InMemoryWorkbook(rawWorkbook(data), { otherSheets: ["Notes"] });
    const sheet = sheetOf(data);
    expect(await port.writeFormSheet(sheet, { replace: false })).toEqual({
      written: true,
      existed: false,
    });
    expect(port.sheetNames).toContain(formSheetName);
    expect(port.formSheet?.rows).toEqual(sheet.rows);
    expect(port.formSheet?.charts.map(({ title, type }) => ({ title, type }))).toEqual([
      { title: "Budget by category", type: "BarClustered" },
      { title: "Budget by organisation", type: "ColumnClustered" },
    ]);
    const organisations = port.formSheet?.charts[1];
    expect(organisations?.labels).toEqual([
      "P1 — Latvijas Universitāte",
      "P2 — Universidad de Valencia",
      "P3 — Berufsschule Köln",
      "P4 — Tampere School",
    ]);
    const total = sheet.rows[2]?.[1]?.value;
    expect(organisations?.amounts.reduce((sum, amount) => sum + amount, 0)).toBeCloseTo(
      Number(total),
      2,
    );
    expect(port.formSheet?.charts[0]?.amounts.reduce((sum, amount) => sum + amount, 0)).toBeCloseTo(
      Number(total),
      2,
    );

    setCell(data, "Partners", 1, "Organisation", "LU");
    const second = sheetOf(data);
    expect(await port.writeFormSheet(second, { replace: false })).toEqual({
      written: false,
      existed: true,
    });
    expect(port.formSheet?.rows).toEqual(sheet.rows);
    expect(await port.writeFormSheet(second, { replace: true })).toEqual({
      written: true,
      existed: true,
    });
    expect(port.formSheet?.rows).toEqual(second.rows);
    expect(port.sheetNames.filter((name) => name === formSheetName)).toHaveLength(1);
    expect(port.sheetNames).toContain("Notes");
  });

  it("treats a sheet the workbook already had as existing, and refuses one holding a table", async () => {
    const data = cleanStrategicPartnership();
    const sheet = sheetOf(data);
    const other = new InMemoryWorkbook(rawWorkbook(data), { otherSheets: ["FORM SUMMARY"] });
    expect(await other.writeFormSheet(sheet, { replace: false })).toEqual({
      written: false,
      existed: true,
    });
    expect(other.formSheet).toBeUndefined();
    expect(await other.writeFormSheet(sheet, { replace: true })).toEqual({
      written: true,
      existed: true,
    });
    expect(other.sheetNames).not.toContain("FORM SUMMARY");

    const raw = rawWorkbook(data);
    const partners = raw.tables.find((table) => table.name === "Partners");
    if (partners) partners.sheet = formSheetName;
    await expect(
      new InMemoryWorkbook(raw).writeFormSheet(sheet, { replace: true }),
    ).rejects.toMatchObject({ kind: "protected" });
  });

  it("fails on demand, as the pane's error tests need", async () => {
    const port = new InMemoryWorkbook();
    port.failNextCall(new WorkbookError("busy", "Excel is busy."));
    await expect(
      port.writeFormSheet(sheetOf(cleanStrategicPartnership()), { replace: false }),
    ).rejects.toMatchObject({ kind: "busy" });
  });
});

describe("the CSV export written into a sheet (where downloads do nothing: Excel on Mac)", () => {
  it("writes one value per cell in one read and one write, and asks before replacing", async () => {
    const data = cleanStrategicPartnership();
    const excel = fakeExcelWith(data);
    const port = new OfficeWorkbook({ host: excel });
    const sheet = csvSheet(applicationForm(checkBudget(rawWorkbook(data)), english));
    excel.syncCount = 0;
    expect(await port.writeFormSheet(sheet, { replace: false })).toEqual({
      written: true,
      existed: false,
    });
    expect(excel.syncCount).toBe(2);
    const written = excel.sheet(csvSheetName);
    expect(written.charts).toEqual([]);
    expect(shown(written.cells["1,1"])).toBe("Digital skills for rural schools");
    // Title, Action, Field (blank here), Months, Rulebook, Total grant, then the maximum:
    // SP for 24 months, 2 years × 150,000 EUR.
    expect(writtenValues(written, 7, 2)[2]).toEqual(["Field", null]);
    expect(writtenValues(written, 7, 2)[6]).toEqual(["Maximum grant", 300000]);
    expect(await port.writeFormSheet(sheet, { replace: false })).toEqual({
      written: false,
      existed: true,
    });
  });

  it("offers downloads everywhere but Excel on Mac, iPad and Android", () => {
    const on = (platform: string | undefined) =>
      new OfficeWorkbook({
        host: Object.assign(fakeExcelWith(cleanStrategicPartnership()), { platform }),
      }).capabilities.downloads;
    expect([on("PC"), on("OfficeOnline"), on(undefined)]).toEqual([true, true, true]);
    expect([on("Mac"), on("iOS"), on("Android")]).toEqual([false, false, false]);
  });
});
