import { checkBudget } from "../../src/domain/check-budget";
import { locateFinding } from "../../src/domain/finding-location";
import { rateRowCells } from "../../src/domain/rates/rate-row";
import {
  columnKeys,
  findColumn,
  schemaColumnNamed,
  schemaTableNamed,
} from "../../src/domain/schema-columns";
import { tableSpec } from "../../src/domain/table-schema";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";

const distance = tableSpec("Meetings").columns.find((column) => column.header === "DistanceKm")!;

describe("findColumn", () => {
  test("finds a header by its schema name or an alias, case, spaces, _ and - ignored", () => {
    expect(findColumn(["ID", "distance_km"], distance)).toBe(1);
    expect(findColumn(["ID", "Distance km"], distance)).toBe(1);
    expect(findColumn(["ATTĀLUMS", "ID"], distance)).toBe(0);
    expect(findColumn(["Partner", "Distance-KM"], distance)).toBe(1);
  });

  test("takes the first header that names the column, and -1 when none does", () => {
    expect(findColumn(["Distance", "DistanceKm"], distance)).toBe(0);
    expect(findColumn(["ID", "Km"], distance)).toBe(-1);
    expect(findColumn([], distance)).toBe(-1);
  });

  test("reads a blank header cell handed over as null as no name", () => {
    expect(findColumn([null as unknown as string, "DistanceKm"], distance)).toBe(1);
  });

  test("a column with no aliases is found by its header alone", () => {
    expect(findColumn(["figure"], { header: "Figure" })).toBe(0);
    expect(columnKeys({ header: "Real cost", aliases: ["Izmaksas"] })).toEqual([
      "realcost",
      "izmaksas",
    ]);
  });
});

describe("schemaTableNamed and schemaColumnNamed", () => {
  test("find the schema's table and column by a loose spelling", () => {
    expect(schemaTableNamed("other_costs")?.name).toBe("OtherCosts");
    expect(schemaTableNamed("Budget")).toBeUndefined();
    const meetings = schemaTableNamed("MEETINGS")!;
    expect(schemaColumnNamed(meetings, "distance km")?.header).toBe("DistanceKm");
    // An alias is a header's other spelling, not the schema header a finding names.
    expect(schemaColumnNamed(meetings, "Attālums")).toBeUndefined();
  });
});

describe("one lookup for the checker, the finding locator and the Rates row writer", () => {
  test("a Rates table with Latvian, upper-case and reordered headers is read, located and written alike", () => {
    const headers = ["Avots", "RĀDĪTĀJS", "vērtība"];
    const data = cleanStrategicPartnership();
    data.Rates = { headers, rows: [["NA table", "management.coordinatorPerMonth", 600]] };
    data.Partners!.rows[0]![6] = 14400; // 24 × 600, as KA2.MGMT with the Rates range gives
    const workbook = rawWorkbook(data);
    const result = checkBudget(workbook);
    expect(result.totals.management).toBe(32400); // 24 × (600 + 3 × 250)
    const override = result.findings.find((item) => item.rule === "rates.override")!;
    expect(override).toMatchObject({ table: "Rates", row: 1, column: "Value" });
    expect(locateFinding(override, workbook)?.address).toBe("Rates!C2");
    expect(rateRowCells(headers, { figure: "linguistic.perParticipant", value: 160 })).toEqual([
      null,
      "linguistic.perParticipant",
      160,
    ]);
  });
});
