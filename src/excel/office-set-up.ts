import { localAddress } from "../domain/cell-area";
import type { ExcelContext, RangeApi, WorksheetApi } from "./excel-api";
import { planSetUp } from "./set-up-plan";
import {
  listsSheetName,
  type Dropdown,
  type TemplateTable,
  type WorkbookTemplate,
} from "./workbook-template";
import type { SetUpResult } from "./workbook-port";
import { syncWithEventsOff } from "./events-switch";

function hasSheet(names: readonly string[], sheet: string): boolean {
  return names.some((name) => name.toLowerCase() === sheet.toLowerCase());
}

function applyDropdown(range: RangeApi, dropdown: Dropdown): void {
  range.dataValidation.rule = { list: { inCellDropDown: true, source: dropdown.source } };
  range.dataValidation.prompt = { showPrompt: true, ...dropdown.prompt };
  range.dataValidation.errorAlert = { showAlert: true, style: "Warning", ...dropdown.alert };
}

function area(rows: number, columns: number, top = 1) {
  return { sheet: "", top, left: 1, bottom: top + rows - 1, right: columns };
}

/** Writes one table on a new sheet: headers, rows, formulas, formats, dropdowns. No sync. */
function writeTable(sheet: WorksheetApi, table: TemplateTable): void {
  const width = table.columns.length;
  const height = table.rows.length;
  const whole = sheet.getRange(localAddress(area(height + 1, width)));
  whole.values = [
    table.columns.map((column) => column.header),
    ...table.rows.map((row) => row.map((cell) => cell ?? "")),
  ];
  const created = sheet.tables.add(localAddress(area(height + 1, width)), true);
  created.name = table.name;
  created.style = "TableStyleMedium2";
  for (const column of table.columns) {
    if (!column.formula && !column.numberFormat && !column.dropdown) continue;
    const body = created.columns.getItem(column.header).getDataBodyRange();
    // A formula in every cell of a table column makes it a calculated column that Excel
    // copies into each row the user adds.
    if (column.formula) body.formulas = table.rows.map(() => [column.formula]);
    if (column.numberFormat) body.numberFormat = table.rows.map(() => [column.numberFormat]);
    if (column.dropdown) applyDropdown(body, column.dropdown);
  }
  for (const { row, column, dropdown } of table.cellDropdowns) {
    const cell = { sheet: "", top: row + 2, bottom: row + 2, left: column + 1, right: column + 1 };
    applyDropdown(sheet.getRange(localAddress(cell)), dropdown);
  }
  whole.format.autofitColumns();
}

function writeLists(sheet: WorksheetApi, template: WorkbookTemplate): void {
  const height = Math.max(...template.lists.map((list) => list.words.length)) + 1;
  sheet.getRange(localAddress(area(height, template.lists.length))).values = Array.from(
    { length: height },
    (_, row) =>
      template.lists.map((list) => (row === 0 ? list.header : (list.words[row - 1] ?? ""))),
  );
  sheet.visibility = "Hidden";
}

/**
 * Creates the template's tables that the workbook lacks (set-up-plan.ts): one sync to see
 * which tables and sheets exist, one to write. Skipped tables and conflicting sheets are
 * not touched. The lists sheet is
 * added when a new table needs it and it is missing; an existing one is taken as the
 * add-in's own from an earlier set-up and left as it is.
 */
export async function setUpTables(
  context: ExcelContext,
  template: WorkbookTemplate,
  toggleEvents: boolean,
): Promise<SetUpResult> {
  const tables = context.workbook.tables;
  const worksheets = context.workbook.worksheets;
  tables.load("items/name");
  worksheets.load("items/name");
  await context.sync();

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const plan = planSetUp(
    template,
    tables.items.map((table) => table.name),
    sheetNames,
  );
  const result: SetUpResult = { created: [], skipped: plan.skipped, conflicts: plan.conflicts };
  if (plan.create.length === 0) return result;

  if (toggleEvents) context.runtime.enableEvents = false;
  const needsLists = plan.create.some((table) =>
    table.columns.some((column) => column.dropdown?.source.includes(listsSheetName)),
  );
  if (needsLists && template.lists.length > 0 && !hasSheet(sheetNames, listsSheetName)) {
    writeLists(worksheets.add(listsSheetName), template);
  }
  for (const table of plan.create) {
    writeTable(worksheets.add(table.sheet), table);
    result.created.push(table.name);
  }
  await syncWithEventsOff(context, toggleEvents);
  return result;
}
