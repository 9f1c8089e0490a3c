import { checkBudget } from "../domain/check-budget";
import type { BudgetCheck } from "../domain/budget-check";
import type { Finding } from "../domain/findings";
import type { FigureToConfirm } from "../domain/rates/figures-to-confirm";
import { findingMessage, type MessageLanguage } from "../messages/messages";
import { checkOptionsFor } from "./check-options";
import { exitCodes, type CommandIo } from "./command-io";
import { readXlsxFile } from "./read-xlsx";
import { formatReport } from "./report";

/**
 * A finding as --json prints it: the contract's keys with the message rendered in the chosen
 * language, then the message key and its values for tools that word it themselves.
 */
function jsonFinding(finding: Finding, language: MessageLanguage): object {
  const { rule, severity, table, row, column, text } = finding;
  return {
    rule,
    severity,
    message: findingMessage(finding, language),
    ...(table !== undefined ? { table } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
    messageKey: text.key,
    params: text.params,
  };
}

/** A figure to confirm as --json prints it: the same keys in the same order, every time. */
function jsonFigure(figure: FigureToConfirm): object {
  const { value, mark, source, sources, restingAmount, lines, tables } = figure;
  return { figure: figure.figure, value, mark, source, sources, restingAmount, lines, tables };
}

/** The --json contract (docs/cli.md): exactly these keys, unknown ones as null, never left out. */
function jsonResult(check: BudgetCheck, language: MessageLanguage): object {
  return {
    action: check.action ?? null,
    field: check.project.field ?? null,
    rulebook: check.rulebook,
    months: check.months ?? null,
    totals: check.totals,
    findings: check.findings.map((finding) => jsonFinding(finding, language)),
    figures: check.figures.map(jsonFigure),
  };
}

/** `ka2-budget check FILE [--json]`: 0 no rule errors, 1 rule errors (read errors throw). */
export async function checkCommand(
  file: string,
  options: { json: boolean; language: MessageLanguage },
  io: CommandIo,
): Promise<number> {
  const workbook = await readXlsxFile(file);
  const check = checkBudget(workbook, checkOptionsFor(workbook));
  io.out(
    options.json
      ? `${JSON.stringify(jsonResult(check, options.language), null, 2)}\n`
      : formatReport(file, check, workbook, options.language),
  );
  return check.findings.some((finding) => finding.severity === "error")
    ? exitCodes.failed
    : exitCodes.ok;
}
