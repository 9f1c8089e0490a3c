/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { pickLanguage } from "../../src/taskpane/i18n/i18n";
import { budgetWithTypo, cleanBudget, renderPane } from "./render-pane";

describe("the pane's language", () => {
  it("follows Office's display language: Latvian for lv, English for anything else", () => {
    expect(pickLanguage("lv-LV")).toBe("lv");
    expect(pickLanguage("LV")).toBe("lv");
    expect(pickLanguage("en-US")).toBe("en");
    expect(pickLanguage("de-DE")).toBe("en");
    expect(pickLanguage("lt-LT")).toBe("en");
    expect(pickLanguage(undefined)).toBe("en");
  });

  it("starts in Latvian with Latvian country names and amounts", async () => {
    renderPane(cleanBudget(), "lv");
    expect(await screen.findByText(/Nospiediet “Pārbaudīt”/)).toBeTruthy();
    expect(screen.getByText(/Stratēģiskā partnerība \(SP\) · 24 mēneši · 2014\. gada noteikumi/));
    expect(screen.getByText("4 organizācijas · Latvija, Spānija, Vācija, Somija")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Pārbaudīt" }));
    expect(await screen.findByText("Noteikumu kļūdu nav.")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Summas" }));
    // Latvian writes groups with a (no-break) space and the euro sign after the number.
    expect(screen.getByText(/^48\s890\s€$/)).toBeTruthy();
    expect(screen.getByText("Projekta vadība un īstenošana")).toBeTruthy();
  });

  it("switches between English and Latvian without losing the check", async () => {
    renderPane(budgetWithTypo(), "en");
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    await screen.findByText("The budget breaks 1 rule.");

    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), {
      target: { value: "lv" },
    });
    expect(await screen.findByText("Budžets pārkāpj 1 noteikumu.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Noņemt iezīmējumus" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Konstatējumi (1)" })).toBeTruthy();
    // The finding itself is in Latvian too, and there is no note about English.
    expect(screen.getByText(/nav pievienojumprogrammai zināms valsts nosaukums/)).toBeTruthy();
    expect(screen.queryByText(/angļu valodā/)).toBeNull();
    expect(screen.getByRole("button", { name: /^Pāriet uz Partners!C3:/ })).toBeTruthy();

    fireEvent.change(screen.getByRole("combobox", { name: "Valoda" }), {
      target: { value: "en" },
    });
    expect(await screen.findByText("The budget breaks 1 rule.")).toBeTruthy();
    expect(screen.getByText(/which is not a country name or ISO code/)).toBeTruthy();
  });
});
