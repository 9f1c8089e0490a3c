import { say } from "../finding-text";
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
    return [...this.columns.values()].map(({ table, column, kind, rows }) => ({
      ...finding(
        "warning",
        kind === "blank"
          ? say("amount.blank", { count: rows.length })
          : say("amount.mismatch/not-loaded-column", { count: rows.length }),
        { table, column },
      ),
      rows,
    }));
  }
}
