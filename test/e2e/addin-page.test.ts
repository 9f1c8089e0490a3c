import path from "path";
import { buildAddin, browserSuite, openPreview, outputDir } from "./preview-harness";

/*
 * The add-in's own page (taskpane.html with office.js from the add-in's host, the pane, the
 * custom functions and the commands) opened in a plain browser: office.js reports no host,
 * and the page says it belongs in Excel, without a blank pane and without any request off
 * this machine (no office.js CDN).
 */

/**
 * Requests the page tried to make off the machine (all aborted), but for office.js's own
 * telemetry frame, which office.js opens a few seconds after it loads even outside Office
 * (seen with office.js alone on the page); the add-in's code asks for nothing.
 */
function offMachine(blocked: readonly string[]): string[] {
  return blocked.filter(
    (url) => new URL(url).hostname !== "telemetryservice.firstpartyapps.oaspapps.com",
  );
}

browserSuite("the add-in's page outside Excel", buildAddin, (session) => {
  it("loads office.js locally and says to open it from Excel", async () => {
    const { browser, served } = session();
    const { page, blocked, errors } = await openPreview(browser, `${served.url}taskpane.html`, {
      width: 350,
      height: 400,
    });
    await page.getByText("KA2 Budget runs inside Excel").waitFor();
    await page.screenshot({ path: path.join(outputDir, "addin-page-outside-excel.png") });
    expect(offMachine(blocked)).toEqual([]);
    expect(errors).toEqual([]);
    expect(
      await page.getByText("KA2 Budget cannot run in this version of Office").isVisible(),
    ).toBe(false);
    await page.context().close();
  });

  it("says in English and Latvian that Internet Explorer's web view cannot run it", async () => {
    const { browser, served } = session();
    const { page, blocked } = await openPreview(browser, `${served.url}taskpane.html`, {
      width: 350,
      height: 400,
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    await page.getByText("KA2 Budget cannot run in this version of Office").waitFor();
    await page.getByText("KA2 Budget nevar darboties šajā Office versijā").waitFor();
    expect(await page.locator("#root").isVisible()).toBe(false);
    expect(offMachine(blocked)).toEqual([]);
    await page.context().close();
  });
});
