import type { CellValue, RawTable, RawWorkbook, UnreadTable } from "../domain/workbook";
import { readRange, type CellRange } from "./a1-range";
import { folderOf, relationshipsOf, relsNameOf, resolveTarget } from "./part-names";
import { NotPlainSheet, SheetCellReader, type SheetContext, type SheetCells } from "./sheet-cells";
import { tableLayout, type TablePartLayout } from "./table-layout";
import { checkedWorkbookParts } from "./xlsx-parts";
import { inflatedChunks, inflateEntry, type ZipEntry } from "./zip-archive";
import { xmlPieces } from "./xml-pieces";
import { attribute, tagsNamed, xmlText } from "./xml-text";

/**
 * The command's own reader of an .xlsx's tables: it inflates the workbook, relationship, table
 * and shared-text parts, then streams each sheet, inflating and reading it a piece of about
 * 64 KB at a time and keeping only the table cells. exceljs builds a model of every cell, row
 * and style and needs about 17 times the file's unzipped size in memory; this keeps the
 * tables' values and one piece of a sheet's text.
 *
 * It gives the same RawWorkbook as reading through exceljs (rawWorkbookOf), and where it cannot
 * be sure of that — an unusual part name, prefixed XML, inline or date cells, merged cells, a
 * damaged part — it returns undefined and the caller reads the file with exceljs, which also
 * gives the same error messages for damaged files.
 */
export async function readTablesDirectly(bytes: Buffer): Promise<RawWorkbook | undefined> {
  try {
    return await readTables(bytes);
  } catch {
    return undefined;
  }
}

interface TableModel extends TablePartLayout {
  name?: string;
  range: ReturnType<typeof readRange>;
}

const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
const TABLE_PART = /^xl\/tables\/table\d+\.xml$/;
const PREFIXED = /<\w+:(?:workbook|sheets?|Relationships?|table|tableColumn|sst|si|styleSheet)\b/;

function notPlain(reason: string): never {
  throw new NotPlainSheet(reason);
}

/** A .rels part's internal relationships: id → the part name it points at. */
function relationships(xml: string | undefined, part: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const relationship of relationshipsOf(xml ?? "")) {
    if (relationship.external || relationship.id === "") continue;
    targets.set(relationship.id, resolveTarget(folderOf(part), relationship.target));
  }
  return targets;
}

/** A part's XML (whole or a piece of it) as exceljs's parser reads it, or NotPlainSheet. */
function plainXml(xml: string): string {
  if (PREFIXED.test(xml)) notPlain("prefixed XML");
  // exceljs's XML parser turns line breaks in attributes into spaces; leave those to it.
  if (/="[^"]*[\r\n\t][^"]*"/.test(xml)) notPlain("a line break in an attribute");
  return xml.includes("\r") ? xml.replace(/\r\n?/g, "\n") : xml;
}

/**
 * The shared texts as exceljs gives them: a string, or rich text runs. The part is read in
 * pieces that end after a text, like a sheet: at 100,000 rows it holds 1.5 MB of XML.
 */
async function sharedStrings(bytes: Buffer, entry: ZipEntry): Promise<unknown[]> {
  const texts: unknown[] = [];
  for await (const piece of xmlPieces(inflatedChunks(bytes, entry), "</si>")) {
    const xml = plainXml(piece);
    if (xml.includes("<rPh") || xml.includes("<![CDATA[")) notPlain("phonetic or CDATA texts");
    // As in sheet-cells.ts: a text never runs into the next one, and one not closed is left to exceljs.
    for (const item of xml.matchAll(/<si>((?:[^<]|<(?!\/?si\b))*)<\/si>|<si\b/g)) {
      texts.push(sharedText(item[1] ?? notPlain("an empty or unclosed shared text")));
    }
  }
  return texts;
}

/** One shared text (the inside of an `si` element). */
function sharedText(inner: string): unknown {
  const texts = Array.from(inner.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g), (text) =>
    xmlText(text[1] ?? ""),
  );
  if (texts.length === 0 || texts.some((text) => text === "")) notPlain("an empty shared text");
  if (!inner.includes("<r>") && !inner.includes("<r ")) {
    if (texts.length !== 1) notPlain("a shared text of several parts");
    return texts[0];
  }
  if (!inner.startsWith("<r")) notPlain("rich text with a plain part");
  return { richText: texts.map((text) => ({ text })) };
}

/** Builtin number formats that show numbers, not dates (0–13, 37–44, 48, 49). */
function builtinNumberFormat(id: number): boolean {
  return (id >= 0 && id <= 13) || (id >= 37 && id <= 44) || id === 48 || id === 49;
}

/** exceljs's test for a date format: date letters outside quotes and brackets. */
function dateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Which cell styles (index into cellXfs) exceljs reads as dates. */
function dateStyles(xml: string | undefined): (style: number) => boolean {
  if (xml === undefined) return () => false;
  const codes = new Map<number, string>();
  for (const tag of tagsNamed(xml, "numFmt")) {
    codes.set(Number(attribute(tag, "numFmtId")), attribute(tag, "formatCode") ?? "");
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  const dated = tagsNamed(cellXfs, "xf").map((tag) => {
    const id = Number(attribute(tag, "numFmtId") ?? "0");
    if (builtinNumberFormat(id)) return false;
    const code = codes.get(id);
    return code === undefined ? true : dateFormat(code);
  });
  return (style) => dated[style] === true;
}

function tableModel(xml: string): TableModel {
  const tag = /<table\b([^>]*)>/.exec(xml)?.[1];
  if (tag === undefined) return notPlain("a table part without a table");
  const columns = tagsNamed(xml, "tableColumn").map((column) => attribute(column, "name"));
  return {
    name: attribute(tag, "displayName") || attribute(tag, "name"),
    range: readRange(attribute(tag, "ref") ?? ""),
    headerRow: attribute(tag, "headerRowCount") === "1",
    totalsRow: attribute(tag, "totalsRowCount") === "1",
    columns,
  };
}

async function readTables(bytes: Buffer): Promise<RawWorkbook> {
  const { read } = checkedWorkbookParts(bytes);
  const entries = new Map<string, ZipEntry>(read.map((entry) => [entry.name, entry]));
  const part = (name: string): string | undefined => {
    const entry = entries.get(name);
    if (entry === undefined) return undefined;
    return plainXml(inflateEntry(bytes, entry).toString("utf8"));
  };
  const workbookXml = part("xl/workbook.xml") ?? notPlain("no workbook part");
  const books = relationships(part("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  const sharedEntry = entries.get("xl/sharedStrings.xml");
  const context: Omit<SheetContext, "sharedFormulas"> = {
    sharedStrings: sharedEntry ? await sharedStrings(bytes, sharedEntry) : [],
    isDateStyle: dateStyles(part("xl/styles.xml")),
  };
  const tables: RawTable[] = [];
  const unreadTables: UnreadTable[] = [];
  const sheetTags = tagsNamed(workbookXml, "sheet");
  if (sheetTags.length === 0) notPlain("no sheets");
  for (const sheetTag of sheetTags) {
    const sheet = attribute(sheetTag, "name") ?? notPlain("a sheet without a name");
    if (sheet.length > 31 || /[*?:\\/[\]]/.test(sheet)) notPlain("a sheet name Excel refuses");
    const sheetPart = books.get(attribute(sheetTag, "r:id") ?? "") ?? notPlain("no sheet part");
    const sheetEntry = entries.get(sheetPart);
    if (!SHEET_PART.test(sheetPart) || !sheetEntry) notPlain("an unusual sheet part");
    const sheetRels = relationships(part(relsNameOf(sheetPart)), sheetPart);
    // The sheet lists its tables after its cells, and it is read once, from the start: so the
    // cells of every table its relationships point at are kept, and those it lists are used.
    const candidates = tableCandidates(sheetRels, part);
    const read = await readSheet(bytes, sheetEntry, candidates, context);
    if (sharedEntry === undefined && read.usesSharedTexts) notPlain("no shared texts part");
    const models = tagsNamed(read.tableList, "tablePart").map((tag) => {
      const tablePart = sheetRels.get(attribute(tag, "r:id") ?? "");
      if (!tablePart || !TABLE_PART.test(tablePart)) return notPlain("an unusual table part");
      const model = candidates.get(tablePart);
      if (model === undefined) {
        // Not a candidate: missing or not a table part; tableModel says why.
        tableModel(part(tablePart) ?? notPlain("a missing table part"));
        return notPlain("a table part not read");
      }
      return { part: tablePart, model };
    });
    const names = models.map(({ model }) => model.name);
    if (new Set(names).size !== names.length) notPlain("two tables of one name on a sheet");
    for (const { part: tablePart, model } of models) {
      if (!("value" in model.range) || !model.name) {
        unreadTables.push({
          name: model.name ?? "(no name)",
          sheet,
          reason: "problem" in model.range ? model.range.problem : "it has no name",
        });
        continue;
      }
      const grid = read.grids.get(tablePart) ?? [];
      tables.push(tableOf(model, model.range.value, sheet, grid, read.rowCount));
    }
  }
  return unreadTables.length > 0 ? { tables, unreadTables } : { tables };
}

/** The table parts a sheet's relationships point at that read as tables, by part name. */
function tableCandidates(
  sheetRels: ReadonlyMap<string, string>,
  part: (name: string) => string | undefined,
): Map<string, TableModel> {
  const candidates = new Map<string, TableModel>();
  for (const tablePart of new Set(sheetRels.values())) {
    if (!TABLE_PART.test(tablePart)) continue;
    try {
      const xml = part(tablePart);
      if (xml !== undefined) candidates.set(tablePart, tableModel(xml));
    } catch {
      // Only an error if the sheet lists it (readTables asks again).
    }
  }
  return candidates;
}

interface ReadSheet {
  rowCount: number;
  /** Each candidate table's rows (see SheetCells), by table part. */
  grids: Map<string, (CellValue[] | undefined)[]>;
  /** The sheet's text from its last "<tableParts" on. */
  tableList: string;
  usesSharedTexts: boolean;
}

/** One pass over a sheet part, inflated and read in pieces that end after a row. */
async function readSheet(
  bytes: Buffer,
  entry: ZipEntry,
  candidates: ReadonlyMap<string, TableModel>,
  context: Omit<SheetContext, "sharedFormulas">,
): Promise<ReadSheet> {
  const readable = [...candidates].flatMap(([name, model]) =>
    "value" in model.range ? [{ name, range: model.range.value }] : [],
  );
  const reader =
    readable.length > 0
      ? new SheetCellReader(
          readable.map(({ range }) => range),
          { ...context, sharedFormulas: new Set() },
        )
      : undefined;
  let tableList = "";
  let usesSharedTexts = false;
  for await (const piece of xmlPieces(inflatedChunks(bytes, entry), "</row>")) {
    if (!usesSharedTexts) usesSharedTexts = piece.includes('t="s"') || piece.includes("t='s'");
    if (piece.includes(":tablePart")) notPlain("prefixed XML");
    const listed = piece.lastIndexOf("<tableParts");
    if (listed >= 0) tableList = piece.slice(listed);
    else if (tableList !== "") tableList += piece;
    reader?.read(piece);
  }
  const cells: SheetCells = reader?.cells() ?? { rowCount: 0, grids: [] };
  return {
    rowCount: cells.rowCount,
    grids: new Map(readable.map(({ name }, index) => [name, cells.grids[index] ?? []])),
    tableList,
    usesSharedTexts,
  };
}

/** The table as rawWorkbookOf reads it from exceljs (see read-xlsx.ts for why each step). */
function tableOf(
  model: TableModel,
  range: CellRange,
  sheet: string,
  grid: readonly (CellValue[] | undefined)[],
  rowCount: number,
): RawTable {
  const { top, left, right } = range;
  const width = right - left + 1;
  const { headerRow, lastDataRow, headers } = tableLayout(
    model,
    range,
    rowCount,
    (index) => grid[0]?.[index] ?? null,
  );
  const blank: CellValue[] = new Array<CellValue>(width).fill(null);
  const rows: CellValue[][] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= lastDataRow; rowNumber++) {
    rows.push(grid[rowNumber - top] ?? blank);
  }
  return { name: model.name ?? "", sheet, headerRow, firstColumn: left, headers, rows };
}
