import * as functions from "../../src/functions/functions";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { cleanStrategicPartnership } from "../support/raw-workbook";
import { fakeExcelWith } from "./fake-budget";
import { FakeExcel, FakeOfficeError, type EntityState, type FakeExcelOptions } from "./fake-excel";

/** What a cell shows for a function's outcome: its result, or the error's code. */
function shown(compute: () => unknown): unknown {
  try {
    return compute();
  } catch (error) {
    return { error: (error as { code?: string }).code ?? "#VALUE!" };
  }
}

/** A Meetings table whose Amount is =KA2.MEETING([@DistanceKm],[@Participants]). */
function meetings(options: FakeExcelOptions = {}) {
  const excel = fakeExcelWith(cleanStrategicPartnership(), {}, options);
  const table = excel.state.tables.find((candidate) => candidate.name === "Meetings");
  if (!table) throw new Error("fixture");
  const amount = table.firstColumn + table.columns.indexOf("Amount");
  const participants = table.firstColumn + table.columns.indexOf("Participants");
  excel.setFormula(
    "Meetings",
    table.headerRow + 1,
    amount,
    "=KA2.MEETING([@DistanceKm],[@Participants])",
  );
  return { excel, table, amount, participants };
}

async function amountOf(excel: FakeExcel) {
  const raw = await new OfficeWorkbook({ host: excel }).readBudget();
  const table = raw.tables.find((candidate) => candidate.name === "Meetings");
  const column = table?.headers.indexOf("Amount") ?? -1;
  return table?.rows[0]?.[column];
}

describe("FakeExcel calculates KA2 formulas as each platform does", () => {
  it("through the add-in's own functions", async () => {
    const { excel } = meetings();
    const distance = excel.sheet("Meetings").cells["2,5"]?.value;
    expect(await amountOf(excel)).toBe(functions.meeting(distance ?? null, 2));
  });

  it("passes a blank cell as null on the web and as 0 on Windows and Mac (office-js 4702)", async () => {
    for (const platform of ["web", "windows", "mac"] as const) {
      const { excel, table, participants } = meetings({ platform });
      delete excel.sheet("Meetings").cells[`${table.headerRow + 1},${participants}`];
      const distance = excel.sheet("Meetings").cells["2,5"]?.value ?? null;
      const expected = shown(() => functions.meeting(distance, platform === "web" ? null : 0));
      expect(await amountOf(excel)).toEqual(expected);
    }
  });

  it("shows #NAME? when the add-in is not loaded", async () => {
    const { excel } = meetings();
    excel.addinLoaded = false;
    expect(await amountOf(excel)).toEqual({ error: "#NAME?" });
  });

  it("shows #BUSY! while a function works, then the result and onCalculated", async () => {
    const { excel } = meetings();
    excel.heldFunctions.add("MEETING");
    expect(await amountOf(excel)).toEqual({ error: "#BUSY!" });
    const port = new OfficeWorkbook({ host: excel });
    let calculated = 0;
    await port.onCalculated(() => calculated++);
    await excel.finishCalculation();
    expect(calculated).toBeGreaterThan(0);
    expect(typeof (await amountOf(excel))).toBe("number");
  });

  it("stores entities: the sheet shows their text, a function gets the entity itself", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership());
    const latvia: EntityState = {
      type: "Entity",
      text: "Latvia",
      basicValue: "Latvia",
      properties: {},
    };
    excel.setEntity("Partners", 2, 3, latvia);
    excel.setFormula("Partners", 2, 9, "=KA2.COUNTRYGROUP(C2)");
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Partners").getRange("C2:I2");
      range.load("values, valueTypes");
      await context.sync();
      expect(range.values[0]?.[0]).toBe("Latvia");
      expect(range.valueTypes[0]?.[0]).toBe("RichValue");
      const group = shown(() => functions.countryGroup(latvia as never));
      expect(range.values[0]?.[6]).toEqual(
        typeof group === "object" ? (group as { error: string }).error : group,
      );
    });
  });
});

describe("FakeExcel is as strict as Office", () => {
  it("fails getRanges past 255 characters of address with InvalidArgument", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership());
    const long = Array.from({ length: 80 }, (_, n) => `A${n + 1}`).join(",");
    expect(long.length).toBeGreaterThan(255);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Partners")
          .getRanges(long)
          .conditionalFormats.add("Custom");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("gives *OrNullObject results isNullObject after a sync, and no values", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership());
    await excel.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Nowhere");
      const body = missing.getDataBodyRange();
      body.load("values");
      missing.load("name");
      // The fake refuses what Office refuses: the rule below is what this test checks.
      // eslint-disable-next-line office-addins/call-sync-before-read
      expect(() => missing.isNullObject).toThrow(FakeOfficeError);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      // Office sets isNullObject on every proxy at sync; no load is needed.
      // eslint-disable-next-line office-addins/load-object-before-read
      expect(body.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const present = context.workbook.tables.getItemOrNullObject("partners");
      present.load("name");
      await context.sync();
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Partners");
    });
  });

  it("applies the writes queued before a failing one, and none after it", async () => {
    const excel = fakeExcelWith(cleanStrategicPartnership());
    excel.failWrite((write) => write.address === "B1");
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Partners");
        sheet.getRange("A1").format.fill.color = "#111111";
        sheet.getRange("B1").format.fill.color = "#222222";
        sheet.getRange("C1").format.fill.color = "#333333";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    const cells = excel.sheet("Partners").cells;
    expect([cells["1,1"]?.fill, cells["1,2"]?.fill, cells["1,3"]?.fill]).toEqual([
      "#111111",
      undefined,
      undefined,
    ]);
  });
});
