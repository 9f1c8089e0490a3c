import type { ApplicationForm } from "./application-form";
import { formTextRows } from "./form-csv";
import type { FormSheet, SheetCell } from "./form-sheet";

/** The sheet the CSV export is written into, for Excel where a download does nothing (Mac). */
export const csvSheetName = "Form CSV";

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const MAX_WIDTH = 60;

/**
 * The CSV export as a sheet: one value per cell, in the CSV's rows and columns, numbers as
 * numbers; no charts. Saved as CSV from Excel (File › Save As) it gives the same file as the
 * download. Words are passed as typed: the sheet writer marks them as text.
 */
export function csvSheet(form: ApplicationForm): FormSheet {
  const rows: SheetCell[][] = formTextRows(form, (text) => text).map((row) =>
    row.map((value): SheetCell => {
      if (value === "") return { value: null, style: "text" };
      return PLAIN_NUMBER.test(value)
        ? { value: Number(value), style: "number" }
        : { value, style: "text" };
    }),
  );
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const columnWidths = Array.from({ length: width }, (_, column) =>
    Math.min(
      MAX_WIDTH,
      rows.reduce((widest, row) => Math.max(widest, String(row[column]?.value ?? "").length), 8),
    ),
  );
  return { name: csvSheetName, rows, columnWidths, charts: [] };
}
