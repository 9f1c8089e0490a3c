import { finding } from "../findings";
import type { FindingText } from "../finding-text";
import type { CheckContext } from "../model";
import { TableRows } from "../parse/table-rows";
import { tableSpec, type TableName } from "../table-schema";

/**
 * Opens an optional line table. An absent table means nothing of that kind is budgeted;
 * that is worth an info line only when the action funds the category.
 */
export function openLineTable(
  context: CheckContext,
  name: TableName,
  funded: boolean,
  absent: FindingText,
): TableRows {
  const rows = new TableRows(context.workbook, tableSpec(name), context.findings);
  if (rows.missing && funded) {
    context.findings.push(finding("info", absent, { table: name }));
  }
  return rows;
}
