import {
  syntheticPartnerHeaders,
  syntheticPartnerId,
  syntheticPartners,
} from "../src/domain/synthetic-partners";
import type { CellValue, RawTable, RawWorkbook } from "../src/domain/workbook";

/** A table of a synthetic budget: name, headers and rows. */
export interface SyntheticTable {
  name: string;
  headers: string[];
  rows: CellValue[][];
}

/**
 * A Strategic Partnership with `budgetRows` line rows spread over Meetings, Outputs and
 * Activities (a third each), ten partners, and no stored amounts (nothing to mismatch).
 */
export function syntheticBudget(budgetRows: number): SyntheticTable[] {
  const partners = syntheticPartners();
  const third = Math.ceil(budgetRows / 3);
  const partner = syntheticPartnerId;
  const meetings: CellValue[][] = [];
  const outputs: CellValue[][] = [];
  const activities: CellValue[][] = [];
  for (let n = 0; n < budgetRows; n++) {
    if (n < third)
      meetings.push([`M${n}`, partner(n), (n % 2) + 1, 1 + (n % 3), 150 + ((n * 37) % 3000)]);
    else if (n < 2 * third) outputs.push([`O${n % 7}`, partner(n), "teacher", 1 + (n % 20)]);
    else
      activities.push([
        `A${n}`,
        "staff-training",
        partner(n),
        null,
        2,
        300 + (n % 2500),
        5 + (n % 10),
      ]);
  }
  return [
    {
      name: "Project",
      headers: ["Setting", "Value"],
      rows: [
        ["Action", "SP"],
        ["Months", 24],
      ],
    },
    {
      name: "Partners",
      headers: [...syntheticPartnerHeaders],
      rows: partners,
    },
    {
      name: "Meetings",
      headers: ["ID", "Partner", "Year", "Participants", "DistanceKm"],
      rows: meetings,
    },
    { name: "Outputs", headers: ["Output", "Partner", "Category", "Days"], rows: outputs },
    {
      name: "Activities",
      headers: ["ID", "Type", "Partner", "Host", "Participants", "DistanceKm", "Days"],
      rows: activities,
    },
  ];
}

export function asRawWorkbook(tables: SyntheticTable[]): RawWorkbook {
  return {
    tables: tables.map((table): RawTable => ({
      ...table,
      sheet: table.name,
      headerRow: 1,
      firstColumn: 1,
    })),
  };
}
