import path from "path";
import { buildAddin, browserSuite, openPreview, outputDir } from "./preview-harness";

/*
 * The add-in's own page (taskpane.html with office.js from the add-in's host, the pane, the
 * custom functions and the commands) opened in a plain browser: office.js reports no host,
 * and the page says it belongs in Excel, without a blank pane and without any request off
 * this machine (no office.js CDN).
 */

browserSuite("the add-in's page outside Excel", buildAddin, (session) => {
  it("loads office.js locally and says to open it from Excel", async () => {
    const { browser, served } = session();
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
