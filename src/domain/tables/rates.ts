import type { Rulebook } from "../../rules";
import { finding, type Finding } from "../findings";
import { formatNumber } from "../money";
import { TableRows } from "../parse/table-rows";
import { applyRates, type AppliedRate, type RateOverride } from "../rates/apply-rates";
import { figureKey } from "../rates/figure-ids";
import { tableSpec } from "../table-schema";
import type { RawWorkbook } from "../workbook";

const TABLE = "Rates";

/**
 * Reads the optional Rates table and gives the rulebook with its values applied. Every
 * applied row is noted (rates.override); a row naming no figure, or a value the rulebook's
 * schema refuses, is an error on that row and leaves the figure as it was.
 */
export function readRates(
  workbook: RawWorkbook,
  base: Rulebook,
  findings: Finding[],
): { rulebook: Rulebook; applied: AppliedRate[] } {
  const rows = new TableRows(workbook, tableSpec(TABLE), findings);
  const overrides: RateOverride[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.rows()) {
    const figure = row.text("Figure", true);
    const value = row.number("Value", { required: true });
    if (figure === undefined || value === undefined) continue;
    const first = seen.get(figureKey(figure));
    if (first !== undefined) {
      row.report(
        "input.duplicate-id",
        "error",
        `Rates row ${row.row}, Figure "${figure}" is already set in row ${first}; each figure may be set once. This row was not used.`,
        "Figure",
      );
      continue;
    }
    seen.set(figureKey(figure), row.row);
    overrides.push({ figure, value, row: row.row });
  }
  const { rulebook, applied, problems } = applyRates(base, overrides);
  for (const problem of problems) {
    const { figure, value, row } = problem.override;
    findings.push(
      problem.kind === "unknown-figure"
        ? finding(
            "rates.unknown-figure",
            "error",
            `Rates row ${row}, Figure "${figure}" is not a figure of the ${base.year} rulebook; its value was not used. The figure ids are listed in the rules reference (ka2-budget rates).`,
            { table: TABLE, row, column: "Figure" },
          )
        : finding(
            "input.invalid-number",
            "error",
            `Rates row ${row}, Value ${formatNumber(value)} cannot be ${problem.previous.id} (${problem.reason}); the rulebook's ${formatNumber(problem.previous.value)} was used.`,
            { table: TABLE, row, column: "Value" },
          ),
    );
  }
  for (const { override, previous } of applied) {
    findings.push(
      finding(
        "rates.override",
        "info",
        `${previous.id} is ${formatNumber(override.value)} from the Rates table (row ${override.row}) instead of the rulebook's ${formatNumber(previous.value)} [${previous.mark}].`,
        { table: TABLE, row: override.row, column: "Value" },
      ),
    );
  }
  return { rulebook, applied };
}
