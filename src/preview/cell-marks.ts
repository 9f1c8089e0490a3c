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

/** The most severe highlight on a cell, as Excel would paint it (our rules stop at the first). */
export function highlightAt(
  highlights: readonly RecordedHighlight[],
  sheet: string,
  row: number,
  column: number,
): Severity | undefined {
  let found: Severity | undefined;
  for (const highlight of highlights) {
    if (!covers(highlight.area, sheet, row, column)) continue;
    if (found === undefined || rank[highlight.severity] < rank[found]) found = highlight.severity;
  }
  return found;
}

export function isSelected(
  selection: CellArea | undefined,
  sheet: string,
  row: number,
  column: number,
): boolean {
  return selection !== undefined && covers(selection, sheet, row, column);
}
