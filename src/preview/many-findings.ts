import type { CellValue, RawTable, RawWorkbook } from "../domain/workbook";

const countries = ["LV", "EE", "LT", "FI", "DE", "ES", "IT", "PL", "SE", "NL"];

function table(name: string, headers: string[], rows: CellValue[][]): RawTable {
  return { name, sheet: name, headerRow: 1, firstColumn: 1, headers, rows };
}

/**
 * A Strategic Partnership whose Meetings table has `rows` meetings, each with a typed-over
 * amount of 1 EUR: about one finding per row (amount.mismatch), to try the pane with
 * thousands of findings.
 */
export function manyFindingsWorkbook(rows: number): RawWorkbook {
  const partners = countries.map((country, index) => [
    `P${index + 1}`,
    `Organisation ${index + 1}`,
    country,
    index % 2 === 0 ? "HEI" : "SCHOOL",
    index === 0 ? "coordinator" : "partner",
    null,
    null,
  ]);
  const meetings: CellValue[][] = [];
  for (let n = 0; n < rows; n++) {
    meetings.push([`M${n + 1}`, `P${(n % 10) + 1}`, (n % 2) + 1, 1 + (n % 3), 150 + (n % 1800), 1]);
  }
  return {
    tables: [
      table(
        "Project",
        ["Setting", "Value"],
        [
          ["Action", "SP"],
          ["Months", 24],
          ["Title", `${rows} meetings with typed-over amounts`],
        ],
      ),
      table(
        "Partners",
        ["ID", "Organisation", "Country", "Type", "Role", "Months", "Management"],
        partners,
      ),
      table(
        "Meetings",
        ["ID", "Partner", "Year", "Participants", "DistanceKm", "Amount"],
        meetings,
      ),
    ],
  };
}
