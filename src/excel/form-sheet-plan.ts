import type { ChartBlock, FormSheet, SheetCell, SheetStyle } from "../domain/form/form-sheet";
import { localAddress, type CellArea } from "../domain/cell-area";
import type { FormChartType } from "./excel-api";
import { WorkbookError } from "./workbook-error";

/** Cells of one style that get the same fonts, fill or border: one range, one set of writes. */
export interface StyledArea {
  style: SheetStyle;
  /** e.g. "A12:F12". */
  address: string;
}

export interface ColumnWidth {
  /** The columns' cells in row 1, e.g. "B1:D1": a width set on them is the columns' width. */
  address: string;
  points: number;
}

export interface FormChart {
  title: string;
  type: FormChartType;
  /** Exactly the chart block: labels in column A, amounts in column B, e.g. "A90:B98". */
  source: string;
  /** Top-left and bottom-right cells of the chart, to the right of the data. */
  start: string;
  end: string;
}

/** Everything the Form summary sheet gets, as Excel ranges: written in one batch. */
export interface FormSheetPlan {
  /** The rectangle the values go into, from A1; "" when the sheet has no cells. */
  address: string;
  values: (string | number)[][];
  /** Written before the values: "@" keeps every text cell text (no formulas, no dates). */
  numberFormats: string[][];
  styled: StyledArea[];
  columnWidths: ColumnWidth[];
  charts: FormChart[];
}

export const amountFormat = "#,##0.00";
export const textFormat = "@";

/** Columns between the data and the charts, and each chart's size in cells. */
const chartGap = 1;
const chartColumns = 8;
const chartRows = 16;

/**
 * Text Excel would read as a formula (= + - @) or whose leading apostrophe it would swallow
 * gets an apostrophe in front, Excel's "this is text" mark; the "@" format alone is not
 * relied on, because whether Excel parses a value written through the API in a Text cell is
 * not documented.
 */
export function asText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/** Characters (as formSheet gives widths) to points: 7 px per character plus 5 px padding. */
export function characterWidthToPoints(characters: number): number {
  return ((characters * 7 + 5) * 3) / 4;
}

const area = (top: number, left: number, bottom = top, right = left): CellArea => ({
  sheet: "",
  top,
  left,
  bottom,
  right,
});

function cellValue(cell: SheetCell | undefined): string | number {
  if (!cell || cell.value === null) return "";
  return typeof cell.value === "number" ? cell.value : asText(cell.value);
}

function numberFormatOf(cell: SheetCell | undefined): string {
  if (!cell || cell.value === null) return "General";
  if (typeof cell.value === "string") return textFormat;
  return cell.style === "amount" || cell.style === "total" ? amountFormat : "General";
}

/** Styles with no font, fill or border of their own; their cells get a number format only. */
const plainStyles: ReadonlySet<SheetStyle> = new Set(["text", "number", "amount"]);

/**
 * Runs of one style along each row, merged down the rows where the same columns carry the
 * same style (a section's header row and total row stay apart; its amount columns do not).
 */
function styledAreas(rows: readonly SheetCell[][]): StyledArea[] {
  const open = new Map<string, CellArea & { style: SheetStyle }>();
  const done: (CellArea & { style: SheetStyle })[] = [];
  rows.forEach((cells, index) => {
    const row = index + 1;
    const runs: (CellArea & { style: SheetStyle })[] = [];
    cells.forEach((cell, column) => {
      if (plainStyles.has(cell.style)) return;
      const last = runs[runs.length - 1];
      if (last && last.style === cell.style && last.right === column) last.right = column + 1;
      else runs.push({ ...area(row, column + 1), style: cell.style });
    });
    const continued = new Set<string>();
    for (const run of runs) {
      const key = `${run.style}:${run.left}:${run.right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) above.bottom = row;
      else {
        if (above) done.push(above);
        open.set(key, run);
      }
      continued.add(key);
    }
    for (const [key, run] of open) {
      if (!continued.has(key)) {
        done.push(run);
        open.delete(key);
      }
    }
  });
  done.push(...open.values());
  return done
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map(({ style, ...rest }) => ({ style, address: localAddress(rest) }));
}

function columnWidths(widths: readonly number[]): ColumnWidth[] {
  const groups: ColumnWidth[] = [];
  let first = 1;
  widths.forEach((width, index) => {
    const column = index + 1;
    if (widths[index + 1] === width) return;
    groups.push({
      address: localAddress(area(1, first, 1, column)),
      points: characterWidthToPoints(width),
    });
    first = column + 1;
  });
  return groups;
}

/** A bar chart for the budget by category (long labels read across), columns otherwise. */
export function chartTypeOf(block: ChartBlock): FormChartType {
  return block.by === "category" ? "BarClustered" : "ColumnClustered";
}

function charts(sheet: FormSheet, width: number): FormChart[] {
  const left = width + chartGap + 1;
  return sheet.charts
    .filter((block) => block.rows > 0)
    .map((block, index) => {
      const top = 2 + index * (chartRows + 2);
      return {
        title: block.title,
        type: chartTypeOf(block),
        source: localAddress(area(block.firstRow + 1, 1, block.firstRow + block.rows, 2)),
        start: localAddress(area(top, left)),
        end: localAddress(area(top + chartRows - 1, left + chartColumns - 1)),
      };
    });
}

/** The Form summary sheet as Excel writes: values, number formats, styles, widths, charts. */
export function planFormSheet(sheet: FormSheet): FormSheetPlan {
  const height = sheet.rows.length;
  const width = Math.max(sheet.columnWidths.length, ...sheet.rows.map((row) => row.length), 0);
  const grid = <T>(of: (cell: SheetCell | undefined) => T): T[][] =>
    sheet.rows.map((row) => Array.from({ length: width }, (_, column) => of(row[column])));
  return {
    address: height > 0 && width > 0 ? localAddress(area(1, 1, height, width)) : "",
    values: grid(cellValue),
    numberFormats: grid(numberFormatOf),
    styled: styledAreas(sheet.rows),
    columnWidths: columnWidths(sheet.columnWidths),
    charts: charts(sheet, width),
  };
}

/**
 * The name the new sheet is written under before it takes the Form summary's name: the old
 * sheet is deleted only once the new one is complete, and a failed write leaves a sheet
 * plainly named as unfinished rather than a half-written "Form summary".
 */
export function workingSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((other) => other.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = ` (new${n === 1 ? "" : ` ${n}`})`;
    // Excel's limit for a sheet name is 31 characters.
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** The sheet to replace holds tables: it is the user's, not an earlier export. */
export function formSheetHoldsTables(sheet: string, tables: readonly string[]): WorkbookError {
  const list = tables.join(", ");
  return new WorkbookError(
    "protected",
    `The sheet "${sheet}" holds the table${tables.length === 1 ? "" : "s"} ${list}, so the add-in will not replace it. Rename that sheet, then export again.`,
    undefined,
    undefined,
    { key: "sheetHoldsTables", params: { sheet, tables: list, count: tables.length } },
  );
}
