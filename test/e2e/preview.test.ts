import { copyFileSync, mkdirSync } from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { buildPreview, browserSuite, openPreview, outputDir } from "./preview-harness";

/*
 * The browser preview in headless Chromium: the real task pane on the example workbooks,
 * checked, clicked and cleared as a person would, with the in-memory sheet showing what
 * Excel would show. Screenshots go to test-output/e2e/; with KA2_DOCS_IMAGES set (npm run
 * screenshots) the user guide's pictures are saved there too.
 */

const docsImages = process.env.KA2_DOCS_IMAGES;

/**
 * Saves a screenshot into test-output/e2e/ and, for `npm run screenshots`, the docs: `forDocs`
 * true saves it as docs/images/NAME.png, a path such as "lv/task-pane-findings" there instead.
 */
async function snap(
  target: Page | Locator,
  name: string,
  forDocs: boolean | string = false,
): Promise<void> {
  // A pane is shot from its top, as a person opening it sees it.
  if ("evaluate" in target && !("goto" in target)) {
    await target.evaluate((element) => element.scrollTo(0, 0));
  }
  const file = path.join(outputDir, `${name}.png`);
  await target.screenshot({ path: file, animations: "disabled", caret: "hide" });
  if (forDocs && docsImages) {
    const docsFile = path.join(docsImages, `${forDocs === true ? name : forDocs}.png`);
    mkdirSync(path.dirname(docsFile), { recursive: true });
    copyFileSync(file, docsFile);
  }
}

browserSuite("the browser preview", buildPreview, (session) => {
  it("checks the mistakes example, highlights its cells, selects a finding's cell and clears", async () => {
    const { browser, served } = session();
    const { page, blocked, errors } = await openPreview(
      browser,
      `${served.url}preview.html?example=sp-mistakes`,
      { width: 1280, height: 1000 },
    );
    const pane = page.getByTestId("pane");
    const sheet = page.getByRole("region", { name: "Workbook" });
    await pane
      .getByRole("heading", { name: "DigiSkola: digital skills for small schools" })
      .waitFor();
    await pane.getByText("Latvia, Spain, Germany, Italy").waitFor();
    // The test tool for Excel's errors is there only with ?dev.
    expect(
      await page.getByRole("button", { name: "Make Excel's next answer an error" }).count(),
    ).toBe(0);

    await pane.getByRole("button", { name: "Check", exact: true }).click();
    await pane.getByText("The budget has 9 errors.", { exact: true }).waitFor();
    await pane.getByRole("tab", { name: "Findings (10)" }).waitFor();
    await snap(pane, "task-pane-findings", true);

    // The sheet shows the add-in's highlights in Excel's colours.
    await sheet.getByRole("tab", { name: "Partners" }).click();
    const typo = page.locator('td[data-address="Partners!C5"]');
    expect(await typo.getAttribute("data-highlight")).toBe("error");
    expect(await typo.textContent()).toBe("Finnland");
    expect(await page.locator("td[data-highlight]").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("highlight-count").textContent()).toMatch(/Highlights: \d+/);

    // Clicking a finding selects its cell, on its sheet.
    await pane.getByRole("button", { name: /^\w+: Meetings!A27 / }).click();
    await page.getByTestId("selection").getByText("Selection: Meetings!A27").waitFor();
    expect(
      await page.locator('td[data-address="Meetings!A27"]').getAttribute("data-selected"),
    ).toBe("true");

    // Enter on a focused finding does the same.
    await pane.getByRole("button", { name: /^\w+: Partners!C5 / }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("selection").getByText("Selection: Partners!C5").waitFor();
    expect(await typo.getAttribute("data-selected")).toBe("true");
    await snap(page, "preview-highlights", true);

    // Totals against caps: year 2 of the meetings is over its cap.
    await pane.getByRole("tab", { name: "Totals" }).click();
    await pane
      .getByText(/more than the cap allows/)
      .first()
      .waitFor();
    await snap(pane, "task-pane-totals", true);

    // Clear highlights removes them from the sheet; the findings stay.
    await pane.getByRole("button", { name: "Clear highlights" }).click();
    await pane.getByText(/Highlights cleared/).waitFor();
    expect(await page.locator("td[data-highlight]").count()).toBe(0);
    expect(await page.getByTestId("highlight-count").textContent()).toBe("Highlights: none");

    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("checks again as the user types, once the typing stops", async () => {
    const { browser, served } = session();
    const { page, blocked, errors } = await openPreview(
      browser,
      `${served.url}preview.html?example=sp-mistakes`,
    );
    const pane = page.getByTestId("pane");
    await pane.getByRole("switch", { name: "Check as I type" }).check();
    await pane.getByText("The budget has 9 errors.", { exact: true }).waitFor();

    // Correct the country typo in the sheet, as a user would in Excel.
    await page
      .getByRole("region", { name: "Workbook" })
      .getByRole("tab", { name: "Partners" })
      .click();
    await page.locator('td[data-address="Partners!C5"]').dblclick();
    const input = page.getByLabel("Edit Partners!C5");
    await input.fill("Finland");
    await input.press("Enter");
    await pane.getByText("The budget has 8 errors.", { exact: true }).waitFor();
    expect(
      await page.locator('td[data-address="Partners!C5"]').getAttribute("data-highlight"),
    ).toBe(null);

    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("guides a new workbook to set-up, then checks what it created", async () => {
    const { browser, served } = session();
    const { page, blocked, errors } = await openPreview(
      browser,
      `${served.url}preview.html?example=(empty workbook)`,
    );
    const pane = page.getByTestId("pane");
    await pane.getByRole("heading", { name: "No budget tables yet" }).waitFor();
    await pane.getByRole("radio", { name: /Knowledge Alliance/ }).check();
    await pane.getByLabel("Project title (optional)").fill("Skills for the green economy");
    await snap(pane, "task-pane-set-up", true);
    await pane.getByRole("button", { name: "Set up budget workbook" }).click();
    await pane.getByText(/Created 8 tables/).waitFor();
    await pane.getByRole("heading", { name: "Skills for the green economy" }).waitFor();
    await page
      .getByRole("region", { name: "Workbook" })
      .getByRole("tab", { name: "Partners" })
      .waitFor();

    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens in Latvian for a Latvian browser", async () => {
    const { browser, served } = session();
    const { page, errors } = await openPreview(browser, `${served.url}preview.html`, {
      locale: "lv-LV",
      width: 1280,
      height: 1000,
    });
    const pane = page.getByTestId("pane");
    await pane.getByText("5 organizācijas · Latvija, Spānija, Vācija, Itālija").waitFor();
    expect(
      await page.getByRole("button", { name: "Make Excel's next answer an error" }).count(),
    ).toBe(0);
    await pane.getByRole("button", { name: "Pārbaudīt", exact: true }).click();
    await pane.getByText("Budžetā ir 9 kļūdas.", { exact: true }).waitFor();
    await snap(pane, "task-pane-findings-lv", "lv/task-pane-findings");
    await pane.getByRole("button", { name: /^\p{L}+: Partners!C5 /u }).click();
    await page
      .getByTestId("selection")
      .getByText(/Partners!C5/)
      .waitFor();
    await snap(page, "preview-highlights-lv", "lv/preview-highlights");
    await pane.getByRole("tab", { name: "Kopsummas" }).click();
    await pane
      .getByText(/virs limita/)
      .first()
      .waitFor();
    await snap(pane, "task-pane-totals-lv", "lv/task-pane-totals");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("guides a new workbook to set-up in Latvian", async () => {
    const { browser, served } = session();
    const { page, errors } = await openPreview(
      browser,
      `${served.url}preview.html?example=(empty workbook)`,
      { locale: "lv-LV" },
    );
    const pane = page.getByTestId("pane");
    await pane.getByRole("heading", { name: "Budžeta tabulu vēl nav" }).waitFor();
    await pane.getByRole("radio", { name: /Zināšanu apvienība/ }).check();
    await pane.getByLabel("Projekta nosaukums (nav obligāts)").fill("Prasmes zaļajai ekonomikai");
    await snap(pane, "task-pane-set-up-lv", "lv/task-pane-set-up");
    await pane.getByRole("button", { name: "Sagatavot budžeta darbgrāmatu" }).click();
    await pane.getByRole("heading", { name: "Prasmes zaļajai ekonomikai" }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows an error from Excel in words and keeps working", async () => {
    const { browser, served } = session();
    const { page, errors } = await openPreview(browser, `${served.url}preview.html?dev`);
    const pane = page.getByTestId("pane");
    await pane.getByRole("button", { name: "Check", exact: true }).waitFor();
    await page.getByRole("button", { name: "Make Excel's next answer an error" }).click();
    await pane.getByRole("button", { name: "Check", exact: true }).click();
    await pane
      .getByRole("alert")
      .getByText(/Excel is editing a cell/)
      .waitFor();
    await snap(pane, "task-pane-error");

    await pane.getByRole("button", { name: "Check", exact: true }).click();
    await pane.getByText("The budget has 9 errors.", { exact: true }).waitFor();
    expect(await pane.getByRole("alert").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
