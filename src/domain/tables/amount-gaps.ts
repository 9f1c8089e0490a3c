import { finding, type Finding } from "../findings";
import type { TableName } from "../table-schema";

/**
 * Amount cells that hold no figure: blank (the formula was deleted, or a file written by a
 * program that does not calculate), or #NAME? (the KA2 functions were not loaded when the
 * sheet was calculated). One finding per table column, covering all its cells, instead of
 * one per cell: the cause is the same for the whole column.
 */

type GapKind = "blank" | "name";

interface ColumnGaps {
  table: TableName;
  column: string;
  kind: GapKind;
  rows: number[];
}

export class AmountGaps {
  private readonly columns = new Map<string, ColumnGaps>();

  note(table: TableName, column: string, row: number, kind: GapKind): void {
    const key = `${table}\u0000${column}\u0000${kind}`;
    let gaps = this.columns.get(key);
    if (!gaps) {
      gaps = { table, column, kind, rows: [] };
      this.columns.set(key, gaps);
    }
    gaps.rows.push(row);
  }

  findings(): Finding[] {
    return [...this.columns.values()].map(({ table, column, kind, rows }) => {
      const count = rows.length;
      const cells = `${count} ${column} ${count === 1 ? "cell" : "cells"}`;
      return kind === "blank"
        ? {
            ...finding(
              "amount.blank",
              "warning",
              `${table}: ${cells} ${count === 1 ? "is" : "are"} blank or ${count === 1 ? "was" : "were"} never calculated; restore the KA2 formula or open and save the file in Excel. The checker counted the rulebook's figures.`,
              { table, column },
            ),
            rows,
          }
        : {
            ...finding(
              "amount.mismatch",
              "warning",
              `${table}: ${cells} ${count === 1 ? "shows" : "show"} #NAME?: the KA2 functions were not available when the sheet was calculated (the add-in not loaded, or recalculated in another program). Open the file in Excel with the KA2 add-in loaded. The checker counted the rulebook's figures.`,
              { table, column },
            ),
            rows,
          };
    });
  }
}
