import { anyText } from "../support/findings";
import { checkBudget } from "../../src/domain/check-budget";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import type { TablesChange } from "../../src/excel/workbook-port";
import { cleanStrategicPartnership } from "../support/raw-workbook";
import { fakeExcelWith } from "./fake-budget";

function setting() {
  const excel = fakeExcelWith(cleanStrategicPartnership());
  let clock = 1000;
  const port = new OfficeWorkbook({ host: excel, quietAfterWriteMs: 500, now: () => clock });
  const changes: TablesChange[] = [];
  const partners = excel.state.tables.find((table) => table.name === "Partners");
  if (!partners) throw new Error("fixture");
  return {
    excel,
    port,
    changes,
    partners,
    advance: (ms: number) => (clock += ms),
    listen: () => port.onTablesChanged((change) => changes.push(change)),
  };
}

describe("OfficeWorkbook.onTablesChanged", () => {
  it("passes table edits on as hints, local and remote", async () => {
    const { excel, changes, partners, listen } = setting();
    await listen();
    await excel.editTable(partners, "C3");
    await excel.editTable(partners, "D4", "Remote");
    expect(changes).toEqual([
      { kind: "changed", address: "Partners!C3", source: "local" },
      { kind: "changed", address: "Partners!D4", source: "remote" },
    ]);
  });

  it("reports added and deleted tables (ExcelApi 1.9)", async () => {
    const { excel, changes, partners, listen } = setting();
    await listen();
    await excel.raiseTableAdded(partners);
    await excel.raiseTableDeleted("Events");
    expect(changes).toEqual([
      { kind: "added", source: "local" },
      { kind: "deleted", source: "local" },
    ]);
  });

  it("stops when unsubscribed, removing its handlers in Excel", async () => {
    const { excel, changes, partners, listen } = setting();
    const unsubscribe = await listen();
    expect(excel.activeHandlers).toBe(3);
    await unsubscribe();
    await unsubscribe();
    expect(excel.activeHandlers).toBe(0);
    await excel.editTable(partners, "C3");
    expect(changes).toEqual([]);
  });

  it("does not report the add-in's own highlighting as a change, so checks do not loop", async () => {
    const { excel, port, changes, partners, advance, listen } = setting();
    await listen();
    const raw = await port.readBudget();
    await port.showFindings(
      [
        ...checkBudget(raw).findings,
        { rule: "cap.grant", severity: "error", text: anyText, table: "Partners" },
      ],
      raw,
    );
    // Excel may report the conditional formats as a table change after the write resolved.
    await excel.editTable(partners, "A1:G1");
    expect(changes).toEqual([]);
    advance(600);
    await excel.editTable(partners, "C3");
    expect(changes).toEqual([{ kind: "changed", address: "Partners!C3", source: "local" }]);
    // Events were switched off while writing and back on after.
    expect(
      excel.writes
        .filter((write) => write.op === "runtime.enableEvents")
        .map((write) => write.value),
    ).toEqual([false, true]);
  });
});
