/** A rectangle of worksheet cells, 1-based and inclusive, as in "B3:H12". */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's sheet size: rows 1 to 1,048,576, columns A to XFD (16,384). */
const excelLimits = { rows: 1_048_576, columns: 16_384 } as const;

/** The 1-based column number of column letters: "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

type Parsed<T> = { value: T } | { problem: string };

function parseCell(address: string): Parsed<{ row: number; column: number }> {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return { problem: `"${address.slice(0, 20)}" is not a cell address` };
  const column = columnNumber(match[1] ?? "");
  const row = Number(match[2]);
  if (row < 1 || row > excelLimits.rows) {
    return { problem: `row ${row} is outside Excel's rows 1 to 1,048,576` };
  }
  if (column > excelLimits.columns) {
    return { problem: `column ${match[1]} is beyond Excel's last column XFD` };
  }
  return { value: { row, column } };
}

/**
 * Parses "B3:H12" (or a single cell "B3") within Excel's sheet size; a problem in words for
 * anything else (a sheet name before the range, row 0, a column past XFD).
 */
export function readRange(reference: string): Parsed<CellRange> {
  if (reference.includes("!"))
    return { problem: "its range names a sheet, which a table's may not" };
  const parts = reference.split(":");
  if (parts.length > 2) return { problem: "its range is not of the form A1:F20" };
  const start = parseCell(parts[0] ?? "");
  if ("problem" in start) return start;
  const end = parseCell(parts[1] ?? parts[0] ?? "");
  if ("problem" in end) return end;
  const [a, b] = [start.value, end.value];
  return {
    value: {
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    },
  };
}
