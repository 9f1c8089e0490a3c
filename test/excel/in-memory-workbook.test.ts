import { checkBudget } from "../../src/domain/check-budget";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { WorkbookError } from "../../src/excel/workbook-error";
import type { ReadProgress, TablesChange } from "../../src/excel/workbook-port";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";
import { anyText, setCell } from "../support/findings";

function workbookWithMistakes() {
  const data = cleanStrategicPartnership();
  setCell(data, "Partners", 2, "Country", "Atlantis");
  setCell(data, "Meetings", 2, "DistanceKm", 50);
  setCell(data, "Meetings", 3, "DistanceKm", 60);
  return rawWorkbook(data);
}

describe("InMemoryWorkbook", () => {
  it("reads a copy of its tables, with progress", async () => {
    const source = rawWorkbook(cleanStrategicPartnership());
    const port = new InMemoryWorkbook(source);
    const progress: ReadProgress[] = [];
    const raw = await port.readBudget((step) => progress.push(step));
    expect(raw).toEqual(source);
    raw.tables[0]?.rows.push(["Title", "changed"]);
    expect(await port.readBudget()).toEqual(source);
    expect(progress[0]?.phase).toBe("finding-tables");
    expect(progress[progress.length - 1]).toEqual({
      phase: "reading-rows",
      rowsRead: 18,
      rowsTotal: 18,
    });
  });

  it("records highlights as Excel would draw them, and clears them", async () => {
    const port = new InMemoryWorkbook(workbookWithMistakes());
    const raw = await port.readBudget();
    const findings = checkBudget(raw).findings;
    const summary = await port.showFindings(findings, raw);
    expect(summary.highlighted).toBe(findings.length);
    expect(port.highlights).toContainEqual({
      severity: "error",
      area: { sheet: "Partners", top: 3, left: 3, bottom: 3, right: 3 },
      address: "Partners!C3",
    });
    // Two under-100 km meetings in adjacent rows make one area.
    expect(port.highlights).toContainEqual(expect.objectContaining({ address: "Meetings!E3:E4" }));
    const again = await port.showFindings(findings, raw);
    expect(again).toEqual(summary);
    await port.clearHighlights();
    expect(port.highlights).toEqual([]);
  });

  it("selects a finding's cells, or says it cannot", async () => {
    const port = new InMemoryWorkbook(workbookWithMistakes());
    const raw = await port.readBudget();
    await port.selectCell(
      {
        rule: "input.unknown-country",
        severity: "error",
        text: anyText,
        table: "Partners",
        row: 2,
        column: "Country",
      },
      raw,
    );
    expect(port.selection).toEqual({
      sheet: "Partners",
      address: "Partners!C3",
      area: { sheet: "Partners", top: 3, left: 3, bottom: 3, right: 3 },
    });
    await expect(
      port.selectCell({ rule: "cap.grant", severity: "error", text: anyText }, raw),
    ).rejects.toBeInstanceOf(WorkbookError);
  });

  it("sets up missing tables the same way as the Office adapter decides", async () => {
    const data = cleanStrategicPartnership();
    const port = new InMemoryWorkbook(
      rawWorkbook({ Partners: data.Partners ?? { headers: [], rows: [] } }),
      {
        otherSheets: ["Meetings"],
      },
    );
    const result = await port.setUpWorkbook({ action: "KA", months: 36, title: "Alliance" });
    expect(result.skipped).toEqual(["Partners"]);
    expect(result.conflicts.map((conflict) => conflict.table)).toEqual(["Meetings"]);
    expect(result.created).toEqual([
      "Project",
      "Outputs",
      "Events",
      "Activities",
      "OtherCosts",
      "Rates",
    ]);
    expect(port.setUpTables.find((table) => table.name === "Outputs")?.columns[4]?.formula).toMatch(
      /^=KA2\.STAFF\(/,
    );
    const check = checkBudget(await port.readBudget());
    expect(check.action).toBe("KA");
    expect(check.project.title).toBe("Alliance");
  });

  it("passes a user's cell edits to listeners until unsubscribed", async () => {
    const port = new InMemoryWorkbook(rawWorkbook(cleanStrategicPartnership()));
    const changes: TablesChange[] = [];
    const unsubscribe = await port.onTablesChanged((change) => changes.push(change));
    port.setCell("Meetings", 1, "distancekm", 90);
    port.setCell("Meetings", 4, "ID", "M4"); // one past the end adds a row
    await unsubscribe();
    port.setCell("Meetings", 1, "DistanceKm", 3000);
    expect(changes).toEqual([
      { kind: "changed", address: "Meetings!E2", source: "local" },
      { kind: "changed", address: "Meetings!A5", source: "local" },
    ]);
    const meetings = (await port.readBudget()).tables.find((table) => table.name === "Meetings");
    expect(meetings?.rows).toHaveLength(4);
    expect(meetings?.rows[0]?.[4]).toBe(3000);
    expect(() => port.setCell("Meetings", 9, "ID", "x")).toThrow(WorkbookError);
  });

  it("fails the next call on request, to show the pane's error message", async () => {
    const port = new InMemoryWorkbook();
    port.failNextCall(new WorkbookError("edit-mode", "Excel is editing a cell."));
    await expect(port.readBudget()).rejects.toMatchObject({ kind: "edit-mode" });
    await expect(port.readBudget()).resolves.toEqual({ tables: [] });
  });

  it("can play an Excel without highlights or events", async () => {
    const port = new InMemoryWorkbook(undefined, {
      capabilities: { highlights: false, changeEvents: false },
    });
    expect(port.capabilities).toEqual({
      highlights: false,
      changeEvents: false,
      setUp: true,
      downloads: true,
    });
    await expect(port.showFindings([], { tables: [] })).rejects.toMatchObject({
      kind: "unsupported",
    });
    await expect(port.onTablesChanged(() => undefined)).rejects.toMatchObject({
      kind: "unsupported",
    });
  });
});
