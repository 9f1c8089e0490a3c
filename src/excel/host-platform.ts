/**
 * What the Excel the pane runs in can do outside the workbook, from Office.context.platform
 * ("PC", "OfficeOnline", "Mac", "iOS", "Android", "Universal").
 */

/**
 * Whether a Blob link with a download name saves a file. Excel on Mac shows the pane in a
 * WKWebView that ignores such links without an error (office-js issues 2700, closed by design,
 * and 3385); Excel on iPad and Android do the same. Windows (WebView2) and Excel on the web
 * save the file; an unknown host (a plain browser) is taken to be a browser.
 */
export function downloadsWork(platform: string | undefined): boolean {
  return platform !== "Mac" && platform !== "iOS" && platform !== "Android";
}
