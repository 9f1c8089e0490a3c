import {
  cellAddress,
  columnLetters,
  findTable,
  headerKey,
  isCellError,
  type RawTable,
} from "../../src/domain/workbook";

describe("columnLetters", () => {
  test.each([
    [1, "A"],
    [2, "B"],
    [7, "G"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"], // Excel's last column
  ])("%d → %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
});

describe("cellAddress", () => {
  test.each([
    ["Partners", 4, 7, "Partners!G4"],
    ["Meetings", 2, 27, "Meetings!AA2"],
    ["Sheet1", 1, 1, "Sheet1!A1"],
    ["_data", 10, 3, "_data!C10"],
    ["Budget sheet", 4, 7, "'Budget sheet'!G4"],
    ["O'Brien", 1, 1, "'O''Brien'!A1"],
    ["Year 1's plan", 3, 28, "'Year 1''s plan'!AB3"],
    ["''", 1, 1, "''''''!A1"],
    ["2014", 5, 2, "'2014'!B5"],
    ["Budžets", 2, 2, "'Budžets'!B2"],
    ["Budget-2014", 2, 2, "'Budget-2014'!B2"],
  ])("%p, row %d, column %d → %s", (sheet, row, column, address) => {
    expect(cellAddress(sheet, row, column)).toBe(address);
  });

  test.each([
    ["Q1", "'Q1'!A1"],
    ["ab12", "'ab12'!A1"],
    ["XFD1", "'XFD1'!A1"],
    ["R1C1", "'R1C1'!A1"],
    ["R", "'R'!A1"],
    ["C", "'C'!A1"],
    ["rc", "'rc'!A1"],
  ])("a sheet named like a cell reference (%p) is quoted: %s", (sheet, address) => {
    expect(cellAddress(sheet, 1, 1)).toBe(address);
  });
});

describe("headerKey", () => {
  test.each([
    ["DistanceKm", "distancekm"],
    ["Distance km", "distancekm"],
    ["distance_km", "distancekm"],
    ["Distance-Km", "distancekm"],
    ["  Real Cost ", "realcost"],
  ])("%p → %p", (header, key) => {
    expect(headerKey(header)).toBe(key);
  });
});

describe("findTable", () => {
  const table = (name: string): RawTable => ({
    name,
    sheet: name,
    headerRow: 1,
    firstColumn: 1,
    headers: [],
    rows: [],
  });
  const workbook = { tables: [table("Partners"), table("OtherCosts")] };

  test("matches table names the way headers match", () => {
    expect(findTable(workbook, "partners")?.name).toBe("Partners");
    expect(findTable(workbook, "Other_Costs")?.name).toBe("OtherCosts");
    expect(findTable(workbook, "Meetings")).toBeUndefined();
  });
});

describe("isCellError", () => {
  test.each([
    [{ error: "#REF!" }, true],
    [{ error: "#DIV/0!" }, true],
    ["#REF!", false],
    [0, false],
    [null, false],
    [true, false],
  ])("%p → %s", (value, error) => {
    expect(isCellError(value)).toBe(error);
  });
});
