import { headerKey } from "../domain/workbook";
import type { SetUpResult } from "./workbook-port";
import type { TemplateTable, WorkbookTemplate } from "./workbook-template";

export interface SetUpPlan {
  /** Tables to create, in schema order. */
  create: TemplateTable[];
  skipped: SetUpResult["skipped"];
  conflicts: SetUpResult["conflicts"];
}

/**
 * Which template tables to create: a table the workbook has (named as the checker matches
 * names) is skipped; a missing table whose sheet name is taken is a conflict, because the
 * add-in never writes into a sheet it did not create.
 */
export function planSetUp(
  template: WorkbookTemplate,
  tableNames: readonly string[],
  sheetNames: readonly string[],
): SetUpPlan {
  const plan: SetUpPlan = { create: [], skipped: [], conflicts: [] };
  for (const table of template.tables) {
    if (tableNames.some((name) => headerKey(name) === headerKey(table.name))) {
      plan.skipped.push(table.name);
    } else if (sheetNames.some((name) => name.toLowerCase() === table.sheet.toLowerCase())) {
      plan.conflicts.push({
        table: table.name,
        sheet: table.sheet,
        message: `The workbook already has a sheet named "${table.sheet}" without a ${table.name} table, so the ${table.name} table was not added. Rename or remove that sheet, or add the table to it yourself, then set up again.`,
      });
    } else plan.create.push(table);
  }
  return plan;
}
