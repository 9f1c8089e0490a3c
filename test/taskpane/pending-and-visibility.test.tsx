/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { PaneVisibility } from "../../src/excel/pane-visibility";
import { App } from "../../src/taskpane/App";
import { PaneVisibilityContext } from "../../src/taskpane/state/pane-visibility-context";
import { pendingRecheckMs } from "../../src/taskpane/state/when-calculated";
import { budgetWithTypo, cleanBudget, renderPane } from "./render-pane";

/** A pane visibility a test switches by hand. */
function switchable(initially: boolean) {
  let visible = initially;
  const listeners = new Set<(visible: boolean) => void>();
  const visibility: PaneVisibility = {
    visible: () => visible,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const show = (next: boolean) => {
    visible = next;
    for (const listener of listeners) listener(next);
  };
  return { visibility, show };
}

describe("the pane in a shared runtime", () => {
  it("reads nothing while its page is loaded with the pane hidden, and reads once shown", async () => {
    const port = budgetWithTypo();
    const reads = jest.spyOn(port, "readBudget");
    const { visibility, show } = switchable(false);
    render(
      <FluentProvider theme={webLightTheme}>
        <PaneVisibilityContext.Provider value={visibility}>
          <App port={port} language="en" />
        </PaneVisibilityContext.Provider>
      </FluentProvider>,
    );
    await act(async () => undefined);
    expect(reads).not.toHaveBeenCalled();
    await act(async () => show(true));
    expect(await screen.findByText(/Press Check/)).toBeTruthy();
    expect(reads).toHaveBeenCalledTimes(1);
  });
});

describe("a budget that shows #BUSY!", () => {
  afterEach(() => jest.useRealTimers());

  it("says nothing about a #BUSY! cell and checks again when Excel has finished calculating", async () => {
    const port = cleanBudget();
    // The Meetings amount is still being calculated.
    port.setCell("Meetings", 1, "Amount", { error: "#BUSY!" });
    const checks = jest.spyOn(port, "checkAndHighlight");
    renderPane(port);
    await screen.findByText(/Press Check/);
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("No rule errors.")).toBeTruthy();
    expect(screen.queryByText(/#BUSY!/)).toBeNull();
    expect(checks).toHaveBeenCalledTimes(1);

    // Excel finishes: the cell gets a wrong amount, and the pane checks again on its own.
    await act(async () => {
      port.setCell("Meetings", 1, "Amount", 1);
      port.finishCalculation();
    });
    expect(await screen.findByText(/Meetings row 1, Amount/)).toBeTruthy();
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it("looks again after a short wait where Excel cannot report calculations", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask", "setImmediate"] });
    const port = cleanBudget();
    port.onCalculated = () => Promise.reject(new Error("unsupported"));
    port.setCell("Meetings", 1, "Amount", { error: "#BUSY!" });
    const reads = jest.spyOn(port, "readBudget");
    renderPane(port);
    await screen.findByText(/Press Check/);
    expect(reads).toHaveBeenCalledTimes(1);
    await act(async () => port.setCell("Meetings", 1, "Amount", 1));
    await act(async () => {
      jest.advanceTimersByTime(pendingRecheckMs);
    });
    await act(async () => undefined);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
