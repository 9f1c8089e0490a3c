import { cellAddress, columnLetters } from "./workbook";

/** A rectangle of cells on one sheet: 1-based rows and columns, inclusive. */
export interface CellArea {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "G4" or "A3:F3", without the sheet: what Worksheet.getRange and getRanges take. */
export function localAddress(area: CellArea): string {
  const first = `${columnLetters(area.left)}${area.top}`;
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${columnLetters(area.right)}${area.bottom}`;
}

/** "Partners!G4" or "'Other costs'!A3:F3": the address a user reads and types. */
export function areaAddress(area: CellArea): string {
  const first = cellAddress(area.sheet, area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${columnLetters(area.right)}${area.bottom}`;
}

export function cellCount(area: CellArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}
