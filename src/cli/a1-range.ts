/** A rectangle of worksheet cells, 1-based and inclusive, as in "B3:H12". */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The 1-based column number of column letters: "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

function parseCell(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return undefined;
  return { column: columnNumber(match[1] ?? ""), row: Number(match[2]) };
}

/** Parses "B3:H12" (or a single cell "B3"); undefined for anything else. */
export function parseRange(reference: string): CellRange | undefined {
  const parts = reference.split(":");
  if (parts.length > 2) return undefined;
  const start = parseCell(parts[0] ?? "");
  const end = parseCell(parts[1] ?? parts[0] ?? "");
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
