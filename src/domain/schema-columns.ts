import { tableSchema, type ColumnSpec, type TableSpec } from "./table-schema";
import { headerKey } from "./workbook";

/*
 * How a workbook's table and header names find the schema's, the same for the checker, the
 * finding locator, the Rates row writer and the Office reader: a name matches when it spells
 * the schema's name (or, for a column, one of its aliases) with case, spaces, "_" and "-"
 * ignored, so "Distance km", "distance_km" and "Attālums" all find DistanceKm.
 */

/** The header keys (see headerKey) that name a column: its header's and its aliases'. */
export function columnKeys(column: Pick<ColumnSpec, "header" | "aliases">): string[] {
  return [column.header, ...(column.aliases ?? [])].map(headerKey);
}

/** The index of the first of `headers` that names the column; -1 when none does. */
export function findColumn(
  headers: readonly string[],
  column: Pick<ColumnSpec, "header" | "aliases">,
): number {
  const keys = columnKeys(column);
  // A reader may hand over a blank header cell as null despite the type.
  return headers.findIndex((text) => keys.includes(headerKey(String(text ?? ""))));
}

/** The schema table a workbook's table name stands for; undefined for any other table. */
export function schemaTableNamed(name: string): TableSpec | undefined {
  const key = headerKey(name);
  return tableSchema.find((spec) => headerKey(spec.name) === key);
}

/** The schema column of a table that `header` spells (not its aliases); undefined if none. */
export function schemaColumnNamed(table: TableSpec, header: string): ColumnSpec | undefined {
  const key = headerKey(header);
  return table.columns.find((column) => headerKey(column.header) === key);
}
