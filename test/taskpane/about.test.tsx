/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { cleanBudget, renderPane } from "./render-pane";

describe("About", () => {
  it("names the data the add-in carries and its licences", async () => {
    renderPane(cleanBudget(), "en");
    fireEvent.click(await screen.findByRole("button", { name: "About KA2 Budget" }));
    expect(await screen.findByRole("link", { name: "GeoNames" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "CC BY 4.0" }).getAttribute("href")).toBe(
      "https://creativecommons.org/licenses/by/4.0/",
    );
    expect(screen.getByText(/Figures marked \[M\]/)).toBeTruthy();
  });

  it("speaks Latvian in the Latvian pane", async () => {
    renderPane(cleanBudget(), "lv");
    fireEvent.click(await screen.findByRole("button", { name: "Par KA2 Budget" }));
    expect(await screen.findByText(/Ar \[M\] atzīmētie skaitļi/)).toBeTruthy();
  });
});
