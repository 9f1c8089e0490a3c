import type { BudgetCheck } from "../domain/budget-check";
import type { Finding, Severity } from "../domain/findings";
import { severities } from "../domain/findings";
import { roundCents } from "../domain/money";
import type { RawWorkbook } from "../domain/workbook";
import { rulebookFor } from "../rules";
import { totalsView } from "../domain/totals-view";
import { categoryLabel } from "../domain/category-labels";
import { locateFinding } from "../domain/finding-location";
import { largestOf } from "../domain/largest";
import { cleanCellText } from "../domain/cell-text";
import { findingMessage, type MessageLanguage } from "../messages/messages";

/**
 * The human report of `ka2-budget check`: what the budget is, its findings grouped by
 * severity with the cell each points at, and the totals per category against the caps.
 * Plain aligned text, no colours, so it reads the same in a terminal, a CI log or an email.
 */

const headings: Record<Severity, string> = {
  error: "Errors",
  warning: "Warnings",
  info: "Notes",
};

const amountFormat = new Intl.NumberFormat("en-GB", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "12,000.00 EUR": every amount of the report with cents, so the columns line up. */
export function formatAmount(amount: number): string {
  return `${amountFormat.format(roundCents(amount))} EUR`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function padRight(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - text.length));
}

function padLeft(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - text.length)) + text;
}

function describeProject(check: BudgetCheck): string[] {
  const { project } = check;
  const action = check.action
    ? `${rulebookFor(check.rulebook).actions[check.action].label} (${check.action})`
    : "Action unknown";
  const format = project.format && project.format !== "standard" ? `, ${project.format}` : "";
  const months = check.months === undefined ? "duration unknown" : `${check.months} months`;
  const lines = [`${action}${format}, ${months}, ${check.rulebook} rules`];
  if (project.title) lines.unshift(cleanCellText(project.title, 200));
  lines.push(
    `${plural(project.partners, "organisation")} from ${plural(project.countries.length, "country", "countries")}` +
      (project.countries.length > 0 ? ` (${project.countries.join(", ")})` : ""),
  );
  return lines;
}

/** A cell or row address; a finding about a whole table or column reads best as the table's name. */
function findingAddress(finding: Finding, workbook: RawWorkbook): string {
  if (finding.table === undefined) return "workbook";
  const location = locateFinding(finding, workbook);
  if (!location || location.scope === "header" || location.scope === "column") return finding.table;
  return location.address;
}

function findingSections(
  check: BudgetCheck,
  workbook: RawWorkbook,
  language: MessageLanguage,
): string[] {
  const located = check.findings.map((finding: Finding) => ({
    finding,
    where: findingAddress(finding, workbook),
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
    lines.push("", `${headings[severity]} (${items.length})`);
    for (const { finding, where } of items) {
      lines.push(
        `  ${padRight(where, width)}  ${findingMessage(finding, language)} [${finding.rule}]`,
      );
    }
  }
  if (lines.length === 0) lines.push("", "No findings: every figure matches the rulebook.");
  return lines;
}

interface TotalsRow {
  label: string;
  requested?: number;
  counted?: number;
  cap?: number;
}

/** The totals view of the domain, labelled for the report. */
function totalsRows(check: BudgetCheck): TotalsRow[] {
  const view = totalsView(check);
  const outputsLabel = check.action
    ? rulebookFor(check.rulebook).actions[check.action].outputsLabel
    : undefined;
  const rows: TotalsRow[] = view.rows.map((row) => ({
    // Meetings are capped per project year: one indented line per year under the category.
    label:
      row.year === undefined
        ? categoryLabel(row.category, outputsLabel)
        : `  project year ${row.year}`,
    requested: row.requested,
    counted: row.counted,
    cap: row.limit,
  }));
  rows.push({
    label: "Total (maximum grant)",
    requested: view.requested,
    counted: view.total,
    cap: view.maxGrant || undefined,
  });
  return rows;
}

function totalsSection(check: BudgetCheck): string[] {
  const rows = totalsRows(check);
  const cells = rows.map((row) => [
    row.label,
    row.requested === undefined ? "" : formatAmount(row.requested),
    row.counted === undefined ? "" : formatAmount(row.counted),
    row.cap === undefined ? "" : formatAmount(row.cap),
    row.requested !== undefined && row.cap !== undefined && row.requested > row.cap + 0.004
      ? `over by ${formatAmount(row.requested - row.cap)}`
      : "",
  ]);
  const header = ["", "requested", "counted", "cap", ""];
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
    "Totals against caps",
    `  ${format(header)}`,
    ...cells.map((row) => `  ${format(row)}`),
  ];
}

function summaryLine(check: BudgetCheck): string {
  const count = (severity: Severity): number =>
    check.findings.filter((finding) => finding.severity === severity).length;
  const errors = count("error");
  const verdict = errors === 0 ? "No rule errors." : "The budget breaks the rules.";
  return `${verdict} ${plural(errors, "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}.`;
}

/** The whole report for one checked file. */
export function formatReport(
  file: string,
  check: BudgetCheck,
  workbook: RawWorkbook,
  language: MessageLanguage = "en",
): string {
  return [
    `KA2 budget check of ${file}`,
    ...describeProject(check),
    ...findingSections(check, workbook, language),
    ...totalsSection(check),
    "",
    summaryLine(check),
    "",
  ].join("\n");
}
