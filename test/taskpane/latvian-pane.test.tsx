/** @jest-environment jsdom */
import { join } from "node:path";
import { fireEvent, screen } from "@testing-library/react";
import { budgetWithMistakes } from "../../scripts/example-budgets";
import { readXlsxFile } from "../../src/cli/read-xlsx";
import { InMemoryWorkbook } from "../../src/excel/in-memory-workbook";
import { englishLines } from "../support/english-words";
import { renderPane } from "./render-pane";

/*
 * The pane in Latvian over examples/sp-mistakes.xlsx (10 findings of most kinds): the project
 * header, every finding, the totals and the export panel hold no English word once the
 * workbook's own text is taken out.
 */

/** The text cells of the example: what the user typed, not the pane's words. */
const typed = Object.values(budgetWithMistakes())
  .flatMap((rows) => rows ?? [])
  .flatMap((row) => Object.values(row))
  .filter((value): value is string => typeof value === "string" && value.length > 3);

/** The pane's visible text, one line per element that holds text of its own. */
function paneText(): string {
  const lines: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text) lines.push(text);
  }
  const labels = Array.from(
    document.querySelectorAll("[aria-label], [title], [placeholder]"),
  ).flatMap((element) =>
    ["aria-label", "title", "placeholder"].map((name) => element.getAttribute(name) ?? ""),
  );
  return [...lines, ...labels].join("\n");
}

describe("the pane in Latvian", () => {
  it("shows no English in the findings, the totals or the export panel", async () => {
    const workbook = await readXlsxFile(
      join(__dirname, "..", "..", "examples", "sp-mistakes.xlsx"),
    );
    renderPane(new InMemoryWorkbook(workbook), "lv");
    fireEvent.click(await screen.findByRole("button", { name: "Pārbaudīt" }));
    await screen.findByRole("tab", { name: /^Konstatējumi \(\d+\)$/ });
    await screen.findAllByText(/^Budžetā ir \d+ kļūdas?\.$/);
    const seen = [paneText()];
    fireEvent.click(screen.getByRole("tab", { name: "Kopsummas" }));
    seen.push(paneText());
    fireEvent.click(screen.getByRole("tab", { name: "Eksports" }));
    seen.push(paneText());
    expect(englishLines(seen.join("\n"), typed)).toEqual([]);
  });

  it("would be caught speaking English", async () => {
    const workbook = await readXlsxFile(
      join(__dirname, "..", "..", "examples", "sp-mistakes.xlsx"),
    );
    renderPane(new InMemoryWorkbook(workbook), "en");
    fireEvent.click(await screen.findByRole("button", { name: "Check" }));
    await screen.findAllByText(/^The budget has \d+ errors?\.$/);
    expect(englishLines(paneText(), typed).length).toBeGreaterThan(5);
  });
});
