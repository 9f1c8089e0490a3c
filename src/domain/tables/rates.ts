import type { Rulebook } from "../../rules";
import { finding, type Finding } from "../findings";
import { cleanCellText } from "../cell-text";
import { say } from "../finding-text";
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
        "error",
        say("input.duplicate-id/rates", { figure: cleanCellText(figure), first }),
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
            "error",
            say("rates.unknown-figure", { figure: cleanCellText(figure), year: base.year }),
            { table: TABLE, row, column: "Figure" },
          )
        : finding(
            "error",
            say("input.invalid-number/rates", {
              value,
              id: problem.previous.id,
              reason: problem.reason,
              previous: problem.previous.value,
            }),
            { table: TABLE, row, column: "Value" },
          ),
    );
  }
  for (const { override, previous } of applied) {
    findings.push(
      finding(
        "info",
        say("rates.override", {
          id: previous.id,
          value: override.value,
          row: override.row,
          previous: previous.value,
          mark: previous.mark,
        }),
        { table: TABLE, row: override.row, column: "Value" },
      ),
    );
  }
  return { rulebook, applied };
}
