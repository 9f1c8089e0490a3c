import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  buildPreview,
  chromiumMissing,
  launchChromium,
  openPreview,
  serve,
} from "../../test/e2e/preview-harness";

/**
 * `npm run bench:pane`: how the task pane copes with 3,000 findings, in headless Chromium over
 * the browser preview ("(3000 findings)": a made-up budget whose every meeting has a typed-over
 * amount). For Check, a click on a finding, a severity filter toggled off and on, and a switch
 * of language: milliseconds from the input to the next painted frame once the pane shows the
 * result, and the pane's DOM nodes after it. Reported, never asserted (the machine is shared).
 */

interface Step {
  step: string;
  ms: number;
  paneNodes: number;
}

/**
 * Runs `action` in the page and waits, frame by frame, until `done` holds; then one more frame,
 * so the time includes drawing it. Both are page-side expressions (strings: no DOM types here).
 */
async function timed(page: Page, action: string, done: string): Promise<number> {
  return page.evaluate(
    ({ action, done }) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        new Function(action)();
        const holds = new Function(`return (${done});`) as () => boolean;
        const frame = () => {
          if (performance.now() - start > 60_000) reject(new Error(`never: ${done}`));
          else if (holds()) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { action, done },
  );
}

const paneNodes = (page: Page) =>
  page.evaluate(
    "document.querySelector('[data-testid=pane]').querySelectorAll('*').length",
  ) as Promise<number>;

const pane = "document.querySelector('[data-testid=pane]')";
const buttonNamed = (text: string) =>
  `Array.from(${pane}.querySelectorAll('button')).find((b) => b.textContent.trim() === ${JSON.stringify(text)})`;

async function main(): Promise<void> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const dir = mkdtempSync(join(tmpdir(), "ka2-bench-pane-"));
  buildPreview(dir);
  const served = await serve(dir);
  const browser = await launchChromium();
  try {
    // The pane alone (as in Excel), then beside the preview's drawing of the 3,000-row sheet.
    for (const layout of ["pane alone", "beside the sheet"]) {
      const query = layout === "pane alone" ? "&layout=pane" : "";
      await measure(browser, `${served.url}preview.html?example=(3000 findings)${query}`, layout);
    }
  } finally {
    await browser.close();
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(browser: Browser, url: string, layout: string): Promise<void> {
  {
    const { page } = await openPreview(browser, url, { width: 1280, height: 900 });
    await page.getByTestId("pane").getByRole("button", { name: "Check", exact: true }).waitFor();
    const steps: Step[] = [];
    const record = async (step: string, action: string, done: string) => {
      const ms = await timed(page, action, done);
      steps.push({ step, ms: Math.round(ms), paneNodes: await paneNodes(page) });
    };
    const finding = (n: number) => `${pane}.querySelectorAll('ul button')[${n}]`;
    await record(
      "Check (3,000 findings)",
      `${buttonNamed("Check")}.click()`,
      `/The budget has 3,\\d{3} errors\\./.test(${pane}.textContent)`,
    );
    await record(
      "click a finding",
      `${finding(50)}.click()`,
      `${finding(50)}.getAttribute('aria-current') === 'true'`,
    );
    await record(
      "click another finding",
      `${finding(80)}.click()`,
      `${finding(80)}.getAttribute('aria-current') === 'true'`,
    );
    await record(
      "filter: hide errors",
      `Array.from(${pane}.querySelectorAll('button[aria-pressed]'))[0].click()`,
      `!Array.from(${pane}.querySelectorAll('h3')).some((h) => h.textContent.startsWith('Errors'))`,
    );
    await record(
      "filter: show errors",
      `Array.from(${pane}.querySelectorAll('button[aria-pressed]'))[0].click()`,
      `Array.from(${pane}.querySelectorAll('h3')).some((h) => h.textContent.startsWith('Errors')) && ${pane}.querySelectorAll('ul button').length >= 100`,
    );
    await record(
      "switch to Latvian",
      `(() => { const s = ${pane}.querySelector('select'); s.value = 'lv'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
      `!!${buttonNamed("Pārbaudīt")}`,
    );
    await record(
      "show 100 more",
      `Array.from(${pane}.querySelectorAll('button')).find((b) => b.textContent.startsWith('Rādīt vēl')).click()`,
      `${pane}.querySelectorAll('ul button').length >= 200`,
    );
    console.log(`Task pane with 3,000 findings, ${layout} (ms to the painted result; DOM nodes):`);
    console.table(steps);
    console.log(JSON.stringify({ layout, pane: steps }));
    await page.context().close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
