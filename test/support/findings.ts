import { findingMessage } from "../../src/messages/messages";
import { checkBudget } from "../../src/domain/check-budget";
import type { BudgetCheck } from "../../src/domain/budget-check";
import type { Finding, RuleId } from "../../src/domain/findings";
import type { FindingText } from "../../src/domain/finding-text";
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

/** The finding's message in English (or Latvian), as the faces render it. */
export function messageOf(finding: Finding | undefined, language: "en" | "lv" = "en"): string {
  if (!finding) throw new Error("no such finding");
  return findingMessage(finding, language);
}

/** Findings as the faces show them: where, rule and severity, and the English message. */
export function rendered(findings: readonly Finding[]) {
  return findings.map(({ text, ...rest }) => ({
    ...rest,
    message: findingMessage({ ...rest, text }, "en"),
  }));
}

/** Any message, for findings a test builds by hand when only where they point matters. */
export const anyText: FindingText = { key: "consortium.coordinator/none", params: {} };
