/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { budgetWithTypo, cleanBudget, renderPane } from "./render-pane";

describe("the task pane", () => {
  it("shows the project when it opens, and checks nothing until asked", async () => {
    const port = budgetWithTypo();
    renderPane(port);
    expect(await screen.findByText(/Press Check to find/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Digital skills for rural schools" })).toBeTruthy();
    expect(screen.getByText(/Strategic Partnership \(SP\) · 24 months · 2014 rules/)).toBeTruthy();
    expect(screen.getByText(/^4 organisations · Latvia, Germany, Finland$/)).toBeTruthy();
    expect(port.highlights).toEqual([]);
    expect(screen.queryByRole("tab")).toBeNull();
  });

  it("checks: the verdict, findings with their cells, highlights in the sheet", async () => {
    const port = budgetWithTypo();
    renderPane(port);
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    expect(await screen.findByText("The budget has 1 error.")).toBeTruthy();
    const finding = screen.getByRole("button", { name: /^Error: Partners!C3 .*"Spainn"/ });
    expect(finding.tagName).toBe("BUTTON"); // a native button: Enter and Space work
    expect(screen.getByRole("tab", { name: "Findings (1)" })).toBeTruthy();
    expect(port.highlights.map((h) => [h.address, h.severity])).toContainEqual([
      "Partners!C3",
      "error",
    ]);
  });

  it("selects a finding's cell in the sheet when the finding is clicked", async () => {
    const port = budgetWithTypo();
    const select = jest.spyOn(port, "selectCell");
    renderPane(port);
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    const finding = await screen.findByRole("button", { name: /^\w+: Partners!C3 / });
    fireEvent.click(finding);
    await screen.findByRole("button", { name: /^\w+: Partners!C3 /, current: true });
    expect(select).toHaveBeenCalledTimes(1);
    expect(select.mock.calls[0]?.[0]).toMatchObject({
      table: "Partners",
      row: 2,
      column: "Country",
    });
    expect(port.selection?.address).toBe("Partners!C3");
  });

  it("clears the highlights and keeps the findings", async () => {
    const port = budgetWithTypo();
    renderPane(port);
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    await screen.findByText("The budget has 1 error.");
    expect(port.highlights.length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    expect(await screen.findByText(/Highlights cleared/)).toBeTruthy();
    expect(port.highlights).toEqual([]);
    expect(screen.getByRole("button", { name: /^\w+: Partners!C3 / })).toBeTruthy();
  });

  it("says so when the budget breaks no rule, and shows its totals against the caps", async () => {
    renderPane(cleanBudget());
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    expect(await screen.findByText("No rule errors.")).toBeTruthy();
    expect(screen.getByText("No findings: every figure matches the rulebook.")).toBeTruthy();

    // 48,890 EUR worked out by hand in test/support/raw-workbook.ts; 24 months of SP: 300,000.
    fireEvent.click(screen.getByRole("tab", { name: "Totals" }));
    const grand = screen.getByRole("region", { name: "Total grant" });
    expect(within(grand).getByText("€48,890")).toBeTruthy();
    expect(within(grand).getByText("€48,890 of €300,000")).toBeTruthy();
    const management = screen.getByRole("progressbar", {
      name: "Project management and implementation",
    });
    // 12,000 + 3 × 6,000 of 2,750 × 24 months.
    expect(management.getAttribute("aria-valuetext")).toBe("€30,000 of €66,000");
    expect(screen.getByRole("progressbar", { name: "Project year 1" })).toBeTruthy();
  });

  it("shows how far reading a large workbook has come", async () => {
    const port = budgetWithTypo();
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    jest.spyOn(port, "readBudget").mockImplementation(async (onProgress) => {
      onProgress?.({ phase: "finding-tables", rowsRead: 0, rowsTotal: 0 });
      onProgress?.({ phase: "reading-rows", rowsRead: 5000, rowsTotal: 12000 });
      await gate;
      return port.snapshot();
    });
    renderPane(port);
    const bar = await screen.findByRole("progressbar", { name: "Reading the workbook" });
    expect(bar.getAttribute("aria-valuetext")).toBe("Reading rows: 5,000 of 12,000");
    expect(screen.getByText("Reading rows: 5,000 of 12,000")).toBeTruthy();
    finish();
    expect(await screen.findByText(/Press Check/)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("re-reads the workbook on every check: edits since the last check count", async () => {
    const port = budgetWithTypo();
    renderPane(port);
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    await screen.findByText("The budget has 1 error.");
    port.setCell("Partners", 2, "Country", "Spain");
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByText("No rule errors.")).toBeTruthy();
  });
});
