/**
 * How to split table bodies into requests. Excel on the web refuses a request or response
 * over 5 MB, and reading more than 5,000,000 cells at once can silently return null; a
 * budget table's cell costs about 20 bytes with its value type. So bodies are read in row
 * chunks of at most `cellsPerChunk` cells, and chunks are packed into syncs of at most
 * `cellsPerSync` cells: a normal budget (tens of thousands of cells) is one sync, whatever
 * its shape; only a budget past `cellsPerSync` cells needs more.
 */
export interface ReadLimits {
  cellsPerChunk: number;
  cellsPerSync: number;
  /**
   * The first request asks for at most this many rows and columns of a table whose size is
   * not known yet (its size comes in the same request): a budget table fits, and a table of a
   * million rows or 16,384 columns costs no more than this window.
   */
  firstRows: number;
  firstColumns: number;
  /**
   * Rows of one table read at most. Past it the first `maxRows` are checked and the checker
   * says the table is too large (input.table-too-large), so Excel never has to send more.
   */
  maxRows: number;
}

/**
 * ~2 MB per sync at ~20 bytes a cell, well under the 5 MB cap even with long texts. The first
 * window (10,000 rows of 16 columns) takes a 10,000-line table in one request; 100,000 rows
 * of a budget table's dozen columns are about a dozen requests.
 */
export const defaultReadLimits: ReadLimits = {
  cellsPerChunk: 25_000,
  cellsPerSync: 100_000,
  firstRows: 10_000,
  firstColumns: 16,
  maxRows: 100_000,
};

export interface BodySize {
  rows: number;
  columns: number;
}

/** A table body as the last read found it: its size and where it starts (0-based). */
export interface KnownBody extends BodySize {
  rowIndex: number;
  columnIndex: number;
}

/** Excel's grid: 1,048,576 rows and 16,384 columns (XFD). */
export const gridRows = 1_048_576;
export const gridColumns = 16_384;

/** Rows `start` (0-based) to `start + rows - 1` of table number `table`. */
export interface Chunk {
  table: number;
  start: number;
  rows: number;
}

/** The chunks of every body, grouped into syncs. A table with no rows or columns has none. */
export function planReads(
  bodies: readonly BodySize[],
  limits: Pick<ReadLimits, "cellsPerChunk" | "cellsPerSync">,
): Chunk[][] {
  const syncs: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  bodies.forEach((body, table) => {
    if (body.rows <= 0 || body.columns <= 0) return;
    const rowsPerChunk = Math.max(1, Math.floor(limits.cellsPerChunk / body.columns));
    for (let start = 0; start < body.rows; start += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, body.rows - start);
      const size = rows * body.columns;
      if (current.length > 0 && cells + size > limits.cellsPerSync) {
        syncs.push(current);
        current = [];
        cells = 0;
      }
      current.push({ table, start, rows });
      cells += size;
    }
  });
  if (current.length > 0) syncs.push(current);
  return syncs;
}
