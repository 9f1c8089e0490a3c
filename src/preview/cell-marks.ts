import type { Severity } from "../domain/findings";
import type { RecordedHighlight } from "../excel/in-memory-workbook";
import type { CellArea } from "../domain/cell-area";

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function covers(area: CellArea, sheet: string, row: number, column: number): boolean {
  return (
    area.sheet.toLowerCase() === sheet.toLowerCase() &&
    row >= area.top &&
    row <= area.bottom &&
    column >= area.left &&
    column <= area.right
  );
}

/**
 * The most severe highlight of each cell of one sheet, as Excel would paint it (our rules stop
 * at the first), keyed by `cellKey(row, column)`.
 */
export type HighlightIndex = ReadonlyMap<string, Severity>;

export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/**
 * The highlights of `sheet` by cell, built once per redraw of the highlights: looking a cell up
 * is then one map read, not a scan of every highlight (thousands with thousands of findings).
 */
export function indexHighlights(
  highlights: readonly RecordedHighlight[],
  sheet: string,
): HighlightIndex {
  const index = new Map<string, Severity>();
  const name = sheet.toLowerCase();
  for (const { area, severity } of highlights) {
    if (area.sheet.toLowerCase() !== name) continue;
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) {
        const key = cellKey(row, column);
        const found = index.get(key);
        if (found === undefined || rank[severity] < rank[found]) index.set(key, severity);
      }
    }
  }
  return index;
}

/**
 * The columns of `row` that `selection` covers on `sheet`, as "left:right", or "" when it
 * covers none: a plain value, so a row whose part of the selection is unchanged is not redrawn.
 */
export function selectedColumns(
  selection: CellArea | undefined,
  sheet: string,
  row: number,
): string {
  if (!selection || !covers(selection, sheet, row, selection.left)) return "";
  return `${selection.left}:${selection.right}`;
}
