/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { WorkbookError } from "../../src/excel/workbook-error";
import type { Language } from "../../src/taskpane/i18n/i18n";
import { cleanStrategicPartnership, rawWorkbook } from "../support/raw-workbook";
import { cleanBudget, renderPane } from "./render-pane";

/*
 * The clean 24-month SP of test/support/raw-workbook.ts rests on twelve [M] figures; the
 * amounts are worked out by hand in test/domain/figures-to-confirm.test.ts. The largest is the
 * management cap per month: it holds 12,000 + 3 × 6,000 = 30,000 EUR of management.
 */

/** The clean SP with an empty Rates table (Figure, Value, Source), as set-up makes it. */
function withRatesTable(): InMemoryWorkbook {
  const data = {
    ...cleanStrategicPartnership(),
    Rates: { headers: ["Figure", "Value", "Source"], rows: [] },
  };
  return new InMemoryWorkbook(rawWorkbook(data));
}

async function openFigures(port: InMemoryWorkbook, language: Language = "en") {
  renderPane(port, language);
  const check = language === "en" ? "Check" : "Pārbaudīt";
  fireEvent.click(await screen.findByRole("button", { name: check }));
  fireEvent.click(await screen.findByRole("tab", { name: language === "en" ? "Totals" : /Kop/ }));
  const heading =
    language === "en"
      ? "Figures to confirm with your National Agency"
      : "Skaitļi, kas jāsaskaņo ar jūsu Nacionālo aģentūru";
  return screen.getByRole("region", { name: heading });
}

describe("figures to confirm with your National Agency (Totals tab)", () => {
  it("lists each unverified figure with its value and what rests on it, largest first", async () => {
    const section = await openFigures(withRatesTable());
    const items = within(section).getAllByRole("listitem");
    expect(items).toHaveLength(12);
    expect(items[0]?.textContent).toContain("management.projectCapPerMonth (value 2,750)");
    expect(
      within(items[0]!).getByText("€30,000 of the budget rests on it (4 lines: Partners)."),
    ).toBeTruthy();
    expect(items[2]?.textContent).toContain("meetings.bands.1.amount (value 575)");
    expect(
      within(items[2]!).getByText("€1,725 of the budget rests on it (2 lines: Meetings)."),
    ).toBeTruthy();
    expect(items[1]?.textContent).toContain("exceptional.rate (value 0.75)");
  });

  it("adds a Rates row for a figure; the next check takes it off the list", async () => {
    const port = withRatesTable();
    const section = await openFigures(port);
    fireEvent.click(
      within(section).getByRole("button", { name: "Add a Rates row for meetings.bands.1.amount" }),
    );
    expect(await within(section).findByText(/^Added as row 1 of the Rates table\./)).toBeTruthy();
    const rates = port.snapshot().tables.find((table) => table.name === "Rates");
    expect(rates?.rows).toEqual([
      ["meetings.bands.1.amount", 575, "National Agency: confirm this value"],
    ]);
    // Only that row: the other tables are as they were.
    expect(port.snapshot().tables.filter((table) => table.name !== "Rates")).toEqual(
      rawWorkbook(cleanStrategicPartnership()).tables,
    );

    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    await waitFor(() => expect(within(section).getAllByRole("listitem")).toHaveLength(11));
    expect(section.textContent).not.toContain("meetings.bands.1.amount");
    expect(within(section).queryByText(/^Added as row/)).toBeNull();
  });

  it("without a Rates table it says so and offers the set-up, which adds only the missing tables", async () => {
    const port = cleanBudget();
    const section = await openFigures(port);
    fireEvent.click(
      within(section).getByRole("button", { name: "Add a Rates row for exceptional.rate" }),
    );
    const alert = await within(section).findByRole("alert");
    expect(alert.textContent).toContain("This workbook has no Rates table.");
    expect(port.snapshot().tables.map((table) => table.name)).not.toContain("Rates");
    fireEvent.click(within(alert).getByRole("button", { name: "Add the missing tables" }));
    const submit = await screen.findByRole("button", { name: "Set up budget workbook" });
    const form = submit.closest("form") ?? submit.parentElement!;
    await waitFor(() => expect(form.contains(document.activeElement)).toBe(true));
  });

  it("a workbook that refuses the row: the error in words, the button back", async () => {
    const port = withRatesTable();
    const section = await openFigures(port);
    port.failNextCall(new WorkbookError("protected", "The sheet is protected."));
    fireEvent.click(
      within(section).getByRole("button", {
        name: "Add a Rates row for linguistic.perParticipant",
      }),
    );
    expect((await within(section).findByRole("alert")).textContent).toContain(
      "The sheet is protected.",
    );
    expect(
      within(section).getByRole("button", {
        name: "Add a Rates row for linguistic.perParticipant",
      }),
    ).toBeTruthy();
  });

  it("speaks Latvian, plural forms included", async () => {
    const section = await openFigures(withRatesTable(), "lv");
    const items = within(section).getAllByRole("listitem");
    // Latvian groups digits with a no-break space.
    expect(items[0]?.textContent).toMatch(/management\.projectCapPerMonth \(vērtība 2\u00a0750\)/);
    expect(
      within(items[0]!).getByText("Uz tā balstās 30 000 € no budžeta (4 rindas: Partners)."),
    ).toBeTruthy();
    expect(within(items[3]!).getByText(/\(1 rinda: Meetings\)/)).toBeTruthy();
    expect(
      within(section).getByRole("button", {
        name: "Pievienot rindu tabulā Rates skaitlim meetings.bands.1.amount",
      }),
    ).toBeTruthy();
  });

  it("a budget on no unverified figure: one line saying so, no buttons", async () => {
    const data = { ...cleanStrategicPartnership() };
    // Partners only, and the management cap set in the Rates table.
    const port = new InMemoryWorkbook(
      rawWorkbook({
        Project: data.Project!,
        Partners: data.Partners!,
        Rates: { headers: ["Figure", "Value"], rows: [["management.projectCapPerMonth", 2750]] },
      }),
    );
    const section = await openFigures(port);
    expect(
      within(section).getByText(
        "The budget rests on no unverified figure: nothing to confirm with your National Agency.",
      ),
    ).toBeTruthy();
    expect(within(section).queryByRole("button")).toBeNull();
  });
});

describe("a Rates table's consortium minimums in the findings", () => {
  it("names the rule with the Rates figure (5 organisations), not the bundled 3", async () => {
    // The clean SP has four organisations from three Programme Countries; Rates asks for five.
    const data = {
      ...cleanStrategicPartnership(),
      Rates: {
        headers: ["Figure", "Value"],
        rows: [["actions.SP.consortium.standard.minOrganisations", 5]],
      },
    };
    renderPane(new InMemoryWorkbook(rawWorkbook(data)));
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    const finding = await screen.findByRole("button", {
      name: /^Error: Partners!.*needs at least 5 organisations/,
    });
    expect(finding.textContent).toContain(
      "A Strategic Partnership (5 organisations from 3 Programme Countries) needs at least 5 organisations from Programme Countries; this one has 4.",
    );
  });
});
