/**
 * Offers text as a file download: a Blob behind a temporary link with a download name. Works
 * in browsers and in Excel's web views (Edge WebView2, WKWebView) without any server.
 */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled; revoking at once can cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

const stemLength = 40;

/**
 * "digiskola-digital-skills" from a project title, for file names; "ka2-budget" without one.
 * A long title is cut after its last whole word that fits, never inside a word.
 */
export function fileStem(title: string | undefined): string {
  const full = (title ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const lastBreak = full.lastIndexOf("-", stemLength);
  const stem =
    full.length <= stemLength
      ? full
      : lastBreak > 0
        ? full.slice(0, lastBreak)
        : full.slice(0, stemLength);
  return stem === "" ? "ka2-budget" : stem;
}
