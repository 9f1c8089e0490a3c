import { tableSchema } from "../../src/domain/table-schema";
import type { WorkbookData } from "../support/raw-workbook";
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";

/** Where and how a test puts one table in the fake workbook. */
export interface Placement {
  sheet?: string;
  headerRow?: number;
  firstColumn?: number;
  /** The table's Excel name, if not the schema name. */
  name?: string;
}

/** A fake Excel holding `data`'s tables, each on its schema sheet at A1 unless placed. */
export function fakeExcelWith(
  data: WorkbookData,
  placements: Partial<Record<string, Placement>> = {},
  options: FakeExcelOptions = {},
): FakeExcel {
  const excel = new FakeExcel(options);
  for (const [name, table] of Object.entries(data)) {
    const placement = placements[name] ?? {};
    const sheet = placement.sheet ?? tableSchema.find((spec) => spec.name === name)?.sheet ?? name;
    excel.addTable(
      sheet,
      placement.name ?? name,
      table.headers,
      table.rows.map((row) => table.headers.map((_, index) => row[index] ?? null)),
      { headerRow: placement.headerRow, firstColumn: placement.firstColumn },
    );
  }
  return excel;
}

/** `rows` Meetings lines on a clean SP: the table a big budget grows. */
export function withMeetings(data: WorkbookData, rows: number): WorkbookData {
  const copy = structuredClone(data);
  const meetings = copy.Meetings;
  if (!meetings) throw new Error("no Meetings table");
  meetings.rows = Array.from({ length: rows }, (_, n) => [
    `M${n + 1}`,
    `P${(n % 4) + 1}`,
    (n % 2) + 1,
    1,
    150 + ((n * 37) % 3000),
    null,
  ]);
  return copy;
}
