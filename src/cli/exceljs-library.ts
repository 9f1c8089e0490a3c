import type ExcelJS from "exceljs";
import { enableCalculatedColumns } from "./exceljs-calculated-columns";

/**
 * A new exceljs workbook. exceljs is loaded here, on first use, not when the command starts:
 * loading it takes longer than a whole `ka2-budget fn` call, and only the commands that read
 * or write a workbook need it.
 */
export function newWorkbook(): ExcelJS.Workbook {
  enableCalculatedColumns();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exceljs = require("exceljs") as typeof ExcelJS;
  return new exceljs.Workbook();
}
