/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests break the load/sync rules on purpose, to show the fake catches what the linter catches */
import { FakeExcel } from "./fake-excel";

/** The fake's own promises, which the adapter tests rely on. */
describe("FakeExcel", () => {
  function excelWithTable(): FakeExcel {
    const excel = new FakeExcel();
    excel.addTable("Partners", "Partners", ["ID", "Country"], [["P1", "LV"]]);
    return excel;
  }

  it("throws when a property is read before load, and before sync", async () => {
    const excel = excelWithTable();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Partners").getRange("A2:B2");
      expect(() => range.values).toThrow(/read before load\("values"\) and context.sync\(\)/);
      range.load("values");
      expect(() => range.values).toThrow(/read before load/);
      await context.sync();
      expect(range.values).toEqual([["P1", "LV"]]);
      expect(() => range.address).toThrow(/read before load\("address"\)/);
    });
  });

  it("throws for a collection's items before load and sync", async () => {
    const excel = excelWithTable();
    await excel.run(async (context) => {
      const tables = context.workbook.tables;
      expect(() => tables.items).toThrow(/read before load/);
      tables.load("items/name");
      await context.sync();
      expect(tables.items.map((table) => table.name)).toEqual(["Partners"]);
    });
  });

  it("applies writes only at sync, counts syncs and records writes", async () => {
    const excel = excelWithTable();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Partners").getRange("B2");
      range.values = [["EE"]];
      expect(excel.sheet("Partners").cells["2,2"]?.value).toBe("LV");
      await context.sync();
    });
    expect(excel.sheet("Partners").cells["2,2"]?.value).toBe("EE");
    expect(excel.syncCount).toBe(1);
    expect(excel.writes).toEqual([
      { op: "range.values", sheet: "Partners", address: "B2", value: [["EE"]] },
    ]);
  });

  it("refuses a batch that ends with queued work never synced", async () => {
    const excel = excelWithTable();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Partners").getRange("B2").values = [["EE"]];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it("fails a sync with ItemNotFound for a sheet that is not there", async () => {
    const excel = excelWithTable();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").activate();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("loads a table's sheet name only when asked", async () => {
    const excel = excelWithTable();
    await excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      expect(() => tables.items[0]?.worksheet.name).toThrow(/read before load/);
      tables.load("items/worksheet/name, items/name");
      await context.sync();
      expect(tables.items.map((table) => [table.name, table.worksheet.name])).toEqual([
        ["Partners", "Partners"],
      ]);
    });
  });

  it("deletes a sheet with its tables, renames one with its tables, keeps a visible sheet", async () => {
    const excel = excelWithTable();
    excel.addSheet("Notes");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").name = "Notes 2";
      context.workbook.worksheets.getItem("Partners").delete();
      await context.sync();
    });
    expect(excel.state.sheets.map((sheet) => sheet.name)).toEqual(["Notes 2"]);
    expect(excel.state.tables).toEqual([]);
    expect(excel.state.activeSheet).toBe("Notes 2");
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Notes 2").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    const renamed = excelWithTable();
    await renamed.run(async (context) => {
      context.workbook.worksheets.getItem("Partners").name = "Consortium";
      await context.sync();
    });
    expect(renamed.state.tables[0]?.sheet).toBe("Consortium");
  });

  it("refuses loads of properties it does not model", async () => {
    const excel = excelWithTable();
    await excel.run(async (context) => {
      expect(() => context.workbook.tables.load("items/showTotals")).toThrow(/cannot load/);
    });
  });

  it("refuses a read past Excel on the web's 5 MB response before building it", async () => {
    const excel = excelWithTable();
    excel.state.tables[0]!.rows = 1_048_575;
    await expect(
      excel.run(async (context) => {
        const body = context.workbook.tables.getItem("Partners").getDataBodyRange();
        body.load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(excel.valueReads).toEqual([2 * 1_048_575]);
  });

  it("gives desktop Excel's null values past its cell limit", async () => {
    const excel = new FakeExcel({ platform: "windows", nullValuesOverCells: 10 });
    excel.addTable("Partners", "Partners", ["ID", "Country"], [["P1", "LV"]]);
    excel.state.tables[0]!.rows = 6;
    await excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Partners").getDataBodyRange();
      body.load("values");
      await context.sync();
      expect(body.values).toBeNull();
    });
  });

  it("models a window of a range: getCell, getAbsoluteResizedRange, getIntersectionOrNullObject", async () => {
    const excel = excelWithTable();
    await excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Partners").getDataBodyRange();
      const window = body.getIntersectionOrNullObject(
        body.getCell(0, 0).getAbsoluteResizedRange(1000, 16),
      );
      window.load("address, values");
      const apart = body.getIntersectionOrNullObject(
        context.workbook.worksheets.getItem("Partners").getRange("D5:E6"),
      );
      apart.load("address");
      await context.sync();
      expect(window.address).toBe("Partners!A2:B2");
      expect(window.values).toEqual([["P1", "LV"]]);
      expect(apart.isNullObject).toBe(true);
    });
    // Past the grid's last row: refused (Microsoft's reference does not promise clipping).
    await expect(
      excel.run(async (context) => {
        const cell = context.workbook.worksheets.getItem("Partners").getRange("A1048570");
        cell.getAbsoluteResizedRange(10, 1).load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
