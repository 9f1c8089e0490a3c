/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { manyFindingsWorkbook } from "../../src/preview/many-findings";
import { findingsFirstDraw, findingsPageSize } from "../../src/taskpane/state/finding-groups";
import { renderPane } from "./render-pane";

/** The finding buttons in the list (their names start "Error: Meetings!…" and so on). */
const findingButtons = () => screen.queryAllByRole("button", { name: /^\w+: \w+!\w+\d / });

describe("a long findings list draws a screenful first", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function checked() {
    // 300 meetings with typed-over amounts: about 300 errors.
    renderPane(new InMemoryWorkbook(manyFindingsWorkbook(300)));
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    await screen.findByText(/^The budget has [\d,]+ errors\.$/);
  }

  it("draws the screenful, then the rest of the page once painted", async () => {
    await checked();
    expect(findingButtons()).toHaveLength(findingsFirstDraw);
    // The caption counts the whole page from the start.
    expect(screen.getByText(new RegExp(`^Showing ${findingsPageSize} of `))).toBeTruthy();
    await act(async () => {
      jest.runOnlyPendingTimers(); // the frame …
      jest.runOnlyPendingTimers(); // … and the task after it
    });
    expect(findingButtons()).toHaveLength(findingsPageSize);
  });

  it("still draws the whole page when a filter changes as the rest is being drawn", async () => {
    await checked();
    const warnings = screen.getByRole("button", { name: /^Warnings \(\d+\)$/ });
    // The late "whole" of the first draw and the filter's change land in one batch: the list
    // must not stay at its screenful.
    await act(async () => {
      jest.runOnlyPendingTimers();
      jest.runOnlyPendingTimers();
      fireEvent.click(warnings);
    });
    await act(async () => {
      jest.runOnlyPendingTimers();
      jest.runOnlyPendingTimers();
    });
    expect(findingButtons()).toHaveLength(findingsPageSize);
    fireEvent.click(screen.getByRole("button", { name: /^Show \d+ more/ }));
    expect(findingButtons()).toHaveLength(2 * findingsPageSize);
  });
});
