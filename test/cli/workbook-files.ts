import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { budgetTables, type BudgetRows } from "../../src/cli/budget-workbook";
import { buildWorkbook, workbookBytes, type WrittenTable } from "../../src/cli/workbook-writer";

/** A temporary folder for one test file's workbooks, removed by `remove()`. */
export function temporaryFolder(): { path: (name: string) => string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), "ka2-budget-test-"));
  return {
    path: (name) => join(folder, name),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** Writes a budget laid out by the schema (formulas with cached results). */
export async function writeBudget(path: string, rows: BudgetRows): Promise<string> {
  writeFileSync(path, await workbookBytes(buildWorkbook(budgetTables(rows))));
  return path;
}

/** Writes tables exactly as given (odd layouts, aliases, missing columns). */
export async function writeTables(path: string, tables: readonly WrittenTable[]): Promise<string> {
  writeFileSync(path, await workbookBytes(buildWorkbook(tables)));
  return path;
}
