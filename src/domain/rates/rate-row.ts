import { findColumn } from "../schema-columns";
import { tableSpec } from "../table-schema";

/**
 * A new row of the Rates table: the figure, its value and, where the table has a Source
 * column, where the value comes from. Laid out by the table's own headers, so it fits a
 * table whose columns are in another order, spelt with an alias or joined by others.
 */

export interface RateEntry {
  /** A figure id, as `ka2-budget rates` lists it. */
  figure: string;
  value: number;
  /** For the Source column, when the table has one. */
  source?: string;
}

/** Index of the schema column `header` of the Rates table among `headers`; -1 if absent. */
function columnOf(headers: readonly string[], header: "Figure" | "Value" | "Source"): number {
  const column = tableSpec("Rates").columns.find((entry) => entry.header === header);
  return findColumn(headers, column ?? { header });
}

/**
 * The cells of the new row, one per header: the entry's texts and value in their columns and
 * null in every other column (Excel leaves a null cell as it makes it, e.g. a calculated
 * column's formula). Undefined when the table has no Figure or no Value column.
 */
export function rateRowCells(
  headers: readonly string[],
  entry: RateEntry,
): (string | number | null)[] | undefined {
  const figure = columnOf(headers, "Figure");
  const value = columnOf(headers, "Value");
  if (figure < 0 || value < 0) return undefined;
  const source = columnOf(headers, "Source");
  const cells: (string | number | null)[] = headers.map(() => null);
  cells[figure] = entry.figure;
  cells[value] = entry.value;
  if (source >= 0 && entry.source !== undefined) cells[source] = entry.source;
  return cells;
}
