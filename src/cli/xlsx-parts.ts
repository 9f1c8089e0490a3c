import { minimalStyles, partNamePlan, renamedRelationships } from "./part-names";
import { readErrorText, type ReadErrorText } from "./read-error-text";
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
  /**
   * Cells a sheet's tables may hold as read: a budget table of 100,000 rows and 20 columns has
   * 2 million. A table beyond it is refused rather than exhausting memory.
   */
  tableCells: 50_000_000,
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

/** Refuses a zip whose declared contents no budget workbook comes near. */
function checkDeclaredSizes(entries: readonly ZipEntry[], fileBytes: number): void {
  const expanded = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  const tooLarge = expanded > workbookLimits.expandedBytes;
  const tooDense =
    expanded > workbookLimits.ratioExemptBytes &&
    expanded > fileBytes * workbookLimits.expansionRatio;
  if (tooLarge || tooDense) {
    throw new ZipArchiveError(readErrorText("zip/expands", { expanded, from: fileBytes }));
  }
}

/** A different kind of document in a zip: what to tell the user, or undefined for an .xlsx. */
function foreignDocument(
  names: ReadonlySet<string>,
  mimetype: string | undefined,
): ReadErrorText | undefined {
  if (names.has("xl/workbook.xml")) return undefined;
  if (mimetype?.includes("opendocument.spreadsheet")) return readErrorText("zip/ods", {});
  if (mimetype?.includes("opendocument")) return readErrorText("zip/opendocument", {});
  if (names.has("word/document.xml")) return readErrorText("zip/word", {});
  if (names.has("ppt/presentation.xml")) return readErrorText("zip/powerpoint", {});
  if (names.has("xl/workbook.bin")) return readErrorText("zip/xlsb", {});
  return readErrorText("zip/no-workbook", {});
}

/** The part a .rels part belongs to: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → "". */
function sourcePartOf(relsName: string): string {
  return relsName.replace(/_rels\/([^/]*)\.rels$/, "$1");
}

/** Relationship parts are a few KB; one larger is not read to plan the renames. */
const MAX_RELS_BYTES = 4 * 1024 * 1024;

/** Whether a worksheet refers to shared strings (cells of type "s"). */
function usesSharedStrings(sheet: Buffer): boolean {
  return sheet.includes('t="s"') || sheet.includes("t='s'");
}

/**
 * The .xlsx bytes exceljs should load: the parts it reads, inflated within the limits, in a
 * zip without compression. Throws ZipArchiveError with the reason for anything else.
 */
export function preparedWorkbookZip(bytes: Buffer): Buffer {
  const entries = checkedEntries(bytes);

  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const plan = partNamePlan((name) => {
    const entry = byName.get(name);
    if (!entry || entry.uncompressedSize > MAX_RELS_BYTES) return undefined;
    return inflateEntry(bytes, entry).toString("utf8");
  });
  const renamed = plan?.renamed ?? new Map<string, string>();
  const taken = new Set(renamed.values());
  const nameOf = (name: string) => renamed.get(name) ?? name;
  // The parts exceljs reads under their new names, and none that a new name would collide with.
  const read = entries.filter(
    (entry) =>
      !entry.name.endsWith("/") &&
      (renamed.has(entry.name) || (wanted(entry.name) && !taken.has(entry.name))),
  );
  refuseOversizedRead(read);
  const parts: { name: string; data: Buffer }[] = [];
  let sheetsUseSharedStrings = false;
  for (const entry of read) {
    const name = nameOf(entry.name);
    let data = inflateEntry(bytes, entry);
    if (name.endsWith(".rels")) {
      // Targets relative to the part's (new) folder, and to the parts' new names: exceljs
      // resolves neither absolute targets (openpyxl writes "/xl/tables/table1.xml") nor others.
      const from = sourcePartOf(entry.name);
      const xml = renamedRelationships(data.toString("utf8"), renamed, { from, to: nameOf(from) });
      data = Buffer.from(xml, "utf8");
    } else if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name) && !sheetsUseSharedStrings) {
      sheetsUseSharedStrings = usesSharedStrings(data);
    }
    parts.push({ name, data });
  }
  const final = new Set(parts.map((part) => part.name));
  if (sheetsUseSharedStrings && !final.has("xl/sharedStrings.xml")) {
    throw new ZipArchiveError(readErrorText("zip/no-shared-strings", {}));
  }
  // Styles are optional in the format; exceljs cannot read a workbook without them.
  if (!final.has("xl/styles.xml")) {
    parts.push({ name: "xl/styles.xml", data: Buffer.from(minimalStyles, "utf8") });
  }
  return storedZip(parts);
}

/** Throws when the parts to inflate would expand beyond the read limit, before inflating any. */
function refuseOversizedRead(read: readonly ZipEntry[]): void {
  const readBytes = read.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (readBytes > workbookLimits.readBytes) {
    throw new ZipArchiveError(
      readErrorText("zip/sheets-too-large", {
        expanded: readBytes,
        limit: workbookLimits.readBytes,
      }),
    );
  }
}

/** The zip's entries, once the file is known to be an .xlsx whose declared sizes are sane. */
function checkedEntries(bytes: Buffer): ZipEntry[] {
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
  return entries;
}

/**
 * The parts under their usual names that the command's own table reader may inflate, after
 * the checks preparedWorkbookZip makes; throws ZipArchiveError otherwise. That reader leaves
 * files with other part names to exceljs (through preparedWorkbookZip).
 */
export function checkedWorkbookParts(bytes: Buffer): { read: ZipEntry[] } {
  const read = checkedEntries(bytes).filter(
    (entry) => !entry.name.endsWith("/") && wanted(entry.name),
  );
  refuseOversizedRead(read);
  return { read };
}
