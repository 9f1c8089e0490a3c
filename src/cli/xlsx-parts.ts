import { inflateEntry, storedZip, zipEntries, ZipArchiveError, type ZipEntry } from "./zip-archive";

/**
 * Chooses, checks and prepares the parts of an .xlsx before exceljs sees them. exceljs inflates
 * every part of the zip it is given, wanted or not, with no limit; so it gets a new zip with
 * only the parts it reads, inflated here within the limits below, and with the relationship
 * targets written the way it understands them.
 */

/**
 * Limits of what the command reads. A budget of 100,000 rows (npm run bench) is about 2.3 MB
 * on disk and expands to about 22 MB; the limits leave room for far more. Declared sizes are
 * added up for every part, read or not.
 */
export const workbookLimits = {
  /** Bytes of the .xlsx file on disk. */
  fileBytes: 100 * 1024 * 1024,
  /**
   * Bytes the parts exceljs reads expand to. exceljs needs about 18 times that in memory
   * (100,000 rows: 22 MB, 409 MB peak RSS), so this keeps a check inside a 1 GB heap.
   */
  readBytes: 48 * 1024 * 1024,
  /** Bytes all parts expand to, as the zip directory declares them. */
  expandedBytes: 512 * 1024 * 1024,
  /** Expanded ÷ compressed size of the whole file; spreadsheet XML stays far below. */
  expansionRatio: 200,
  /** A file expanding to less is never refused for its ratio (tiny, very regular sheets). */
  ratioExemptBytes: 16 * 1024 * 1024,
};

/**
 * The parts exceljs reads; every other part (custom XML, printer settings, pivot caches,
 * external links …) is never inflated. Comments, drawings and pictures are kept although a
 * check does not need them: exceljs fails on a sheet whose relationships point at a missing part.
 */
const WORKBOOK_PARTS = [
  /^_rels\/\.rels$/,
  /^docProps\/(app|core)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/theme\/[a-zA-Z0-9]+\.xml$/,
  /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/,
  /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
  /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/comments\d+\.xml$/,
];

function wanted(name: string): boolean {
  return WORKBOOK_PARTS.some((pattern) => pattern.test(name));
}

function gigabytes(bytes: number): string {
  const value = bytes / 1024 ** 3;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)} GB`;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 ** 2)} MB`;
}

/** Refuses a zip whose declared contents no budget workbook comes near. */
function checkDeclaredSizes(entries: readonly ZipEntry[], fileBytes: number): void {
  const expanded = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  const tooLarge = expanded > workbookLimits.expandedBytes;
  const tooDense =
    expanded > workbookLimits.ratioExemptBytes &&
    expanded > fileBytes * workbookLimits.expansionRatio;
  if (tooLarge || tooDense) {
    const size = expanded >= 1024 ** 3 ? gigabytes(expanded) : megabytes(expanded);
    throw new ZipArchiveError(
      `this file expands to ${size} (from ${megabytes(fileBytes) === "0 MB" ? `${fileBytes} bytes` : megabytes(fileBytes)}); it is not a budget workbook`,
    );
  }
}

/** A different kind of document in a zip: what to tell the user, or undefined for an .xlsx. */
function foreignDocument(
  names: ReadonlySet<string>,
  mimetype: string | undefined,
): string | undefined {
  if (names.has("xl/workbook.xml")) return undefined;
  if (mimetype?.includes("opendocument.spreadsheet")) {
    return "is an OpenDocument spreadsheet (.ods); open it in LibreOffice Calc or Excel and save it as an Excel workbook (.xlsx)";
  }
  if (mimetype?.includes("opendocument")) return "is an OpenDocument file, not an Excel workbook";
  if (names.has("word/document.xml")) return "is a Word document, not an Excel workbook";
  if (names.has("ppt/presentation.xml")) return "is a PowerPoint file, not an Excel workbook";
  if (names.has("xl/workbook.bin")) {
    return "is a binary Excel workbook (.xlsb); save it in Excel as an .xlsx workbook";
  }
  return "is a zip file but not an .xlsx workbook (it has no xl/workbook.xml)";
}

/** The folder a .rels part's relationships are relative to: "xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets/". */
function sourceFolder(relsName: string): string {
  return relsName.replace(/_rels\/[^/]*$/, "");
}

/** "/xl/tables/table1.xml" seen from "xl/worksheets/" → "../tables/table1.xml". */
export function relativeTarget(folder: string, absolute: string): string {
  const from = folder.split("/").filter((part) => part !== "");
  const to = absolute.split("/").filter((part) => part !== "");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * Relationship targets written from the package root ("/xl/tables/table1.xml", as Python's
 * openpyxl writes them) rewritten relative to their part, which is all exceljs resolves.
 */
export function relativeRelationships(xml: string, relsName: string): string {
  const folder = sourceFolder(relsName);
  return xml.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) => {
    if (/\bTargetMode\s*=\s*["']External["']/.test(tag)) return tag;
    return tag.replace(
      /(\bTarget\s*=\s*)(["'])\/([^"']*)\2/,
      (_match, attribute: string, quote: string, target: string) =>
        `${attribute}${quote}${relativeTarget(folder, `/${target}`)}${quote}`,
    );
  });
}

/** Whether a worksheet refers to shared strings (cells of type "s"). */
function usesSharedStrings(sheet: Buffer): boolean {
  return sheet.includes('t="s"') || sheet.includes("t='s'");
}

/**
 * The .xlsx bytes exceljs should load: the parts it reads, inflated within the limits, in a
 * zip without compression. Throws ZipArchiveError with the reason for anything else.
 */
export function preparedWorkbookZip(bytes: Buffer): Buffer {
  const { read, names } = checkedWorkbookParts(bytes);
  const parts: { name: string; data: Buffer }[] = [];
  let sheetsUseSharedStrings = false;
  for (const entry of read) {
    let data = inflateEntry(bytes, entry);
    if (entry.name.endsWith(".rels")) {
      data = Buffer.from(relativeRelationships(data.toString("utf8"), entry.name), "utf8");
    } else if (/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name) && !sheetsUseSharedStrings) {
      sheetsUseSharedStrings = usesSharedStrings(data);
    }
    parts.push({ name: entry.name, data });
  }
  if (sheetsUseSharedStrings && !names.has("xl/sharedStrings.xml")) {
    throw new ZipArchiveError(
      "its cells refer to a list of shared texts (xl/sharedStrings.xml) that the file does not contain; it is damaged",
    );
  }
  return storedZip(parts);
}

/**
 * The parts of an .xlsx the command may read, after the checks every reader shares: the file
 * is an .xlsx (not another zip document), its declared sizes are sane, and the parts read stay
 * within workbookLimits.readBytes. Throws ZipArchiveError with the reason otherwise.
 */
export function checkedWorkbookParts(bytes: Buffer): {
  read: ZipEntry[];
  names: ReadonlySet<string>;
} {
  const entries = zipEntries(bytes);
  const names = new Set(entries.map((entry) => entry.name));
  const mimetypeEntry = entries.find((entry) => entry.name === "mimetype");
  const mimetype =
    mimetypeEntry && mimetypeEntry.uncompressedSize < 200
      ? inflateEntry(bytes, mimetypeEntry).toString("latin1")
      : undefined;
  const foreign = foreignDocument(names, mimetype);
  if (foreign) throw new ZipArchiveError(foreign);
  checkDeclaredSizes(entries, bytes.length);

  const read = entries.filter((entry) => !entry.name.endsWith("/") && wanted(entry.name));
  const readBytes = read.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (readBytes > workbookLimits.readBytes) {
    throw new ZipArchiveError(
      `its sheets expand to ${megabytes(readBytes)}, more than the ${megabytes(workbookLimits.readBytes)} the command reads (about 200,000 budget rows)`,
    );
  }
  return { read, names };
}
