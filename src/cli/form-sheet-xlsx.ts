import type ExcelJS from "exceljs";
import type { FormSheet, SheetStyle } from "../domain/form/form-sheet";

const EUR = "#,##0.00";

/** exceljs formats for the Form summary sheet's cell styles. */
function styleCell(cell: ExcelJS.Cell, style: SheetStyle): void {
  switch (style) {
    case "title":
      cell.font = { bold: true, size: 14 };
      break;
    case "section":
      cell.font = { bold: true, size: 12, color: { argb: "FF1F4E79" } };
      break;
    case "header":
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      break;
    case "total":
      cell.font = { bold: true };
      cell.border = { top: { style: "thin" } };
      if (typeof cell.value === "number") cell.numFmt = EUR;
      break;
    case "amount":
      cell.numFmt = EUR;
      break;
    case "warning":
      cell.font = { bold: true, color: { argb: "FFC00000" } };
      break;
    case "note":
      cell.font = { italic: true };
      break;
    case "number":
    case "text":
      break;
  }
}

/**
 * Adds the Form summary sheet to a workbook, replacing an earlier one. exceljs cannot draw
 * charts, so the chart blocks are left as data; the task pane adds native charts in Excel.
 */
export function addFormSheet(workbook: ExcelJS.Workbook, sheet: FormSheet): void {
  const existing = workbook.getWorksheet(sheet.name);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(sheet.name);
  sheet.rows.forEach((cells, rowIndex) => {
    cells.forEach((cell, columnIndex) => {
      const target = worksheet.getCell(rowIndex + 1, columnIndex + 1);
      target.value = cell.value;
      styleCell(target, cell.style);
    });
  });
  sheet.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
}
