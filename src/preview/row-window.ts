/**
 * Which rows of a long grid to draw: the rows in view and a margin around them, so a sheet of
 * thousands of rows costs no more to draw (or redraw on a selection) than a screenful.
 */
export interface RowWindow {
  /** Index of the first row drawn (0-based, into the grid's rows). */
  first: number;
  /** Index one past the last row drawn. */
  end: number;
}

/** Rows drawn beyond each edge of the view; the window moves in steps of this many rows. */
export const windowMargin = 20;

/**
 * The window for a view scrolled `scrollTop` pixels down, `viewHeight` high, over `rowCount`
 * rows of `rowHeight` pixels. Its edges snap to multiples of `windowMargin`, so scrolling
 * a little keeps the same window (and redraws nothing).
 */
export function rowWindow(
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  rowCount: number,
): RowWindow {
  const height = Math.max(rowHeight, 1);
  const topRow = Math.max(0, Math.floor(scrollTop / height));
  const bottomRow = Math.ceil((Math.max(scrollTop, 0) + Math.max(viewHeight, 0)) / height);
  const first = Math.max(0, Math.floor((topRow - windowMargin) / windowMargin) * windowMargin);
  const end = Math.min(
    rowCount,
    Math.ceil((bottomRow + windowMargin) / windowMargin) * windowMargin,
  );
  return { first: Math.min(first, Math.max(rowCount - 1, 0)), end: Math.max(end, 0) };
}

/**
 * Where to scroll so row `index` is in view: `scrollTop` unchanged when it already is,
 * else the row a third of the way down the view, as Excel brings a selection into view.
 */
export function scrollToRow(
  index: number,
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  /** Pixels at the top the sticky column headings cover. */
  headingHeight: number,
): number {
  const rowTop = headingHeight + index * rowHeight;
  const inView =
    rowTop >= scrollTop + headingHeight && rowTop + rowHeight <= scrollTop + viewHeight;
  if (inView) return scrollTop;
  return Math.max(0, Math.round(rowTop - viewHeight / 3));
}
