import { checkBudget } from "../../src/domain/check-budget";
import type { Finding } from "../../src/domain/findings";
import type { RawWorkbook } from "../../src/domain/workbook";
import { highlightFormula, isHighlightFormula } from "../../src/excel/highlight-style";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { cleanStrategicPartnership, type WorkbookData } from "../support/raw-workbook";
import { anyText, setCell } from "../support/findings";
import { fakeExcelWith, withMeetings } from "./fake-budget";
import {
  FakeOfficeError,
  type FakeExcel,
  type FakeExcelOptions,
  type WorkbookState,
} from "./fake-excel";

/** A budget with an error on Partners and a warning on Meetings, and a user's own rule. */
function budget(data: WorkbookData = cleanStrategicPartnership(), options: FakeExcelOptions = {}) {
  setCell(data, "Partners", 2, "Country", "Atlantis");
  setCell(data, "Meetings", 2, "DistanceKm", 50);
  const excel = fakeExcelWith(data, {}, options);
  excel.sheet("Partners").conditionalFormats.push({
    id: 9001,
    type: "Custom",
    areas: [{ top: 2, left: 1, bottom: 5, right: 7 }],
    // A user's rule that merely contains the add-in's marker text.
    formula: '=AND(ISTEXT("KA2 Budget highlight: error"),$E2="coordinator")',
    fill: "#00FF00",
  });
  return excel;
}

const check = async (workbook: RawWorkbook) => checkBudget(workbook);

function ownRulesOn(excel: FakeExcel, sheet: string) {
  return excel
    .sheet(sheet)
    .conditionalFormats.filter((rule) => isHighlightFormula(rule.formula ?? ""));
}

function userRules(state: WorkbookState) {
  return state.sheets.map((sheet) =>
    sheet.conditionalFormats.filter((rule) => !isHighlightFormula(rule.formula ?? "")),
  );
}

describe("OfficeWorkbook.checkAndHighlight", () => {
  it("costs one read and one write, and one read alone when the highlights are as planned", async () => {
    for (const rows of [10, 1000, 10000]) {
      const excel = budget(withMeetings(cleanStrategicPartnership(), rows));
      const port = new OfficeWorkbook({ host: excel });
      const first = await port.checkAndHighlight(check);
      expect(excel.syncCount).toBe(2);
      expect(first.highlights?.highlighted).toBe(first.result.findings.length);

      excel.syncCount = 0;
      const writes = excel.writes.length;
      await port.checkAndHighlight(check);
      expect(excel.syncCount).toBe(1);
      expect(excel.writes.length).toBe(writes);
    }
  });

  it("on opening, finds the highlights an earlier session drew and writes nothing when they still hold", async () => {
    const excel = budget();
    await new OfficeWorkbook({ host: excel }).checkAndHighlight(check);
    const drawn = excel.snapshot();
    excel.syncCount = 0;
    await new OfficeWorkbook({ host: excel }).checkAndHighlight(check);
    expect(excel.syncCount).toBe(1);
    expect(excel.snapshot()).toEqual(drawn);
  });

  it("redraws only the sheets whose highlights changed", async () => {
    const excel = budget();
    const port = new OfficeWorkbook({ host: excel });
    await port.checkAndHighlight(check);
    const meetingRules = structuredClone(excel.sheet("Meetings").conditionalFormats);
    const partners = excel.sheet("Partners").cells["3,3"];
    if (partners) partners.value = "Spain";
    excel.writes.length = 0;
    await port.checkAndHighlight(check);
    expect(excel.sheet("Meetings").conditionalFormats).toEqual(meetingRules);
    expect(new Set(excel.writes.map((write) => write.sheet))).toEqual(new Set(["Partners"]));
    expect(ownRulesOn(excel, "Partners")).toEqual([]);
  });

  it("leaves a user's rule that contains the marker text, on check and on clear", async () => {
    const excel = budget();
    const before = userRules(excel.state);
    const port = new OfficeWorkbook({ host: excel });
    await port.checkAndHighlight(check);
    expect(userRules(excel.state)).toEqual(before);
    await port.clearHighlights();
    expect(userRules(excel.state)).toEqual(before);
    expect(excel.sheet("Partners").conditionalFormats).toHaveLength(1);
    // The add-in's rules from before digests were added to the formula are still its own.
    expect(isHighlightFormula('=ISTEXT("KA2 Budget highlight: warning")')).toBe(true);
    expect(isHighlightFormula(highlightFormula("info", "A1:B2"))).toBe(true);
    expect(isHighlightFormula('=ISTEXT("KA2 Budget highlight: error") ')).toBe(true);
    expect(isHighlightFormula('=NOT(ISTEXT("KA2 Budget highlight: error"))')).toBe(false);
  });

  it("clears rules left on a sheet that no longer holds a table, on the next check", async () => {
    const excel = budget();
    const port = new OfficeWorkbook({ host: excel });
    const findings: Finding[] = [
      {
        rule: "cap.grant",
        severity: "error",
        text: anyText,
        table: "Partners",
        row: 1,
        column: "ID",
      },
    ];
    // Draw on Partners, then the Partners table moves away: its sheet keeps the rule.
    const raw = await port.readBudget();
    await port.showFindings(findings, raw);
    excel.state.tables = excel.state.tables.filter((table) => table.name !== "Partners");
    await port.checkAndHighlight(check);
    expect(ownRulesOn(excel, "Partners")).toEqual([]);
  });

  it("clears rules an earlier session left on a sheet with no table, in the check's one write", async () => {
    const excel = budget();
    excel.addSheet("Old budget").conditionalFormats.push(
      {
        id: 9101,
        type: "Custom",
        areas: [{ top: 2, left: 1, bottom: 2, right: 7 }],
        formula: highlightFormula("error", "A2:G2"),
        fill: "#FFC7CE",
      },
      {
        id: 9102,
        type: "Custom",
        areas: [{ top: 2, left: 1, bottom: 9, right: 1 }],
        formula: '=AND(ISTEXT("KA2 Budget highlight: error"),$A2="x")',
        fill: "#00FF00",
      },
    );
    // A new pane: it never drew on "Old budget" and no budget table is there.
    const port = new OfficeWorkbook({ host: excel });
    excel.syncCount = 0;
    await port.checkAndHighlight(check);
    expect(excel.syncCount).toBe(2);
    expect(ownRulesOn(excel, "Old budget")).toEqual([]);
    // The user's rule that merely contains the marker text stays.
    expect(excel.sheet("Old budget").conditionalFormats.map((rule) => rule.id)).toEqual([9102]);
    expect(ownRulesOn(excel, "Partners")).not.toEqual([]);
  });

  it("after a redraw that failed half-way, leaves the user's work alone and the next check repairs it", async () => {
    const excel = budget();
    const before = excel.snapshot();
    const port = new OfficeWorkbook({ host: excel });
    let adds = 0;
    excel.failWrite((write) => write.op === "conditionalFormat.add" && ++adds === 2);
    await expect(port.checkAndHighlight(check)).rejects.toMatchObject({
      name: "WorkbookError",
      kind: "excel",
      code: "GeneralException",
    });
    // Office ran the writes queued before the failing one: one rule is drawn.
    expect(excel.writes.filter((write) => write.op === "conditionalFormat.add")).toHaveLength(1);
    expect(userRules(excel.state)).toEqual(userRules(before));
    excel.state.sheets.forEach((sheet, index) =>
      expect(sheet.cells).toEqual(before.sheets[index]?.cells),
    );

    await port.checkAndHighlight(check);
    const clean = budget();
    await new OfficeWorkbook({ host: clean }).checkAndHighlight(check);
    const formulas = (state: WorkbookState) =>
      state.sheets.map((sheet) =>
        sheet.conditionalFormats.map((rule) => [rule.formula, rule.areas]),
      );
    expect(formulas(excel.state)).toEqual(formulas(clean.state));
  });

  it("does not loop on its own writes: the check after them writes nothing", async () => {
    const excel = budget();
    const port = new OfficeWorkbook({ host: excel });
    let checks = 0;
    const running: Promise<unknown>[] = [];
    await port.onTablesChanged(() => {
      checks++;
      running.push(port.checkAndHighlight(check));
    });
    const partners = excel.state.tables.find((table) => table.name === "Partners");
    if (!partners) throw new Error("fixture");
    await excel.editTable(partners, "C3");
    // Settle every check and every event their writes raise.
    for (let round = 0; round < 10 && running.length > 0; round++) {
      await Promise.all(running.splice(0));
      await excel.settle();
    }
    expect(running).toEqual([]);
    // The user's edit, then the events of the add-in's own highlight write: 2 checks, the
    // second (and any later) finding nothing to write.
    expect(checks).toBeGreaterThanOrEqual(2);
    const writes = excel.writes.length;
    await port.checkAndHighlight(check);
    await excel.settle();
    expect(excel.writes.length).toBe(writes);
    expect(excel.writes.some((write) => write.op === "runtime.enableEvents")).toBe(false);
  });

  it("waits while the user edits a cell instead of failing (delayForCellEdit)", async () => {
    const excel = budget();
    const port = new OfficeWorkbook({ host: excel });
    excel.startCellEdit();
    let done = false;
    const checking = port.checkAndHighlight(check).then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    excel.endCellEdit();
    await checking;
    expect(done).toBe(true);
    expect(excel.runs.every((run) => run.delayForCellEdit === true)).toBe(true);
  });

  it("without delayForCellEdit, Excel refuses a batch during cell edit, with Office's code", async () => {
    const excel = budget();
    excel.startCellEdit();
    await expect(
      excel.run(async (context) => {
        context.workbook.tables.load("items/name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("turns an unloaded read into Office's PropertyNotLoaded", async () => {
    const excel: FakeExcel = budget();
    await expect(
      excel.run(async (context) => {
        const tables = context.workbook.tables;
        return tables.items.length;
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
  });
});
