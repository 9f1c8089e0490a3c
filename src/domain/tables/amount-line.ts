import type { BudgetCategory } from "../../rules";
import { cleanCellText } from "../cell-text";
import { idKey, type CheckContext, type Partner } from "../model";
import { say, type BasisText } from "../finding-text";
import { roundCents } from "../money";
import type { RowReader } from "../parse/table-rows";
import { isBlank } from "../cell-reading";
import { isCellError } from "../workbook";

export interface AmountLine {
  /** The computed column the amount belongs in. */
  column: string;
  category: BudgetCategory;
  partner: Partner;
  /** What the column's KA2.* formula gives. */
  figure: number;
  /** What the rulebook makes eligible (0 for a line a rule excludes). */
  eligible: number;
  /** Ids of the rulebook figures `figure` is computed from (a shared list, see figureList). */
  figures: readonly string[];
  /** How the figure is made, for messages ("coordinator × 24 months"); built only when needed. */
  explain: () => BasisText;
}

/**
 * Records one amount of a row: compares the stored figure with the rulebook's, and adds the
 * eligible amount to the budget lines when the action funds the category.
 */
export function addAmountLine(context: CheckContext, row: RowReader, line: AmountLine): void {
  const figure = roundCents(line.figure);
  const cell = row.cell(line.column);
  const funded = context.categories.has(line.category);
  // Blank and #NAME? cells are counted per column (amount.blank, one #NAME? note).
  const gap =
    cell === undefined
      ? undefined
      : isBlank(cell)
        ? "blank"
        : isCellError(cell) && cell.error === "#NAME?"
          ? "name"
          : undefined;
  if (gap && funded) context.amountGaps.note(row.table, line.column, row.row, gap);
  const stored = gap ? undefined : row.storedAmount(line.column, figure, line.explain);
  if (!funded) {
    if (stored !== undefined && stored !== 0) {
      row.report(
        "warning",
        say("input.not-in-action/amount", {
          stored,
          action: context.project.action,
          year: context.project.rulebookYear,
        }),
        line.column,
      );
    }
    return;
  }
  if (stored !== undefined && Math.abs(stored - figure) >= 0.005) {
    row.report(
      "error",
      say("amount.mismatch/differs", { stored, figure, basis: line.explain() }),
      line.column,
    );
  }
  const amount = roundCents(line.eligible);
  context.lines.add({
    table: row.table,
    row: row.row,
    column: line.column,
    category: line.category,
    partner: line.partner.id,
    amount,
    stored,
    figures: line.figures,
  });
}

/** The partner a row's Partner (or Host) cell names; unknown IDs become a finding. */
export function partnerOf(
  context: CheckContext,
  row: RowReader,
  header: string,
  required: boolean,
): Partner | undefined {
  const id = row.text(header, required);
  if (id === undefined) return undefined;
  const partner = context.partners.get(idKey(id));
  if (!partner) {
    row.report("error", say("input.unknown-partner", { id: cleanCellText(id) }), header);
  }
  return partner;
}
