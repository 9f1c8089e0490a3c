import { checkBudget } from "../domain/check-budget";
import type { BudgetCheck } from "../domain/budget-check";
import { checkOptionsFor } from "./check-options";
import { exitCodes, type CommandIo } from "./command-io";
import { readXlsxFile } from "./read-xlsx";
import { formatReport } from "./report";

/** The --json contract (docs/cli.md): exactly these keys, unknown ones as null, never left out. */
export function jsonResult(check: BudgetCheck): object {
  return {
    action: check.action ?? null,
    rulebook: check.rulebook,
    months: check.months ?? null,
    totals: check.totals,
    findings: check.findings,
  };
}

/** `ka2-budget check FILE [--json]`: 0 no rule errors, 1 rule errors (read errors throw). */
export async function checkCommand(file: string, json: boolean, io: CommandIo): Promise<number> {
  const workbook = await readXlsxFile(file);
  const check = checkBudget(workbook, checkOptionsFor(workbook));
  io.out(
    json ? `${JSON.stringify(jsonResult(check), null, 2)}\n` : formatReport(file, check, workbook),
  );
  return check.findings.some((finding) => finding.severity === "error")
    ? exitCodes.failed
    : exitCodes.ok;
}
