import type { FormSheet, SheetStyle } from "../domain/form/form-sheet";
import type { ExcelContext, RangeApi, WorksheetApi } from "./excel-api";
import {
  formSheetHoldsTables,
  planFormSheet,
  workingSheetName,
  type FormSheetPlan,
} from "./form-sheet-plan";
import type { WriteFormSheetResult } from "./workbook-port";
import { syncWithEventsOff } from "./events-switch";

export interface FormSheetFeatures {
  /** ExcelApi 1.8: runtime.enableEvents, so the write does not raise change events. */
  toggleEvents: boolean;
}

interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  borderTop?: true;
}

/** The same looks as the command line's sheet (src/cli/form-sheet-xlsx.ts). */
const looks: Partial<Record<SheetStyle, Look>> = {
  title: { bold: true, size: 14 },
  section: { bold: true, size: 12, color: "#1F4E79" },
  header: { bold: true, fill: "#DDEBF7" },
  total: { bold: true, borderTop: true },
  warning: { bold: true, color: "#C00000" },
  note: { italic: true },
};

function applyLook(range: RangeApi, look: Look): void {
  const { font } = range.format;
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size !== undefined) font.size = look.size;
  if (look.color !== undefined) font.color = look.color;
  if (look.fill !== undefined) range.format.fill.color = look.fill;
  if (look.borderTop) range.format.borders.getItem("EdgeTop").style = "Continuous";
}

/** Queues the whole sheet: formats before values, so text cells take the text as typed. */
function writeSheet(sheet: WorksheetApi, plan: FormSheetPlan): void {
  if (plan.address !== "") {
    const cells = sheet.getRange(plan.address);
    cells.numberFormat = plan.numberFormats;
    cells.values = plan.values;
  }
  for (const { style, address } of plan.styled) {
    const look = looks[style];
    if (look) applyLook(sheet.getRange(address), look);
  }
  for (const { address, points } of plan.columnWidths) {
    sheet.getRange(address).format.columnWidth = points;
  }
  for (const chart of plan.charts) {
    const added = sheet.charts.add(chart.type, sheet.getRange(chart.source), "Columns");
    added.title.text = chart.title;
    // One series: a legend would only say "Series1".
    added.legend.visible = false;
    added.setPosition(chart.start, chart.end);
  }
}

/**
 * Writes the Form summary sheet in at most two syncs: one to see which sheets exist and
 * which sheets hold tables, one to write. The new sheet is written complete under a working
 * name, then the old Form summary sheet (and no other) is deleted and the new one takes its
 * name and is activated. With `replace` false an existing sheet is left alone.
 */
export async function writeFormSheet(
  context: ExcelContext,
  sheet: FormSheet,
  replace: boolean,
  features: FormSheetFeatures,
): Promise<WriteFormSheetResult> {
  const worksheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  worksheets.load("items/name");
  tables.load("items/name, items/worksheet/name");
  await context.sync();

  // Sheet names are case-insensitive in Excel.
  const isFormSheet = (name: string) => name.toLowerCase() === sheet.name.toLowerCase();
  const existing = worksheets.items.find((item) => isFormSheet(item.name));
  if (existing) {
    const held = tables.items
      .filter((table) => isFormSheet(table.worksheet.name))
      .map((table) => table.name);
    if (held.length > 0) throw formSheetHoldsTables(existing.name, held);
    if (!replace) return { written: false, existed: true };
  }

  const plan = planFormSheet(sheet);
  const working = workingSheetName(
    sheet.name,
    worksheets.items.map((item) => item.name),
  );
  if (features.toggleEvents) context.runtime.enableEvents = false;
  const created = worksheets.add(working);
  writeSheet(created, plan);
  existing?.delete();
  created.name = sheet.name;
  created.activate();
  await syncWithEventsOff(context, features.toggleEvents);
  return { written: true, existed: existing !== undefined };
}
