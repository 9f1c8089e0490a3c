import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { buildPreview, browserSuite, openPreview, outputDir } from "./preview-harness";

/*
 * The pane for every user, in headless Chromium over the preview: axe-core finds no serious
 * or critical problem in English or Latvian, light or dark; everything reflows at 320 px and
 * at 200% zoom in a 350 px pane; the keyboard reaches everything with one Tab stop for the
 * findings; screen readers hear each check; 3,000 findings draw a page at a time.
 */

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; html: string }[];
}

/** axe-core's serious and critical violations inside the pane, as "rule: element" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the preview's Content-Security-Policy allows it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Element) => Promise<unknown> } }).axe;
    const pane = document.querySelector('[data-testid="pane"]');
    if (!pane) throw new Error("no pane");
    const results = (await axe.run(pane)) as { violations: unknown[] };
    return results.violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes
        // Fluent's TabList puts focusable tabster "dummy" elements inside aria-hidden: a known
        // false positive (they only pass focus on).
        .filter((node) => !(violation.id === "aria-hidden-focus" && /tabster/.test(node.html)))
        .map((node) => `${violation.id}: ${node.target.join(" ")} ${node.html.slice(0, 120)}`),
    );
}

/** How far the pane's content reaches past its right edge, in CSS pixels (0 when it fits). */
async function overflow(page: Page): Promise<{ by: number; what: string[] }> {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="pane"]') as HTMLElement;
    const right = pane.getBoundingClientRect().right;
    const what: string[] = [];
    let by = Math.max(0, pane.scrollWidth - pane.clientWidth);
    for (const element of Array.from(document.querySelectorAll("body *"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.position === "fixed") continue;
      // Text for screen readers only sits in a clipped 1 px box: drawn nowhere, it moves nothing.
      let clipped = false;
      for (let up: Element | null = element; up && !clipped; up = up.parentElement) {
        clipped = getComputedStyle(up).clip.startsWith("rect(");
      }
      if (clipped) continue;
      const past = box.right - Math.max(right, window.innerWidth);
      if (past > 1) {
        by = Math.max(by, past);
        what.push(
          `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? "").slice(0, 40)}" +${Math.round(past)}`,
        );
      }
    }
    return { by, what: what.slice(0, 5) };
  });
}

// A busy 2-core machine: axe over a whole pane and a 3,000-finding check take their time.
jest.setTimeout(240_000);

browserSuite("the pane for every user", buildPreview, (session) => {
  for (const theme of ["light", "dark"] as const) {
    for (const locale of ["en-GB", "lv-LV"]) {
      it(`has no serious axe violation after Check (${locale}, ${theme})`, async () => {
        const { browser, served } = session();
        const { page, errors } = await openPreview(
          browser,
          `${served.url}preview.html?example=sp-mistakes&theme=${theme}`,
          { locale, height: 1000 },
        );
        const pane = page.getByTestId("pane");
        const check = locale === "lv-LV" ? "Pārbaudīt" : "Check";
        await pane.getByRole("button", { name: check, exact: true }).click();
        await pane.getByRole("tab", { name: /\(10\)$/ }).waitFor();
        // Select a finding: the selected item's colours are checked too.
        await pane.getByRole("list").first().getByRole("button").first().click();
        await pane.locator("[aria-current=true]").waitFor();
        if (theme === "dark") {
          const background = await pane.evaluate(
            (element) => getComputedStyle(element.querySelector("main") ?? element).backgroundColor,
          );
          const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
          expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(3 * 80);
          await page.screenshot({ path: path.join(outputDir, `pane-dark-${locale}.png`) });
        }
        expect(await seriousViolations(page)).toEqual([]);
        for (const tab of locale === "lv-LV" ? ["Kopsummas", "Eksports"] : ["Totals", "Export"]) {
          await pane.getByRole("tab", { name: tab }).click();
          expect([tab, await seriousViolations(page)]).toEqual([tab, []]);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  for (const width of [320, 175]) {
    for (const locale of ["en-GB", "lv-LV"]) {
      it(`reflows within a ${width} px pane (${locale})`, async () => {
        const { browser, served } = session();
        const { page, errors } = await openPreview(
          browser,
          `${served.url}preview.html?example=sp-mistakes&layout=pane`,
          { locale, width, height: 900 },
        );
        const pane = page.getByTestId("pane");
        const lv = locale === "lv-LV";
        await pane.getByRole("button", { name: lv ? "Pārbaudīt" : "Check", exact: true }).click();
        await pane.getByRole("tab", { name: /\(10\)$/ }).waitFor();
        expect(["findings", await overflow(page)]).toEqual(["findings", { by: 0, what: [] }]);
        for (const tab of lv ? ["Kopsummas", "Eksports"] : ["Totals", "Export"]) {
          await pane.getByRole("tab", { name: tab }).click();
          expect([tab, await overflow(page)]).toEqual([tab, { by: 0, what: [] }]);
        }
        await pane
          .getByRole("button", { name: lv ? "Par KA2 Budget" : "About KA2 Budget" })
          .click();
        const about = page.getByRole("dialog", {
          name: lv ? "Par KA2 Budget" : "About KA2 Budget",
        });
        await about.waitFor();
        const box = await about.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= width + 0.5).toBe(true);
        await page.screenshot({ path: path.join(outputDir, `pane-${width}-${locale}.png`) });
        await page.keyboard.press("Escape");

        // The set-up form of an empty workbook fits too.
        await page.goto(`${served.url}preview.html?example=(empty workbook)&layout=pane`, {
          timeout: 120_000,
        });
        await pane.getByRole("radio").first().waitFor();
        expect(["set-up", await overflow(page)]).toEqual(["set-up", { by: 0, what: [] }]);
        // With the youth field chosen, its hint and the months hint change; still no overflow.
        await pane.getByRole("combobox", { name: lv ? /^Joma/ : /^Field/ }).selectOption("youth");
        await pane.getByText(lv ? /jomā “Jaunatne” ilgst/ : /field “Youth” last/).waitFor();
        expect(["set-up youth", await overflow(page)]).toEqual([
          "set-up youth",
          { by: 0, what: [] },
        ]);
        expect(["set-up axe", await seriousViolations(page)]).toEqual(["set-up axe", []]);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it("moves through the findings with the arrow keys, one Tab stop for the list", async () => {
    const { browser, served } = session();
    const { page, errors } = await openPreview(
      browser,
      `${served.url}preview.html?example=sp-mistakes`,
    );
    const pane = page.getByTestId("pane");
    await pane.getByRole("button", { name: "Check", exact: true }).click();
    await pane.getByRole("tab", { name: "Findings (10)" }).waitFor();
    const findings = pane.locator("ul button");
    const focusedIndex = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-testid="pane"] ul button')).indexOf(
          document.activeElement as Element,
        ),
      );
    await findings.first().focus();
    await page.keyboard.press("ArrowDown");
    expect(await focusedIndex()).toBe(1);
    await page.keyboard.press("ArrowDown");
    expect(await focusedIndex()).toBe(2);
    await page.keyboard.press("ArrowUp");
    expect(await focusedIndex()).toBe(1);
    // Tab leaves the list from any finding; Shift+Tab comes back to the same one.
    await page.keyboard.press("Tab");
    expect(await focusedIndex()).toBe(-1);
    await page.keyboard.press("Shift+Tab");
    expect(await focusedIndex()).toBe(1);
    // The finding's name is its visible text, with its severity first.
    const name = await findings.nth(1).evaluate((element) => element.textContent);
    expect(name).toMatch(/^(Error|Warning|Information): /);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("announces every check, and keeps focus sensible in the dialog and About", async () => {
    const { browser, served } = session();
    const { page, errors } = await openPreview(
      browser,
      `${served.url}preview.html?example=sp-clean`,
    );
    const pane = page.getByTestId("pane");
    const status = pane.locator('[role="status"][aria-live="polite"]').first();
    await pane.getByRole("button", { name: "Check", exact: true }).waitFor();
    expect(await status.count()).toBe(1); // there before the first Check
    await pane.getByRole("button", { name: "Check", exact: true }).click();
    await status.getByText(/^Check done\. No rule errors\./).waitFor();
    // A second check with the same result is announced again (the text changes in between).
    const seen: string[] = [];
    await page.exposeFunction("ka2Heard", (text: string) => seen.push(text));
    await status.evaluate((element) =>
      new MutationObserver(() =>
        (window as unknown as { ka2Heard: (text: string) => void }).ka2Heard(
          element.textContent ?? "",
        ),
      ).observe(element, { childList: true, characterData: true, subtree: true }),
    );
    await pane.getByRole("button", { name: "Check", exact: true }).click();
    await status.getByText(/^Check done\./).waitFor();
    // A new announcement, though the verdict is the same as before.
    expect(seen.filter((text) => /^Check done\./.test(text)).length).toBeGreaterThan(0);

    // The replace dialog opens on "Keep it"; Esc returns focus to the Export button.
    await pane.getByRole("tab", { name: "Export" }).click();
    const exportButton = pane.getByRole("button", { name: "Export for the application form" });
    for (let time = 0; time < 2; time++) {
      await exportButton.click();
      await page.getByRole("menuitem", { name: "Write the Form summary sheet" }).click();
      if (time === 0) await pane.getByText(/is written/).waitFor();
    }
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Keep it");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(
      () => document.activeElement?.textContent === "Export for the application form",
    );

    // About: Tab stays among its links; Esc closes it and focus goes back to its button.
    const aboutButton = page.getByRole("button", { name: "About KA2 Budget" });
    await aboutButton.click();
    const about = page.getByRole("dialog", { name: "About KA2 Budget" });
    await about.waitFor();
    for (let press = 0; press < 4; press++) await page.keyboard.press("Tab");
    expect(await about.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await about.waitFor({ state: "detached" });
    expect(await aboutButton.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("draws 3,000 findings a page at a time", async () => {
    const { browser, served } = session();
    const { page, errors } = await openPreview(
      browser,
      `${served.url}preview.html?example=(3000 findings)`,
    );
    const pane = page.getByTestId("pane");
    await pane.getByRole("button", { name: "Check", exact: true }).click();
    // 3,000 typed-over amounts, and the meetings' caps of both project years on top.
    await pane.getByText(/^The budget has 3,\d{3} errors\.$/).waitFor({ timeout: 120_000 });
    // The findings list's buttons: the hidden Totals tab has buttons of its own. The list
    // draws a screenful first and the rest of its page of 100 once that is painted.
    const findingButtons = pane.locator("ul button:visible");
    await findingButtons.nth(99).waitFor();
    expect(await findingButtons.count()).toBe(100);
    const nodes = () => pane.evaluate((element) => element.querySelectorAll("*").length);
    expect(await nodes()).toBeLessThan(2500);
    await pane.getByRole("button", { name: "Show 100 more" }).click();
    await pane.getByText(/^Showing 200 of 3,\d{3} findings\.$/).waitFor();
    expect(await findingButtons.count()).toBe(200);
    await findingButtons.nth(150).click();
    await pane.locator("ul button[aria-current=true]").waitFor();
    // The sheet beside the pane draws the rows in view, scrolled to the selected cell.
    const selection = page.getByTestId("selection");
    await selection.getByText(/^Selection: Meetings!/).waitFor();
    const address = (await selection.textContent())?.replace("Selection: ", "") ?? "";
    const cell = page.locator(`td[data-address="${address}"]`);
    expect(await cell.getAttribute("data-selected")).toBe("true");
    const inView = await cell.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const view = element.closest("table")?.parentElement?.getBoundingClientRect();
      return view !== undefined && box.top >= view.top && box.bottom <= view.bottom;
    });
    expect(inView).toBe(true);
    expect(await page.locator("td[data-address]").count()).toBeLessThan(3000);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
