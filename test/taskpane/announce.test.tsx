/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { budgetWithTypo, renderPane } from "./render-pane";

describe("what screen readers hear", () => {
  it("a live region there from the start, saying 'Checking…' and each check's verdict", async () => {
    const port = budgetWithTypo();
    renderPane(port);
    const check = await screen.findByRole("button", { name: "Check" });
    // Mounted (and empty) before the first Check, so the first announcement is not lost.
    const region = screen.getByRole("status");
    expect(region.getAttribute("aria-live")).toBe("polite");
    expect(region.textContent).toBe("");

    const heard: string[] = [];
    new MutationObserver(() => heard.push(region.textContent ?? "")).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    fireEvent.click(check);
    await waitFor(() => expect(region.textContent).toBe("Check done. The budget has 1 error."));
    // The same result again is announced again: a new node, not an unchanged text.
    fireEvent.click(check);
    await waitFor(() =>
      expect(heard.filter((text) => text === "Check done. The budget has 1 error.")).toHaveLength(
        2,
      ),
    );
    // "Checking…" comes in between when the check takes a moment (here it may be too quick).
    expect(heard.every((text) => /^(Checking the workbook…|Check done\. .*)$/.test(text))).toBe(
      true,
    );
  });

  it("each finding's name: its severity, then its visible text; the rule id describes it", async () => {
    renderPane(budgetWithTypo(), "lv");
    fireEvent.click(await screen.findByRole("button", { name: "Pārbaudīt" }));
    const finding = await screen.findByRole("button", { name: /^Kļūda: Partners!C3 / });
    expect(finding.getAttribute("title")).toBeNull();
    expect(finding.getAttribute("aria-label")).toBeNull();
    const described = (finding.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(["input.unknown-country", "Atlasa tā šūnas lapā."]);
    expect(finding.textContent).toMatch(/nav pievienojumprogrammai zināms valsts nosaukums/);
  });
});
