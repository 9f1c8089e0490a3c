import type { CellArea } from "./cell-area";
import { locateFinding } from "./finding-location";
import type { Finding } from "./findings";
import { isCellError, sheetColumnOf, type RawWorkbook } from "./workbook";

/**
 * Excel shows #BUSY! while a function still works on a cell's result (KA2.DISTANCE waiting
 * for the places list). Such a cell is pending, not wrong: a check that read one is redone
 * once Excel has finished calculating, and meanwhile nothing is said about the cell.
 */
export const pendingError = "#BUSY!";

const cellKey = (sheet: string, row: number, column: number) =>
  `${sheet.toLowerCase()}!${row},${column}`;

/** The worksheet cells of the workbook's tables that show #BUSY!, as "sheet!row,column" keys. */
export function pendingCells(workbook: RawWorkbook): Set<string> {
  const cells = new Set<string>();
  for (const table of workbook.tables) {
    table.rows.forEach((row, index) => {
      row.forEach((value, column) => {
        if (value !== null && isCellError(value) && value.error === pendingError) {
          cells.add(
            cellKey(table.sheet, table.headerRow + 1 + index, sheetColumnOf(table, column)),
          );
        }
      });
    });
  }
  return cells;
}

function isSingleCell(area: CellArea): boolean {
  return area.top === area.bottom && area.left === area.right;
}

/** The findings that do not point at a pending cell: none may call a #BUSY! cell wrong. */
export function withoutPendingFindings(
  findings: readonly Finding[],
  workbook: RawWorkbook,
  pending: ReadonlySet<string> = pendingCells(workbook),
): Finding[] {
  if (pending.size === 0) return [...findings];
  return findings.filter((finding) => {
    const location = locateFinding(finding, workbook);
    return !(
      location &&
      isSingleCell(location) &&
      pending.has(cellKey(location.sheet, location.top, location.left))
    );
  });
}
