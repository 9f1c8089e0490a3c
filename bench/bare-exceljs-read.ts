import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { enableCalculatedColumns } from "../src/cli/exceljs-calculated-columns";

/**
 * The yardstick for `ka2-budget check` (bench/cli-process.ts): a fresh process that loads
 * exceljs and reads the workbook the way the command does (the whole file, then the zip in
 * memory, with the same calculated-column fix) and does nothing else.
 */
const path = process.argv[2];
if (!path) throw new Error("usage: node lib/bench/bare-exceljs-read.js FILE.xlsx");
enableCalculatedColumns();
void new ExcelJS.Workbook().xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
