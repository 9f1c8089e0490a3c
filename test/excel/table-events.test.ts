import { OfficeWorkbook } from "../../src/excel/office-workbook";
import type { TablesChange } from "../../src/excel/workbook-port";
import { cleanStrategicPartnership } from "../support/raw-workbook";
import { fakeExcelWith } from "./fake-budget";

function setting() {
  const excel = fakeExcelWith(cleanStrategicPartnership());
  const port = new OfficeWorkbook({ host: excel });
  const changes: TablesChange[] = [];
  const partners = excel.state.tables.find((table) => table.name === "Partners");
  if (!partners) throw new Error("fixture");
  return {
    excel,
    port,
    changes,
    partners,
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

  it("says when Excel has finished calculating (worksheets.onCalculated)", async () => {
    const { excel, port } = setting();
    let calculated = 0;
    const stop = await port.onCalculated(() => calculated++);
    await excel.raiseCalculated("Meetings");
    expect(calculated).toBe(1);
    await stop();
    await excel.raiseCalculated("Meetings");
    expect(calculated).toBe(1);
  });
});
