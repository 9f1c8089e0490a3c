import path from "path";
import { buildAddin, browserSuite, openPreview, outputDir } from "./preview-harness";

/*
 * The add-in's own page (taskpane.html with office.js from the add-in's host, the pane, the
 * custom functions and the commands) opened in a plain browser: office.js reports no host,
 * and the page says it belongs in Excel, without a blank pane and without any request off
 * this machine (no office.js CDN).
 */

/**
 * office.js's own telemetry frame. office.js opens it on a timer of its own whatever the page
 * does, so whether it asks before the test ends depends on how busy the machine is. It is
 * blocked like every other request off this machine, and the page works without it.
 */
const officeTelemetry = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

browserSuite("the add-in's page outside Excel", buildAddin, (session) => {
  it("loads office.js locally and says to open it from Excel", async () => {
    const { browser, served } = session();
    const { page, blocked, errors } = await openPreview(browser, `${served.url}taskpane.html`, {
      width: 350,
      height: 400,
    });
    await page.getByText("KA2 Budget runs inside Excel").waitFor();
    await page.screenshot({ path: path.join(outputDir, "addin-page-outside-excel.png") });
    expect(blocked.filter((url) => !officeTelemetry.test(url))).toEqual([]);
    expect(errors.filter((error) => !officeTelemetry.test(error))).toEqual([]);
    await page.context().close();
  });
});
