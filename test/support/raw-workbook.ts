import type { CellValue, RawTable, RawWorkbook } from "../../src/domain/workbook";

/** A table as tests write it: headers, then rows. */
export type TableData = { headers: string[]; rows: CellValue[][] };
export type WorkbookData = Record<string, TableData>;

/** Builds a RawWorkbook with each table on its own sheet, header in row 1, column A. */
export function rawWorkbook(data: WorkbookData): RawWorkbook {
  const tables: RawTable[] = Object.entries(data).map(([name, table]) => ({
    name,
    sheet: name,
    headerRow: 1,
    firstColumn: 1,
    headers: table.headers,
    rows: table.rows.map((row) => table.headers.map((_, index) => row[index] ?? null)),
  }));
  return { tables };
}

/**
 * A clean 24-month Strategic Partnership, every amount worked out by hand from
 * shared/reference/ka2-2014-rules.md (see the comments). Total 48,890 EUR.
 */
export function cleanStrategicPartnership(): WorkbookData {
  return {
    Project: {
      headers: ["Setting", "Value"],
      rows: [
        ["Action", "SP"],
        ["Months", 24],
        ["Title", "Digital skills for rural schools"],
      ],
    },
    Partners: {
      headers: ["ID", "Organisation", "Country", "Type", "Role", "Months", "Management"],
      rows: [
        ["P1", "Latvijas Universitāte", "LV", "HEI", "coordinator", null, 12000], // 500 × 24
        ["P2", "Universidad de Valencia", "Spain", "HEI", "partner", null, 6000], // 250 × 24
        ["P3", "Berufsschule Köln", "Vācija", "VET", "partner", 24, 6000],
        ["P4", "Tampere School", "FI", "SCHOOL", "partner", null, 6000],
      ],
    },
    Meetings: {
      headers: ["ID", "Partner", "Year", "Participants", "DistanceKm", "Amount"],
      rows: [
        ["M1-P2", "P2", 1, 2, 2900, 1520], // 2 × 760 (2,000 km and more)
        ["M1-P3", "P3", 1, 2, 1100, 1150], // 2 × 575
        ["M2-P4", "P4", 2, 1, 280, 575],
      ],
    },
    Outputs: {
      headers: ["Output", "Partner", "Category", "Days", "Amount"],
      rows: [
        ["O1", "P1", "teacher", 20, 1480], // LV row 4: 74 × 20
        ["O1", "P3", "manager", 5, 1400], // DE row 2: 280 × 5
        ["O2", "P2", "technician", 10, 1020], // ES row 3: 102 × 10
      ],
    },
    Events: {
      headers: ["ID", "Output", "Partner", "Local", "Foreign", "Amount"],
      rows: [["E1", "O1", "P1", 30, 10, 5000]], // 30 × 100 + 10 × 200
    },
    Activities: {
      headers: [
        ...["ID", "Type", "Partner", "Host", "Participants", "DistanceKm", "Days", "Months", "Age"],
        ...["Travel", "Support", "Linguistic"],
      ],
      rows: [
        // 3 × 360 (2,000 km and more); 3 × 5 days × 100
        ["A1", "staff-training", "P2", "P1", 3, 2900, 5, null, null, 1080, 1500, 0],
        // 275 (100–1,999 km); 3 months × 80 (LV pupil rate); 150 linguistic
        ["A2", "pupil-long-term", "P3", "P1", 1, 1100, null, 3, 15, 275, 240, 150],
      ],
    },
    OtherCosts: {
      headers: ["ID", "Kind", "Partner", "Description", "RealCost", "Amount"],
      rows: [
        ["X1", "exceptional", "P1", "Translation of the toolkit", 4000, 3000], // 75%
        ["X2", "special-needs", "P4", "Sign-language interpreter", 500, 500], // 100%
      ],
    },
  };
}
