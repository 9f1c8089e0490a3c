/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { rawWorkbook } from "../support/raw-workbook";
import { renderPane } from "./render-pane";

describe("a workbook without budget tables", () => {
  it("guides the user to set it up, then checks what was created", async () => {
    const port = new InMemoryWorkbook();
    const setUp = jest.spyOn(port, "setUpWorkbook");
    renderPane(port);
    expect(await screen.findByRole("heading", { name: "No budget tables yet" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Check" })).toBeNull();

    fireEvent.click(screen.getByRole("radio", { name: /Knowledge Alliance \(KA\)/ }));
    const months = screen.getByRole("spinbutton", { name: "Duration in months" });
    fireEvent.change(months, { target: { value: "36" } });
    fireEvent.blur(months);
    fireEvent.change(screen.getByRole("textbox", { name: "Project title (optional)" }), {
      target: { value: "Skills for the green economy" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Set up budget workbook" }));

    const result = await screen.findByText(/Created 8 tables: Project, Partners/);
    expect(within(result.closest("[role=status]") as HTMLElement).getByText("Workbook set up"));
    expect(setUp).toHaveBeenCalledWith({
      action: "KA",
      months: 36,
      title: "Skills for the green economy",
    });
    expect(port.setUpTables.map((table) => table.name)).toHaveLength(8);
    // Then it checks: the new project is shown and the empty consortium breaks rules.
    expect(
      await screen.findByRole("heading", { name: "Skills for the green economy" }),
    ).toBeTruthy();
    expect(screen.getByText(/Knowledge Alliance \(KA\) · 36 months/)).toBeTruthy();
    expect(await screen.findByText(/^The budget has \d+ errors\.$/)).toBeTruthy();
  });

  it("offers the field of a Strategic Partnership: youth allows 12 months and shows in the header", async () => {
    const port = new InMemoryWorkbook();
    const setUp = jest.spyOn(port, "setUpWorkbook");
    renderPane(port);
    const field = await screen.findByRole("combobox", { name: /^Field/ });
    expect(
      within(field)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      "Not set (not youth)",
      "School education",
      "Vocational education and training",
      "Higher education",
      "Adult education",
      "Youth",
    ]);
    fireEvent.change(field, { target: { value: "youth" } });
    expect(
      screen.getByText("Strategic Partnerships in the field “Youth” last 6 to 24 months."),
    ).toBeTruthy();
    const months = screen.getByRole("spinbutton", { name: "Duration in months" });
    fireEvent.change(months, { target: { value: "12" } });
    fireEvent.blur(months);
    fireEvent.click(screen.getByRole("button", { name: "Set up budget workbook" }));

    await screen.findByText(/Created 8 tables/);
    expect(setUp).toHaveBeenCalledWith({
      action: "SP",
      months: 12,
      format: "standard",
      field: "youth",
    });
    expect(
      await screen.findByText(/Strategic Partnership \(SP\) · Youth · 12 months · 2014 rules/),
    ).toBeTruthy();
  });

  it("names the fields in Latvian as the National Agency does", async () => {
    renderPane(new InMemoryWorkbook(), "lv");
    const field = await screen.findByRole("combobox", { name: /^Joma/ });
    expect(
      within(field)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      "Nav norādīta (nav jaunatne)",
      "Skolu izglītība",
      "Profesionālā izglītība un mācības",
      "Augstākā izglītība",
      "Pieaugušo izglītība",
      "Jaunatne",
    ]);
    fireEvent.change(field, { target: { value: "youth" } });
    expect(
      screen.getByText("Stratēģiskās partnerības jomā “Jaunatne” ilgst no 6 līdz 24 mēnešiem."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: /\(SSA\)/ }));
    expect(
      screen.getByText("Zināšanu apvienības un nozaru prasmju apvienības ilgst 24 vai 36 mēnešus."),
    ).toBeTruthy();
  });

  it("sends no field when none is chosen, and holds the months to 24–36", async () => {
    const port = new InMemoryWorkbook();
    const setUp = jest.spyOn(port, "setUpWorkbook");
    renderPane(port);
    const months = await screen.findByRole("spinbutton", { name: "Duration in months" });
    fireEvent.change(months, { target: { value: "12" } });
    fireEvent.blur(months);
    fireEvent.click(screen.getByRole("button", { name: "Set up budget workbook" }));
    expect(await screen.findByText("Enter a whole number of months from 24 to 36.")).toBeTruthy();
    expect(setUp).not.toHaveBeenCalled();
    fireEvent.change(months, { target: { value: "24" } });
    fireEvent.blur(months);
    fireEvent.click(screen.getByRole("button", { name: "Set up budget workbook" }));
    await screen.findByText(/Created 8 tables/);
    expect(setUp).toHaveBeenCalledWith({ action: "SP", months: 24, format: "standard" });
  });

  it("refuses a duration the action does not allow, before asking Excel", async () => {
    const port = new InMemoryWorkbook();
    const setUp = jest.spyOn(port, "setUpWorkbook");
    renderPane(port);
    const months = await screen.findByRole("spinbutton", { name: "Duration in months" });
    fireEvent.change(months, { target: { value: "40" } });
    fireEvent.blur(months);
    fireEvent.click(screen.getByRole("button", { name: "Set up budget workbook" }));
    expect(await screen.findByText("Enter a whole number of months from 24 to 36.")).toBeTruthy();
    expect(setUp).not.toHaveBeenCalled();
  });

  it("words the durations from the rulebook: 24 to 36 for an SP, 24 or 36 for a KA", async () => {
    renderPane(new InMemoryWorkbook());
    expect(await screen.findByText("Strategic Partnerships last 24 to 36 months.")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: /Knowledge Alliance \(KA\)/ }));
    expect(
      screen.getByText("Knowledge and Sector Skills Alliances last 24 or 36 months."),
    ).toBeTruthy();
    const months = screen.getByRole("spinbutton", { name: "Duration in months" });
    fireEvent.change(months, { target: { value: "30" } });
    fireEvent.blur(months);
    fireEvent.click(screen.getByRole("button", { name: "Set up budget workbook" }));
    expect(await screen.findByText("Enter 24 or 36.")).toBeTruthy();
  });

  it("reports tables it could not create because their sheet name is taken", async () => {
    const port = new InMemoryWorkbook(undefined, { otherSheets: ["Partners"] });
    renderPane(port);
    fireEvent.click(await screen.findByRole("button", { name: "Set up budget workbook" }));
    expect(await screen.findByText("Some tables could not be created")).toBeTruthy();
    expect(screen.getByText(/Created 7 tables/)).toBeTruthy();
    expect(
      screen.getByText(/already has a sheet named "Partners" without a Partners table/),
    ).toBeTruthy();
  });

  it("offers to add the tables a started workbook lacks", async () => {
    const port = new InMemoryWorkbook(
      rawWorkbook({
        Project: {
          headers: ["Setting", "Value"],
          rows: [
            ["Action", "SP"],
            ["Months", 24],
          ],
        },
      }),
    );
    renderPane(port);
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    fireEvent.click(await screen.findByRole("button", { name: "Add the missing tables" }));
    fireEvent.click(screen.getByRole("button", { name: "Set up budget workbook" }));
    expect(await screen.findByText(/Created 7 tables: Partners/)).toBeTruthy();
    expect(screen.getByText(/Already there, left as they were: Project\./)).toBeTruthy();
  });
});
