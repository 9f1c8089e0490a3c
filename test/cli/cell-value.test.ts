import { excelSerial, exceljsCellValue, plainCellValue } from "../../src/cli/cell-value";

describe("plainCellValue (exceljs cell values → what the checker reads)", () => {
  test.each([
    ["blank", null, null],
    ["text", " P1 ", " P1 "],
    ["number", 12.5, 12.5],
    ["boolean", false, false],
    ["error", { error: "#N/A" }, { error: "#N/A" }],
    ["formula with result", { formula: "1+1", result: 2 }, 2],
    [
      "formula with error result",
      { formula: "1/0", result: { error: "#DIV/0!" } },
      { error: "#DIV/0!" },
    ],
    ["formula never calculated", { formula: "1+1" }, null],
    ["formula whose result is 0", { formula: "0*1", result: 0 }, 0],
    ["formula whose result is FALSE", { formula: "1>2", result: false }, false],
    ["shared formula (Excel's copied formulas)", { sharedFormula: "G2", result: 575 }, 575],
    ["rich text", { richText: [{ text: "Rī" }, { text: "ga" }] }, "Rīga"],
    ["hyperlink", { text: "site", hyperlink: "https://example.org" }, "site"],
    [
      "hyperlink with rich text",
      { text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "https://example.org" },
      "ab",
    ],
  ])("%s", (_, value, expected) => {
    expect(plainCellValue(value)).toEqual(expected);
  });

  test("dates become Excel serial numbers in either date system", () => {
    const date = new Date(Date.UTC(2014, 0, 1));
    expect(plainCellValue(date)).toBe(41640);
    expect(excelSerial(date, true)).toBe(41640 - 1462);
    expect(plainCellValue({ formula: "TODAY()", result: date })).toBe(41640);
  });
});

describe("exceljsCellValue (a cell's value with its formula result, falsy ones too)", () => {
  test('puts back the result exceljs\'s cell.value leaves out when it is 0, false or ""', () => {
    // What exceljs gives for <c><f>0*1</f><v>0</v></c>: value without result, result 0.
    expect(exceljsCellValue({ value: { formula: "0*1" }, result: 0 })).toEqual({
      formula: "0*1",
      result: 0,
    });
    expect(exceljsCellValue({ value: { sharedFormula: "B2" }, result: false })).toEqual({
      sharedFormula: "B2",
      result: false,
    });
  });

  test("leaves a formula without a result, a formula with one and plain values alone", () => {
    expect(exceljsCellValue({ value: { formula: "1+1" }, result: undefined })).toEqual({
      formula: "1+1",
    });
    expect(exceljsCellValue({ value: { formula: "1+1", result: 2 }, result: 2 })).toEqual({
      formula: "1+1",
      result: 2,
    });
    expect(exceljsCellValue({ value: 0 })).toBe(0);
    expect(exceljsCellValue(undefined)).toBeUndefined();
  });
});
