import type { BudgetCategory } from "../../rules";
import { idKey, type CheckContext, type Partner } from "../model";
import { formatEuro, roundCents } from "../money";
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
  /** How the figure is made, for messages ("coordinator × 24 months"); built only when needed. */
  explain: () => string;
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
  const stored = gap
    ? undefined
    : row.storedAmount(line.column, () => `${formatEuro(figure)} (${line.explain()})`);
  if (!funded) {
    if (stored !== undefined && stored !== 0) {
      row.report(
        "input.not-in-action",
        "warning",
        `${row.table} row ${row.row}, ${line.column} asks for ${formatEuro(stored)}, but a ${context.project.action} budget has no such category in the ${context.project.rulebookYear} rules; it was not counted.`,
        line.column,
      );
    }
    return;
  }
  if (stored !== undefined && Math.abs(stored - figure) >= 0.005) {
    row.report(
      "amount.mismatch",
      "error",
      `${row.table} row ${row.row}, ${line.column} holds ${formatEuro(stored)}; the rulebook gives ${formatEuro(figure)} (${line.explain()}). Restore the KA2 formula or correct the inputs.`,
      line.column,
    );
  }
  context.lines.push({
    table: row.table,
    row: row.row,
    column: line.column,
    category: line.category,
    partner: line.partner.id,
    amount: roundCents(line.eligible),
    granted: roundCents(line.eligible),
    ...(stored !== undefined ? { stored } : {}),
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
    row.report(
      "input.unknown-partner",
      "error",
      `${row.table} row ${row.row}, ${header} is "${id}", which is not an ID in the Partners table.`,
      header,
    );
  }
  return partner;
}

/** Tracks IDs of a table and reports the second use of one. */
export class IdRegister {
  private readonly seen = new Map<string, number>();

  /** True when the ID is new; otherwise reports the duplicate. */
  claim(row: RowReader, header: string, id: string): boolean {
    const key = idKey(id);
    const first = this.seen.get(key);
    if (first !== undefined) {
      row.report(
        "input.duplicate-id",
        "error",
        `${row.table} row ${row.row}, ${header} "${id}" is already used in row ${first}; IDs must be unique. This row was not counted.`,
        header,
      );
      return false;
    }
    this.seen.set(key, row.row);
    return true;
  }
}
