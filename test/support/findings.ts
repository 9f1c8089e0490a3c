import { checkBudget } from "../../src/domain/check-budget";
import type { BudgetCheck } from "../../src/domain/budget-check";
import type { Finding, RuleId } from "../../src/domain/findings";
import { cleanStrategicPartnership, rawWorkbook, type WorkbookData } from "./raw-workbook";

/** Checks the clean SP workbook after `change` edits a copy of it. */
export function checkChanged(change: (data: WorkbookData) => void): BudgetCheck {
  const data = structuredClone(cleanStrategicPartnership());
  change(data);
  return checkBudget(rawWorkbook(data));
}

export function withRule(result: BudgetCheck, rule: RuleId): Finding[] {
  return result.findings.filter((finding) => finding.rule === rule);
}

/** Sets one cell of a table by data row (1-based) and header. */
export function setCell(
  data: WorkbookData,
  table: string,
  row: number,
  header: string,
  value: string | number | boolean | null | { error: string },
): void {
  const tableData = data[table];
  if (!tableData) throw new Error(`no table ${table}`);
  const column = tableData.headers.indexOf(header);
  const cells = tableData.rows[row - 1];
  if (column < 0 || !cells) throw new Error(`no cell ${table} row ${row} ${header}`);
  cells[column] = value;
}
