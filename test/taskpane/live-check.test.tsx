/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { liveCheckDelayMs } from "../../src/taskpane/state/use-live-check";
import { budgetWithTypo, renderPane } from "./render-pane";

describe("check as I type", () => {
  beforeEach(() => {
    // Only the timers are fake; promises and React's scheduling run as usual.
    jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask", "setImmediate"] });
  });
  afterEach(() => jest.useRealTimers());

  async function advance(ms: number) {
    await act(async () => {
      jest.advanceTimersByTime(ms);
    });
  }

  it("re-reads and checks once, 800 ms after the last change of a burst", async () => {
    expect(liveCheckDelayMs).toBe(800);
    const port = budgetWithTypo();
    const reads = jest.spyOn(port, "readBudget");
    renderPane(port);
    await screen.findByText(/Press Check/);

    fireEvent.click(screen.getByRole("switch", { name: "Check as I type" }));
    expect(await screen.findByText("The budget breaks 1 rule.")).toBeTruthy();
    const before = reads.mock.calls.length;

    // A burst of edits, each within the delay of the one before: one check at the end.
    await act(async () => port.setCell("Partners", 2, "Country", "Spa"));
    await advance(500);
    await act(async () => port.setCell("Partners", 2, "Country", "Spai"));
    await advance(500);
    await act(async () => port.setCell("Partners", 2, "Country", "Spain"));
    await advance(liveCheckDelayMs - 1);
    expect(reads.mock.calls.length).toBe(before);
    await advance(1);
    expect(await screen.findByText("No rule errors.")).toBeTruthy();
    expect(reads.mock.calls.length).toBe(before + 1);
    await act(async () => undefined); // let the highlights of that check settle
  });

  it("stops listening when switched off", async () => {
    const port = budgetWithTypo();
    const reads = jest.spyOn(port, "readBudget");
    renderPane(port);
    await screen.findByText(/Press Check/);
    const live = screen.getByRole("switch", { name: "Check as I type" });
    fireEvent.click(live);
    await screen.findByText("The budget breaks 1 rule.");
    fireEvent.click(live);
    await act(async () => undefined);
    const before = reads.mock.calls.length;

    await act(async () => port.setCell("Partners", 2, "Country", "Spain"));
    await advance(liveCheckDelayMs * 3);
    expect(reads.mock.calls.length).toBe(before);
    expect(screen.getByText("The budget breaks 1 rule.")).toBeTruthy();
  });

  it("is not offered by an Excel that cannot report changes", async () => {
    const port = new InMemoryWorkbook(budgetWithTypo().snapshot(), {
      capabilities: { changeEvents: false },
    });
    renderPane(port);
    // The pane reads the workbook as it opens: the test ends only after that read has landed.
    await screen.findByText(/Press Check to find/);
    expect(screen.getByText(/cannot report table changes/)).toBeTruthy();
    expect(screen.queryByRole("switch")).toBeNull();
  });
});
