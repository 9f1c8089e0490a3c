/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { budgetWithTypo, renderPane } from "./render-pane";

describe("the findings list", () => {
  async function checkedWithErrorAndWarning() {
    const port = budgetWithTypo();
    // A meeting 60 km away is not funded: a warning on Meetings!E2 (and its stored amount
    // then differs from the rulebook's 0: an error on Meetings!F2).
    port.setCell("Meetings", 1, "DistanceKm", 60);
    renderPane(port);
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    await screen.findByText(/^The budget has \d+ errors?\.$/);
    return port;
  }

  it("groups findings by severity, then by table", async () => {
    await checkedWithErrorAndWarning();
    const headings = screen.getAllByRole("heading").map((heading) => heading.textContent);
    const errors = headings.findIndex((text) => /^Errors \(\d+\)$/.test(text ?? ""));
    const warnings = headings.findIndex((text) => /^Warnings \(\d+\)$/.test(text ?? ""));
    expect(errors).toBeGreaterThanOrEqual(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(headings.slice(errors, warnings)).toEqual(
      expect.arrayContaining(["Partners table", "Meetings table"]),
    );
    expect(headings.indexOf("Partners table")).toBeLessThan(headings.indexOf("Meetings table"));
    expect(screen.getByRole("button", { name: /^\w+: Meetings!E2 .*60 km/ })).toBeTruthy();
  });

  it("filters by severity with toggles that say how many each has", async () => {
    await checkedWithErrorAndWarning();
    const errorsToggle = screen.getByRole("button", { name: /^Errors \(\d+\)$/ });
    const warningsToggle = screen.getByRole("button", { name: "Warnings (1)" });
    const notesToggle = screen.getByRole("button", { name: "Information (0)" });
    expect(errorsToggle.getAttribute("aria-pressed")).toBe("true");
    expect(notesToggle.hasAttribute("disabled")).toBe(true);

    fireEvent.click(errorsToggle);
    expect(errorsToggle.getAttribute("aria-pressed")).toBe("false");
    expect(screen.queryByRole("button", { name: /^\w+: Partners!C3 / })).toBeNull();
    expect(screen.getByRole("button", { name: /^\w+: Meetings!E2 / })).toBeTruthy();

    fireEvent.click(warningsToggle);
    expect(screen.getByText("Every finding is hidden by the filter above.")).toBeTruthy();

    fireEvent.click(errorsToggle);
    expect(screen.getByRole("button", { name: /^\w+: Partners!C3 / })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^\w+: Meetings!E2 / })).toBeNull();
  });
});
