import {
  syntheticPartnerHeaders,
  syntheticPartnerId,
  syntheticPartners,
} from "../domain/synthetic-partners";
import type { CellValue, RawTable, RawWorkbook } from "../domain/workbook";

function table(name: string, headers: string[], rows: CellValue[][]): RawTable {
  return { name, sheet: name, headerRow: 1, firstColumn: 1, headers, rows };
}

/**
 * A Strategic Partnership whose Meetings table has `rows` meetings, each with a typed-over
 * amount of 1 EUR: about one finding per row (amount.mismatch), to try the pane with
 * thousands of findings.
 */
export function manyFindingsWorkbook(rows: number): RawWorkbook {
  const partners = syntheticPartners().map((row) => [...row, null]);
  const meetings: CellValue[][] = [];
  for (let n = 0; n < rows; n++) {
    meetings.push([
      `M${n + 1}`,
      syntheticPartnerId(n),
      (n % 2) + 1,
      1 + (n % 3),
      150 + (n % 1800),
      1,
    ]);
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
      table("Partners", [...syntheticPartnerHeaders, "Management"], partners),
      table(
        "Meetings",
        ["ID", "Partner", "Year", "Participants", "DistanceKm", "Amount"],
        meetings,
      ),
    ],
  };
}
