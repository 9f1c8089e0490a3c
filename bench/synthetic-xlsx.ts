import ExcelJS from "exceljs";
import type { SyntheticTable } from "./synthetic-budget";

/** Writes synthetic budget tables into an .xlsx, one sheet and table each. */
export async function writeXlsx(tables: SyntheticTable[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addTable({
      name: table.name,
      ref: "A1",
      headerRow: true,
      columns: table.headers.map((name) => ({ name })),
      rows: table.rows.length > 0 ? table.rows : [table.headers.map(() => null)],
    });
  }
  await workbook.xlsx.writeFile(path);
}
