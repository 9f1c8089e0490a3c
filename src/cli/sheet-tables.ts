import type { CellValue, RawTable, RawWorkbook, UnreadTable } from "../domain/workbook";
import { headerKey } from "../domain/workbook";
import { readRange, type CellRange } from "./a1-range";
import { NotPlainSheet, sheetCells, type SheetContext } from "./sheet-cells";
import { checkedWorkbookParts } from "./xlsx-parts";
import { inflateEntry, type ZipEntry } from "./zip-archive";
import { attribute, tagsNamed, xmlText } from "./xml-text";

/**
 * The command's own reader of an .xlsx's tables: it inflates the workbook, relationship, table
 * and shared-text parts, then each sheet that holds a table, one at a time, keeping only the
 * table cells. exceljs builds a model of every cell, row and style and needs about 17 times the
 * file's unzipped size in memory; this keeps the tables' values and one sheet's text.
 *
 * It gives the same RawWorkbook as reading through exceljs (rawWorkbookOf), and where it cannot
 * be sure of that — an unusual part name, prefixed XML, inline or date cells, merged cells, a
 * damaged part — it returns undefined and the caller reads the file with exceljs, which also
 * gives the same error messages for damaged files.
 */
export function readTablesDirectly(bytes: Buffer): RawWorkbook | undefined {
  try {
    return readTables(bytes);
  } catch {
    return undefined;
  }
}

interface TableModel {
  name?: string;
  range: ReturnType<typeof readRange>;
  headerRow: boolean;
  totalsRow: boolean;
  /** The names tableColumn gives; undefined where it gives none. */
  columns: (string | undefined)[];
}

const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
const TABLE_PART = /^xl\/tables\/table\d+\.xml$/;
const PREFIXED = /<\w+:(?:workbook|sheets?|Relationships?|table|tableColumn|sst|si|styleSheet)\b/;

function notPlain(reason: string): never {
  throw new NotPlainSheet(reason);
}

/** A relationship target as a part name: relative to `folder`, or from the root with "/". */
function resolvePart(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

function relationships(xml: string | undefined, folder: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of tagsNamed(xml ?? "", "Relationship")) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id !== undefined && target !== undefined) targets.set(id, resolvePart(folder, target));
  }
  return targets;
}

/** The shared texts as exceljs gives them: a string, or rich text runs. */
function sharedStrings(xml: string | undefined): unknown[] {
  if (xml === undefined) return [];
  if (xml.includes("<rPh") || xml.includes("<![CDATA[")) notPlain("phonetic or CDATA texts");
  // As in sheet-cells.ts: a text never runs into the next one, and one not closed is left to exceljs.
  return Array.from(xml.matchAll(/<si>((?:[^<]|<(?!\/?si\b))*)<\/si>|<si\b/g), (item) => {
    if (item[1] === undefined) notPlain("an empty or unclosed shared text");
    const inner = item[1];
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
  });
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

function readTables(bytes: Buffer): RawWorkbook {
  const { read } = checkedWorkbookParts(bytes);
  const entries = new Map<string, ZipEntry>(read.map((entry) => [entry.name, entry]));
  const bytesOf = (name: string): Buffer | undefined => {
    const entry = entries.get(name);
    return entry ? inflateEntry(bytes, entry) : undefined;
  };
  const part = (name: string): string | undefined => {
    const data = bytesOf(name);
    if (data === undefined) return undefined;
    const xml = data.toString("utf8");
    if (PREFIXED.test(xml)) notPlain("prefixed XML");
    // exceljs's XML parser turns line breaks in attributes into spaces; leave those to it.
    if (/="[^"]*[\r\n\t][^"]*"/.test(xml)) notPlain("a line break in an attribute");
    return xml.includes("\r") ? xml.replace(/\r\n?/g, "\n") : xml;
  };
  const workbookXml = part("xl/workbook.xml") ?? notPlain("no workbook part");
  const books = relationships(part("xl/_rels/workbook.xml.rels"), "xl/");
  const sharedXml = part("xl/sharedStrings.xml");
  const context: Omit<SheetContext, "sharedFormulas"> = {
    sharedStrings: sharedStrings(sharedXml),
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
    if (!SHEET_PART.test(sheetPart) || !entries.has(sheetPart)) notPlain("an unusual sheet part");
    const relsName = sheetPart.replace(/[^/]*$/, (file) => `_rels/${file}.rels`);
    const sheetRels = relationships(part(relsName), "xl/worksheets/");
    const sheetXml = bytesOf(sheetPart) ?? notPlain("no sheet part");
    if (sharedXml === undefined && (sheetXml.includes('t="s"') || sheetXml.includes("t='s'"))) {
      notPlain("no shared texts part");
    }
    if (sheetXml.includes(":tablePart")) notPlain("prefixed XML");
    // The table parts are listed after the cells: only that end of the sheet is decoded here.
    const listed = sheetXml.lastIndexOf("<tableParts");
    const tableList = listed < 0 ? "" : sheetXml.toString("utf8", listed);
    const models = tagsNamed(tableList, "tablePart").map((tag) => {
      const tablePart = sheetRels.get(attribute(tag, "r:id") ?? "");
      if (!tablePart || !TABLE_PART.test(tablePart)) return notPlain("an unusual table part");
      return tableModel(part(tablePart) ?? notPlain("a missing table part"));
    });
    const names = models.map((model) => model.name);
    if (new Set(names).size !== names.length) notPlain("two tables of one name on a sheet");
    const readable = models.flatMap((model) => ("value" in model.range ? [model.range.value] : []));
    const cells =
      readable.length > 0
        ? sheetCells(sheetXml, readable, { ...context, sharedFormulas: new Set() })
        : { rowCount: 0, grids: [] as (CellValue[] | undefined)[][] };
    let next = 0;
    for (const model of models) {
      if (!("value" in model.range) || !model.name) {
        unreadTables.push({
          name: model.name ?? "(no name)",
          sheet,
          reason: "problem" in model.range ? model.range.problem : "it has no name",
        });
        if ("value" in model.range) next++;
        continue;
      }
      tables.push(tableOf(model, model.range.value, sheet, cells.grids[next++]!, cells.rowCount));
    }
  }
  return unreadTables.length > 0 ? { tables, unreadTables } : { tables };
}

/** The table as rawWorkbookOf reads it from exceljs (see read-xlsx.ts for why each step). */
function tableOf(
  model: TableModel,
  range: CellRange,
  sheet: string,
  grid: readonly (CellValue[] | undefined)[],
  rowCount: number,
): RawTable {
  const { top, left, bottom, right } = range;
  const width = right - left + 1;
  const at = (row: number, index: number): CellValue => grid[row - top]?.[index] ?? null;
  const withHeader =
    model.headerRow ||
    model.columns.every((column, index) => {
      const text = at(top, index);
      return typeof text === "string" && headerKey(text) === headerKey(column ?? "");
    });
  const headerRow = withHeader ? top : top - 1;
  const lastDataRow = Math.min(model.totalsRow ? bottom - 1 : bottom, rowCount);
  const headers: string[] = [];
  for (let index = 0; index < width; index++) {
    const shown = withHeader ? at(top, index) : null;
    headers.push(
      typeof shown === "string" && shown.trim() !== ""
        ? shown
        : (model.columns[index] ?? `Column${index + 1}`),
    );
  }
  const blank: CellValue[] = new Array<CellValue>(width).fill(null);
  const rows: CellValue[][] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= lastDataRow; rowNumber++) {
    rows.push(grid[rowNumber - top] ?? blank);
  }
  return { name: model.name ?? "", sheet, headerRow, firstColumn: left, headers, rows };
}
