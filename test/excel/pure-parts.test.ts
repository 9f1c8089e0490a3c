import { anyText } from "../support/findings";
import type { Finding } from "../../src/domain/findings";
import { locateFinding } from "../../src/domain/finding-location";
import { planHighlights } from "../../src/excel/highlight-plan";
import { cellValueOf } from "../../src/excel/office-cell-value";
import { planReads } from "../../src/excel/read-plan";
import { toWorkbookError, WorkbookError } from "../../src/excel/workbook-error";
import { countryWords, workbookTemplate } from "../../src/excel/workbook-template";
import { getRulebook, type Rulebook } from "../../src/rules";
import type { RawWorkbook } from "../../src/domain/workbook";

const workbook: RawWorkbook = {
  tables: [
    {
      name: "Meetings",
      sheet: "Budget lines",
      headerRow: 3,
      firstColumn: 2,
      headers: ["ID", "Partner", "Year", "Participants", "Distance", "DistanceKm", "Amount"],
      rows: [[], [], [], []],
    },
  ],
};

const at = (row?: number, column?: string): Finding => ({
  rule: "distance.under-100km",
  severity: "warning",
  text: anyText,
  table: "meetings",
  ...(row === undefined ? {} : { row }),
  ...(column === undefined ? {} : { column }),
});

describe("locateFinding", () => {
  it("finds the column by schema header or alias, first match as the checker reads it", () => {
    // "Distance" (an alias of DistanceKm) comes first, so the checker read that column.
    expect(locateFinding(at(2, "DistanceKm"), workbook)).toMatchObject({
      scope: "cell",
      address: "'Budget lines'!F5",
      top: 5,
      left: 6,
    });
  });

  it("marks a row, a column, or the header row when the finding is wider than a cell", () => {
    expect(locateFinding(at(1), workbook)?.address).toBe("'Budget lines'!B4:H4");
    expect(locateFinding(at(undefined, "Amount"), workbook)?.address).toBe("'Budget lines'!H4:H7");
    expect(locateFinding(at(), workbook)).toMatchObject({
      scope: "header",
      address: "'Budget lines'!B3:H3",
    });
    expect(locateFinding(at(undefined, "Nope"), workbook)?.scope).toBe("header");
  });

  it("points nowhere without a table", () => {
    expect(
      locateFinding({ rule: "cap.grant", severity: "error", text: anyText }, workbook),
    ).toBeUndefined();
    expect(locateFinding({ ...at(1), table: "Events" }, workbook)).toBeUndefined();
  });
});

describe("planHighlights", () => {
  it("groups by sheet and severity, most severe first, merging touching cells of a column", () => {
    const plan = planHighlights(
      [
        at(1, "Year"),
        at(2, "Year"),
        at(4, "Year"),
        { ...at(3, "ID"), severity: "error" },
        at(3, "Year"),
      ],
      workbook,
    );
    expect(plan.groups.map((group) => group.severity)).toEqual(["error", "warning"]);
    expect(plan.groups[1]?.areas).toEqual([
      { sheet: "Budget lines", top: 4, left: 4, bottom: 7, right: 4 },
    ]);
    expect(plan).toMatchObject({ highlighted: 5, unplaced: 0 });
  });

  it("marks each cell of a finding about several cells of a column, and only those", () => {
    // Amount is column H (2 + 6); data rows 1, 2 and 4 are sheet rows 4, 5 and 7.
    const blank: Finding = { ...at(undefined, "Amount"), rule: "amount.blank", rows: [1, 2, 4] };
    expect(locateFinding(blank, workbook)?.address).toBe("'Budget lines'!H4:H7");
    expect(planHighlights([blank], workbook).groups[0]?.areas).toEqual([
      { sheet: "Budget lines", top: 4, left: 8, bottom: 5, right: 8 },
      { sheet: "Budget lines", top: 7, left: 8, bottom: 7, right: 8 },
    ]);
  });
});

describe("planReads", () => {
  it("cuts bodies into chunks within the chunk budget and packs them into syncs", () => {
    const syncs = planReads(
      [
        { rows: 10, columns: 2 },
        { rows: 0, columns: 5 },
        { rows: 7000, columns: 6 },
      ],
      { cellsPerChunk: 6000, cellsPerSync: 20000 },
    );
    expect(syncs).toEqual([
      [
        { table: 0, start: 0, rows: 10 },
        { table: 2, start: 0, rows: 1000 },
        { table: 2, start: 1000, rows: 1000 },
        { table: 2, start: 2000, rows: 1000 },
      ],
      [
        { table: 2, start: 3000, rows: 1000 },
        { table: 2, start: 4000, rows: 1000 },
        { table: 2, start: 5000, rows: 1000 },
      ],
      [{ table: 2, start: 6000, rows: 1000 }],
    ]);
  });

  it("reads a row wider than the budgets on its own", () => {
    expect(planReads([{ rows: 2, columns: 50 }], { cellsPerChunk: 10, cellsPerSync: 20 })).toEqual([
      [{ table: 0, start: 0, rows: 1 }],
      [{ table: 0, start: 1, rows: 1 }],
    ]);
  });
});

describe("cellValueOf", () => {
  it("reads Excel's values by their value types", () => {
    expect(cellValueOf("", "Empty")).toBeNull();
    expect(cellValueOf("#REF!", "Error")).toEqual({ error: "#REF!" });
    expect(cellValueOf("#REF!", "String")).toBe("#REF!");
    expect(cellValueOf(12.5, "Double")).toBe(12.5);
    expect(cellValueOf(true, "Boolean")).toBe(true);
    expect(cellValueOf("Latvia", "RichValue")).toBe("Latvia");
    expect(cellValueOf("", "Unknown")).toBeNull();
  });
});

describe("toWorkbookError", () => {
  it("keeps a WorkbookError, names Office's codes in words, and keeps Excel's message otherwise", () => {
    const own = new WorkbookError("busy", "x");
    expect(toWorkbookError(own, "Reading")).toBe(own);
    expect(toWorkbookError({ code: "ItemNotFound", message: "gone" }, "Reading")).toMatchObject({
      kind: "not-found",
      code: "ItemNotFound",
    });
    expect(toWorkbookError(new Error("Boom."), "Reading")).toMatchObject({
      kind: "excel",
      message: "Reading failed: Boom.",
    });
  });
});

describe("workbookTemplate", () => {
  it("lists the Programme Countries and the Partner Countries with own rates, by English name", () => {
    const words = countryWords(getRulebook() as Rulebook);
    expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b, "en")));
    expect(words).toEqual(expect.arrayContaining(["Latvia", "Norway", "Iceland"]));
  });

  it("keeps every inline list and message within Excel's limits", () => {
    const template = workbookTemplate({ action: "SP", months: 24 });
    const dropdowns = template.tables.flatMap((table) => [
      ...table.columns.flatMap((column) => (column.dropdown ? [column.dropdown] : [])),
      ...table.cellDropdowns.map((cell) => cell.dropdown),
    ]);
    for (const dropdown of dropdowns) {
      expect(dropdown.source.length).toBeLessThanOrEqual(255);
      expect(dropdown.prompt.title.length).toBeLessThanOrEqual(32);
      expect(dropdown.prompt.message.length).toBeLessThanOrEqual(255);
      expect(dropdown.alert.message.length).toBeLessThanOrEqual(255);
    }
    expect(template.lists.map((list) => list.header)).toEqual(["Country"]);
  });

  it("writes a blank Field after Format for a Strategic Partnership, or the chosen one", () => {
    const rows = (field?: "youth") =>
      workbookTemplate({ action: "SP", months: 24, ...(field ? { field } : {}) }).tables[0]?.rows;
    expect(rows()).toEqual([
      ["Action", "SP"],
      ["Months", 24],
      ["Format", "standard"],
      ["Field", ""],
      ["Rulebook", "2014"],
    ]);
    expect(rows("youth")?.[3]).toEqual(["Field", "youth"]);
  });

  it("omits Format and Field outside Strategic Partnerships", () => {
    const project = workbookTemplate({ action: "KA", months: 24 }).tables[0];
    expect(project?.rows.map((row) => row[0])).toEqual(["Action", "Months", "Rulebook"]);
  });
});
