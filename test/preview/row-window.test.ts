import { rowWindow, scrollToRow, windowMargin } from "../../src/preview/row-window";

describe("the rows a long sheet draws", () => {
  it("are the rows in view and a margin, snapped to steps of the margin", () => {
    // 800 px of 20 px rows at the top: rows 0–39 in view, 20 more below.
    expect(rowWindow(0, 800, 20, 3001)).toEqual({ first: 0, end: 60 });
    // Scrolled to row 50: rows 50–89 in view; the margin reaches back to 30, snapped to 20.
    expect(rowWindow(1000, 800, 20, 3001)).toEqual({ first: 20, end: 120 });
    expect(windowMargin).toBe(20);
  });

  it("stay the same for a small scroll, so nothing is redrawn", () => {
    expect(rowWindow(1010, 800, 20, 3001)).toEqual(rowWindow(1000, 800, 20, 3001));
  });

  it("stop at the sheet's last row, and are none for an empty sheet", () => {
    expect(rowWindow(59_000, 800, 20, 3001)).toEqual({ first: 2920, end: 3001 });
    expect(rowWindow(0, 800, 20, 10)).toEqual({ first: 0, end: 10 });
    expect(rowWindow(0, 800, 20, 0)).toEqual({ first: 0, end: 0 });
  });
});

describe("bringing a selected row into view", () => {
  it("leaves the scroll alone when the row is in view", () => {
    // Row 10 (0-based) sits 20 + 200 px down: in a 800 px view scrolled to the top.
    expect(scrollToRow(10, 0, 800, 20, 20)).toBe(0);
  });

  it("scrolls a row below or above the view to a third of the way down", () => {
    // Row 100 at 2,020 px: 2,020 − 800 / 3 = 1,753.
    expect(scrollToRow(100, 0, 800, 20, 20)).toBe(1753);
    // Row 2 at 60 px while scrolled to 1,000 px: as far up as the sheet goes.
    expect(scrollToRow(2, 1000, 800, 20, 20)).toBe(0);
  });
});
