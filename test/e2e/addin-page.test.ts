import { mkdirSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import type { Browser } from "playwright-core";
import {
  buildAddin,
  chromiumMissing,
  launchChromium,
  openPreview,
  outputDir,
  serve,
  type Served,
} from "./preview-harness";

/*
 * The add-in's own page (taskpane.html with office.js from the add-in's host, the pane, the
 * custom functions and the commands) opened in a plain browser: office.js reports no host,
 * and the page says it belongs in Excel, without a blank pane and without any request off
 * this machine (no office.js CDN).
 */

const missing = chromiumMissing();
const ci = process.env.CI === "true" || process.env.CI === "1";
if (missing && !ci) console.warn(`Skipping the browser tests. ${missing}`);
const suite = missing && !ci ? describe.skip : describe;

suite("the add-in's page outside Excel", () => {
  let dir: string;
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    mkdirSync(outputDir, { recursive: true });
    dir = mkdtempSync(path.join(os.tmpdir(), "ka2-addin-"));
    buildAddin(dir);
    served = await serve(dir);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads office.js locally and says to open it from Excel", async () => {
    const { page, blocked, errors } = await openPreview(browser, `${served.url}taskpane.html`, {
      width: 350,
      height: 400,
    });
    await page.getByText("KA2 Budget runs inside Excel").waitFor();
    await page.screenshot({ path: path.join(outputDir, "addin-page-outside-excel.png") });
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
