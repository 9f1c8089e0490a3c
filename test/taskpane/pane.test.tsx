/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { budgetWithTypo, renderPane } from "./render-pane";

describe("the task pane", () => {
  it("checks the budget: findings with their cells, highlights in the sheet, totals", async () => {
    const port = budgetWithTypo();
    renderPane(port);
    expect(await screen.findByText(/Press Check to find/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Digital skills for rural schools" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: /^Check/ }));
    expect(await screen.findByText(/The budget breaks \d+ rules?\./)).toBeTruthy();
    const finding = screen.getByRole("button", { name: /Go to Partners!C3: .*Spainn/ });
    expect(finding).toBeTruthy();
    expect(port.highlights.some((h) => h.address === "Partners!C3")).toBe(true);

    fireEvent.click(screen.getByRole("tab", { name: "Totals" }));
    const grand = screen.getByRole("region", { name: "Total grant" });
    expect(within(grand).getByText(/of €/)).toBeTruthy();
  });
});
