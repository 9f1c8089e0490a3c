import type { BudgetCheck } from "../domain/budget-check";
import type { Finding, Severity } from "../domain/findings";
import { severities } from "../domain/findings";
import type { RawWorkbook } from "../domain/workbook";
import { rulebookFor } from "../rules";
import { totalsView } from "../domain/totals-view";
import { locateFinding } from "../domain/finding-location";
import { largestOf } from "../domain/largest";
import { cleanCellText } from "../domain/cell-text";
import { labelOf, spFields } from "../domain/vocabulary";
import {
  categoryName,
  findingMessage,
  formatEuroCentsIn,
  formatNumberIn,
  message,
  type MessageLanguage,
} from "../messages/messages";

/**
 * The human report of `ka2-budget check`: what the budget is, its findings grouped by
 * severity with the cell each points at, and the totals per category against the caps.
 * Plain aligned text, no colours, so it reads the same in a terminal, a CI log or an email.
 */

function padRight(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - text.length));
}

function padLeft(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - text.length)) + text;
}

function describeProject(check: BudgetCheck, language: MessageLanguage): string[] {
  const say = (key: string, params?: Record<string, unknown>) => message(language, key, params);
  const { project } = check;
  const action = check.action
    ? `${actionLabel(check.rulebook, check.action, language)} (${check.action})`
    : say("report/action-unknown");
  const format = project.format && project.format !== "standard" ? `, ${project.format}` : "";
  const field = project.field
    ? `, ${labelOf(spFields, project.field, language).toLowerCase()}`
    : "";
  const months =
    check.months === undefined
      ? say("report/duration-unknown")
      : say("units/months", { count: check.months });
  const rules = say("report/rules", { year: check.rulebook });
  const lines = [`${action}${format}${field}, ${months}, ${rules}`];
  if (project.title) lines.unshift(cleanCellText(project.title, 200));
  lines.push(
    say("report/organisations", {
      organisations: project.partners,
      countries: project.countries.length,
    }) + (project.countries.length > 0 ? ` (${project.countries.join(", ")})` : ""),
  );
  return lines;
}

function actionLabel(rulebook: string, action: string, language: MessageLanguage): string {
  if (language === "en") {
    return rulebookFor(rulebook).actions[action as "SP" | "KA" | "SSA"].label;
  }
  return message(language, "part/action", { action });
}

/** The cells a finding points at, as the task pane shows them; else its table, or "workbook". */
function findingAddress(
  finding: Finding,
  workbook: RawWorkbook,
  language: MessageLanguage,
): string {
  return (
    locateFinding(finding, workbook)?.address ??
    finding.table ??
    message(language, "report/workbook")
  );
}

function findingSections(
  check: BudgetCheck,
  workbook: RawWorkbook,
  language: MessageLanguage,
): string[] {
  const located = check.findings.map((finding: Finding) => ({
    finding,
    where: findingAddress(finding, workbook, language),
  }));
  const width = Math.min(
    largestOf(
      located.map((item) => item.where.length),
      0,
    ),
    24,
  );
  const lines: string[] = [];
  for (const severity of severities) {
    const items = located.filter((item) => item.finding.severity === severity);
    if (items.length === 0) continue;
    lines.push("", `${message(language, `report/heading-${severity}`)} (${items.length})`);
    for (const { finding, where } of items) {
      lines.push(
        `  ${padRight(where, width)}  ${findingMessage(finding, language)} [${finding.rule}]`,
      );
    }
  }
  if (lines.length === 0) lines.push("", message(language, "report/no-findings"));
  return lines;
}

interface TotalsRow {
  label: string;
  requested?: number;
  counted?: number;
  cap?: number;
  /** The amount held against `cap`, when it is not `requested` (the maximum grant). */
  capped?: number;
}

/** The totals view of the domain, labelled for the report. */
function totalsRows(check: BudgetCheck, language: MessageLanguage): TotalsRow[] {
  const view = totalsView(check);
  const rows: TotalsRow[] = view.rows.map((row) => ({
    // Meetings are capped per project year: one indented line per year under the category.
    label:
      row.year === undefined
        ? categoryName(language, row.category, view.outputsAreSupport)
        : `  ${message(language, "report/project-year", { year: row.year })}`,
    requested: row.requested,
    counted: row.counted,
    cap: row.limit,
  }));
  // Each column adds up the categories above; the maximum grant is held against what counts.
  rows.push({
    label: message(language, "report/total-row"),
    requested: view.linesRequested,
    counted: view.total,
    cap: view.maxGrant || undefined,
    capped: view.requested,
  });
  return rows;
}

function totalsSection(check: BudgetCheck, language: MessageLanguage): string[] {
  const say = (key: string, params?: Record<string, unknown>) => message(language, key, params);
  // Every amount of the report with cents, so the columns line up.
  const amount = (value: number) => formatEuroCentsIn(language, value);
  const rows = totalsRows(check, language);
  const cells = rows.map((row) => {
    const held = row.capped ?? row.requested;
    return [
      row.label,
      row.requested === undefined ? "" : amount(row.requested),
      row.counted === undefined ? "" : amount(row.counted),
      row.cap === undefined ? "" : amount(row.cap),
      held !== undefined && row.cap !== undefined && held > row.cap + 0.004
        ? say("report/over-by", { amount: amount(held - row.cap) })
        : "",
    ];
  });
  const header = ["", say("report/requested"), say("report/counted"), say("report/cap"), ""];
  const widths = header.map((title, column) =>
    largestOf(
      cells.map((row) => (row[column] ?? "").length),
      title.length,
    ),
  );
  const format = (row: string[]): string =>
    [
      padRight(row[0] ?? "", widths[0] ?? 0),
      padLeft(row[1] ?? "", widths[1] ?? 0),
      padLeft(row[2] ?? "", widths[2] ?? 0),
      padLeft(row[3] ?? "", widths[3] ?? 0),
      row[4] ?? "",
    ]
      .join("  ")
      .trimEnd();
  return [
    "",
    say("report/totals"),
    `  ${format(header)}`,
    ...cells.map((row) => `  ${format(row)}`),
  ];
}

function summaryLine(check: BudgetCheck, language: MessageLanguage): string {
  const count = (severity: Severity): number =>
    check.findings.filter((finding) => finding.severity === severity).length;
  const errors = count("error");
  const verdict = message(
    language,
    errors === 0 ? "report/verdict-clean" : "report/verdict-breaks",
  );
  const counts = message(language, "report/counts", {
    errors,
    warnings: count("warning"),
    notes: count("info"),
  });
  return `${verdict} ${counts}`;
}

/**
 * The unverified figures the budget rests on, for the officer to confirm with the National
 * Agency: each figure id, its value and the amount of the lines computed from it.
 */
function figuresSection(check: BudgetCheck, language: MessageLanguage): string[] {
  const say = (key: string, params?: Record<string, unknown>) => message(language, key, params);
  if (check.figures.length === 0) return ["", say("report/figures-none")];
  const cells = check.figures.map((figure) => [
    figure.figure,
    formatNumberIn(language, figure.value),
    formatEuroCentsIn(language, figure.restingAmount),
    say("report/figures-lines", {
      lines: say("units/lines", { count: figure.lines }),
      tables: figure.tables.join(", "),
    }),
  ]);
  const header = [
    say("report/figures-figure"),
    say("report/figures-value"),
    say("report/figures-rests"),
    "",
  ];
  const widths = header.map((title, column) =>
    largestOf(
      cells.map((row) => (row[column] ?? "").length),
      title.length,
    ),
  );
  const format = ([id = "", value = "", amount = "", lines = ""]: string[]): string =>
    [
      padRight(id, widths[0] ?? 0),
      padLeft(value, widths[1] ?? 0),
      padLeft(amount, widths[2] ?? 0),
      lines,
    ]
      .join("  ")
      .trimEnd();
  return [
    "",
    say("report/figures-heading"),
    `  ${say("report/figures-intro", { year: check.rulebook })}`,
    `  ${format(header)}`,
    ...cells.map((row) => `  ${format(row)}`),
  ];
}

/** The whole report for one checked file. */
export function formatReport(
  file: string,
  check: BudgetCheck,
  workbook: RawWorkbook,
  language: MessageLanguage = "en",
): string {
  return [
    message(language, "report/title", { file }),
    ...describeProject(check, language),
    ...findingSections(check, workbook, language),
    ...totalsSection(check, language),
    "",
    summaryLine(check, language),
    ...figuresSection(check, language),
    "",
  ].join("\n");
}
