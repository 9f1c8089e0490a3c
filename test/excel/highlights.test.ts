import { checkBudget } from "../../src/domain/check-budget";
import type { Finding } from "../../src/domain/findings";
import { highlightFormula, isHighlightFormula } from "../../src/excel/highlight-style";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { cleanStrategicPartnership } from "../support/raw-workbook";
import { anyText, setCell } from "../support/findings";
import { fakeExcelWith, withMeetings } from "./fake-budget";
import type { FakeExcel, FakeExcelOptions, RuleState, WorkbookState } from "./fake-excel";

/** A budget with mistakes on two sheets, and the user's own formats and rules. */
function userWorkbook(
  data = cleanStrategicPartnership(),
  options: FakeExcelOptions = {},
): FakeExcel {
  setCell(data, "Partners", 2, "Country", "Atlantis"); // error: unknown country, Partners!C3
  setCell(data, "Meetings", 2, "DistanceKm", 50); // under 100 km, Meetings!E3
  const excel = fakeExcelWith(data, {}, options);
  const partners = excel.sheet("Partners");
  partners.conditionalFormats.push({
    id: 9001,
    type: "Custom",
    areas: [{ top: 2, left: 1, bottom: 5, right: 7 }],
    formula: '=$E2="coordinator"',
    fill: "#00FF00",
  });
  const meetings = excel.sheet("Meetings");
  meetings.conditionalFormats.push({
    id: 9002,
    type: "CellValue",
    areas: [{ top: 2, left: 6, bottom: 4, right: 6 }],
    settings: { operator: "GreaterThan", formula1: "1000" },
  });
  const cell = partners.cells["3,3"];
  if (cell) cell.fill = "#FFFF00";
  const amount = meetings.cells["2,6"];
  if (amount) amount.numberFormat = "#,##0.00";
  partners.validations.push({
    area: { top: 2, left: 5, bottom: 5, right: 5 },
    rule: { list: { inCellDropDown: true, source: "coordinator,partner" } },
  });
  return excel;
}

async function check(excel: FakeExcel, port = new OfficeWorkbook({ host: excel })) {
  const raw = await port.readBudget();
  return { port, raw, findings: checkBudget(raw).findings };
}

function ownRules(state: WorkbookState, sheet: string): RuleState[] {
  return (
    state.sheets
      .find((candidate) => candidate.name === sheet)
      ?.conditionalFormats.filter((rule) => isHighlightFormula(rule.formula ?? "")) ?? []
  );
}

/** The workbook without the add-in's rules' ids, which Excel assigns anew on each draw. */
function withoutOwnRuleIds(state: WorkbookState): unknown {
  const copy = structuredClone(state);
  for (const sheet of copy.sheets) {
    for (const rule of sheet.conditionalFormats) {
      if (isHighlightFormula(rule.formula ?? "")) rule.id = 0;
    }
  }
  return copy;
}

const highlightWrites = new Set([
  "conditionalFormat.add",
  "conditionalFormat.formula",
  "conditionalFormat.fill",
  "conditionalFormat.font",
  "conditionalFormat.delete",
  "runtime.enableEvents",
]);

describe("OfficeWorkbook.showFindings", () => {
  it("draws one marked rule per severity and sheet over the findings' cells", async () => {
    const excel = userWorkbook();
    const { port, raw, findings } = await check(excel);
    const summary = await port.showFindings(findings, raw);

    const partnerRules = ownRules(excel.state, "Partners");
    expect(partnerRules).toHaveLength(1);
    expect(partnerRules[0]).toMatchObject({
      type: "Custom",
      formula: highlightFormula("error", "C3"),
      fill: "#FFC7CE",
      font: "#9C0006",
    });
    expect(partnerRules[0]?.areas).toContainEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    const meetingRules = ownRules(excel.state, "Meetings");
    expect(meetingRules.flatMap((rule) => rule.areas)).toContainEqual({
      top: 3,
      left: 5,
      bottom: 3,
      right: 5,
    });
    const severities = new Set(findings.map((finding) => `${finding.severity}`));
    expect(summary).toEqual({
      highlighted: findings.length,
      unplaced: 0,
      rules: excel.state.sheets.reduce(
        (sum, sheet) => sum + ownRules(excel.state, sheet.name).length,
        0,
      ),
    });
    expect(summary.rules).toBeLessThanOrEqual(2 * severities.size);
  });

  it("puts its rules above the user's, the most severe on top, and keeps the user's order", async () => {
    const excel = userWorkbook();
    const { port, raw } = await check(excel);
    const findings: Finding[] = [
      {
        rule: "input.unknown-country",
        severity: "error",
        text: anyText,
        table: "Partners",
        row: 2,
        column: "Country",
      },
      {
        rule: "amount.mismatch",
        severity: "warning",
        text: anyText,
        table: "Partners",
        row: 3,
        column: "Management",
      },
      { rule: "consortium.min-countries", severity: "info", text: anyText, table: "Partners" },
    ];
    await port.showFindings(findings, raw);
    const rules = excel.sheet("Partners").conditionalFormats;
    expect(rules.map((rule) => rule.formula)).toEqual([
      highlightFormula("error", "C3"),
      highlightFormula("warning", "G4"),
      highlightFormula("info", "A1:G1"),
      '=$E2="coordinator"',
    ]);
    // A table-wide finding marks the header row.
    expect(rules[2]?.areas).toEqual([{ top: 1, left: 1, bottom: 1, right: 7 }]);
  });

  it("writes nothing but its own rules: values, formulas, fills, formats, validations and user rules stay", async () => {
    const excel = userWorkbook();
    const { port, raw, findings } = await check(excel);
    const before = excel.snapshot();
    await port.showFindings(findings, raw);

    expect(excel.writes.filter((write) => !highlightWrites.has(write.op))).toEqual([]);
    expect(excel.writes.filter((write) => write.op === "conditionalFormat.delete")).toEqual([]);
    const after = excel.snapshot();
    after.sheets.forEach((sheet, index) => {
      const old = before.sheets[index];
      expect(sheet.cells).toEqual(old?.cells);
      expect(sheet.validations).toEqual(old?.validations);
      expect(
        sheet.conditionalFormats.filter((rule) => !isHighlightFormula(rule.formula ?? "")),
      ).toEqual(old?.conditionalFormats);
    });
    expect(after.tables).toEqual(before.tables);
    expect(after.eventsEnabled).toBe(true);
  });

  it("clear restores the workbook exactly as it was before the check", async () => {
    const excel = userWorkbook();
    const { port, raw, findings } = await check(excel);
    const before = excel.snapshot();
    await port.showFindings(findings, raw);
    expect(excel.snapshot()).not.toEqual(before);
    await port.clearHighlights();
    expect(excel.snapshot()).toEqual(before);
    const deletes = excel.writes.filter((write) => write.op === "conditionalFormat.delete");
    expect(deletes.length).toBeGreaterThan(0);
    expect(deletes.every((write) => isHighlightFormula(String(write.value)))).toBe(true);
  });

  it("checking twice gives the same workbook as checking once", async () => {
    const excel = userWorkbook();
    const port = new OfficeWorkbook({ host: excel });
    await check(excel, port).then(({ raw, findings }) => port.showFindings(findings, raw));
    const once = withoutOwnRuleIds(excel.snapshot());
    await check(excel, port).then(({ raw, findings }) => port.showFindings(findings, raw));
    expect(withoutOwnRuleIds(excel.snapshot())).toEqual(once);
  });

  it("replaces stale highlights: a fixed mistake loses its mark", async () => {
    const excel = userWorkbook();
    const port = new OfficeWorkbook({ host: excel });
    await check(excel, port).then(({ raw, findings }) => port.showFindings(findings, raw));
    const meetings = excel.sheet("Meetings").cells["3,5"];
    if (meetings) meetings.value = 500;
    await check(excel, port).then(({ raw, findings }) => port.showFindings(findings, raw));
    expect(ownRules(excel.state, "Meetings").flatMap((rule) => rule.areas)).not.toContainEqual({
      top: 3,
      left: 5,
      bottom: 3,
      right: 5,
    });
  });

  it("keeps each rule's address within the 255 characters getRanges takes, however many findings", async () => {
    for (const rows of [10, 1000, 10000]) {
      const data = withMeetings(cleanStrategicPartnership(), rows);
      // Every other meeting under 100 km: thousands of separate cells to mark.
      data.Meetings?.rows.forEach((row, index) => {
        if (index % 2 === 0) row[4] = 50;
      });
      const excel = userWorkbook(data);
      const { port, raw, findings } = await check(excel);
      excel.syncCount = 0;
      const summary = await port.showFindings(findings, raw);
      // One request for the rules present, one to write.
      expect(excel.syncCount).toBe(2);
      expect(summary.highlighted).toBe(findings.length);
      // A rule covers as many cells as fit in a 255-character address (~40 single cells).
      expect(summary.rules).toBeLessThan(summary.highlighted / 30 + 5);
      const added = excel.writes.filter((write) => write.op === "conditionalFormat.add");
      expect(Math.max(...added.map((write) => write.address?.length ?? 0))).toBeLessThanOrEqual(
        255,
      );
    }
  });

  it("counts findings that point at no cell as unplaced", async () => {
    const excel = userWorkbook();
    const { port, raw } = await check(excel);
    const summary = await port.showFindings(
      [
        { rule: "cap.grant", severity: "error", text: anyText },
        { rule: "input.missing-table", severity: "error", text: anyText, table: "Nowhere" },
      ],
      raw,
    );
    expect(summary).toEqual({ highlighted: 0, unplaced: 2, rules: 0 });
  });
});

describe("OfficeWorkbook.selectCell", () => {
  it("activates the finding's sheet and selects its cell in one sync", async () => {
    const excel = userWorkbook();
    const { port, raw } = await check(excel);
    excel.syncCount = 0;
    await port.selectCell(
      {
        rule: "distance.under-100km",
        severity: "warning",
        text: anyText,
        table: "Meetings",
        row: 2,
        column: "DistanceKm",
      },
      raw,
    );
    expect(excel.state.activeSheet).toBe("Meetings");
    expect(excel.state.selection).toEqual({ sheet: "Meetings", address: "E3" });
    expect(excel.syncCount).toBe(1);
    expect(excel.writes.map((write) => write.op)).toEqual(["worksheet.activate", "range.select"]);
  });

  it("selects a whole row when the finding names no column", async () => {
    const excel = userWorkbook();
    const { port, raw } = await check(excel);
    await port.selectCell(
      { rule: "input.duplicate-id", severity: "error", text: anyText, table: "OtherCosts", row: 2 },
      raw,
    );
    expect(excel.state.selection).toEqual({ sheet: "Other costs", address: "A3:F3" });
  });

  it("rejects with not-found for a finding about the whole budget, without calling Excel", async () => {
    const excel = userWorkbook();
    const { port, raw } = await check(excel);
    excel.syncCount = 0;
    await expect(
      port.selectCell({ rule: "cap.grant", severity: "error", text: anyText }, raw),
    ).rejects.toMatchObject({
      kind: "not-found",
      message: "This finding is about the whole budget, not a cell.",
    });
    expect(excel.syncCount).toBe(0);
  });

  it("rejects with not-found when the sheet was deleted meanwhile", async () => {
    const excel = userWorkbook();
    const { port, raw } = await check(excel);
    excel.state.sheets = excel.state.sheets.filter((sheet) => sheet.name !== "Meetings");
    await expect(
      port.selectCell(
        {
          rule: "distance.under-100km",
          severity: "warning",
          text: anyText,
          table: "Meetings",
          row: 2,
          column: "DistanceKm",
        },
        raw,
      ),
    ).rejects.toMatchObject({ kind: "not-found", code: "ItemNotFound" });
  });
});
