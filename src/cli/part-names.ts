/**
 * Part names as exceljs reads them. The package format (OPC) lets a writer name its parts as
 * it likes, since the workbook finds them through relationships ("sheets/budget.xml",
 * "xl/tables/list1.xml"); exceljs instead looks for fixed names (xl/worksheets/sheetN.xml,
 * xl/tables/tableN.xml, xl/sharedStrings.xml, xl/styles.xml) and fails on anything else. So
 * the parts are renamed to those names, and the relationships that point at them rewritten.
 */

/** One relationship of a .rels part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(tag)?.[2];

/** The relationships of a .rels part's XML. */
export function relationshipsOf(xml: string): Relationship[] {
  const found: Relationship[] = [];
  for (const [tag] of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const target = attribute(tag, "Target");
    if (target === undefined) continue;
    found.push({
      id: attribute(tag, "Id") ?? "",
      type: attribute(tag, "Type") ?? "",
      target,
      external: attribute(tag, "TargetMode") === "External",
    });
  }
  return found;
}

/** The folder of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/". */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The .rels part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsNameOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
}

/** A target as a part name: "../tables/table1.xml" from "xl/worksheets/" → "xl/tables/table1.xml". */
export function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith("/") ? target : `${folder}${target}`;
  const parts: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

/** "xl/tables/table1.xml" seen from "xl/worksheets/" → "../tables/table1.xml". */
export function relativeTarget(folder: string, part: string): string {
  const from = folder.split("/").filter((segment) => segment !== "");
  const to = part.split("/").filter((segment) => segment !== "");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

const isType = (relationship: Relationship, kind: string) =>
  !relationship.external && relationship.type.endsWith(`/${kind}`);

/** Renames that give exceljs the names it reads; `renamed` maps every part it needs. */
export interface PartNamePlan {
  /** Old part name → the name exceljs reads (sheets, their .rels, tables, strings, styles). */
  renamed: Map<string, string>;
}

/**
 * The renames a package needs, or undefined when its parts already have exceljs's names.
 * `relsOf` gives a .rels part's XML (undefined when absent). Sheets are numbered in the order
 * the workbook's relationships list them, tables in the order the sheets refer to them.
 */
export function partNamePlan(
  relsOf: (name: string) => string | undefined,
): PartNamePlan | undefined {
  const workbookRels = relsOf(WORKBOOK_RELS);
  if (workbookRels === undefined) return undefined;
  const renamed = new Map<string, string>();
  const relationships = relationshipsOf(workbookRels);
  const folder = folderOf(WORKBOOK);
  relationships
    .filter((relationship) => isType(relationship, "worksheet"))
    .forEach((relationship, index) => {
      const sheet = resolveTarget(folder, relationship.target);
      if (renamed.has(sheet)) return;
      const name = `xl/worksheets/sheet${index + 1}.xml`;
      renamed.set(sheet, name);
      renamed.set(relsNameOf(sheet), relsNameOf(name));
    });
  let tables = 0;
  for (const [sheet, name] of [...renamed]) {
    if (!name.endsWith(".xml")) continue;
    const sheetRels = relsOf(relsNameOf(sheet));
    if (sheetRels === undefined) continue;
    for (const relationship of relationshipsOf(sheetRels)) {
      if (!isType(relationship, "table")) continue;
      const table = resolveTarget(folderOf(sheet), relationship.target);
      if (!renamed.has(table)) renamed.set(table, `xl/tables/table${++tables}.xml`);
    }
  }
  for (const [kind, name] of [
    ["sharedStrings", "xl/sharedStrings.xml"],
    ["styles", "xl/styles.xml"],
  ] as const) {
    const relationship = relationships.find((candidate) => isType(candidate, kind));
    if (relationship) renamed.set(resolveTarget(folder, relationship.target), name);
  }
  const same = [...renamed].every(([from, to]) => from === to);
  return same ? undefined : { renamed };
}

/**
 * A .rels part's XML with every internal target pointing where `renamed` moved its part, and
 * written relative to the part's new folder. `part` is the part the .rels belongs to, before
 * and after the renames.
 */
export function renamedRelationships(
  xml: string,
  renamed: ReadonlyMap<string, string>,
  part: { from: string; to: string },
): string {
  return xml.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) => {
    if (/\bTargetMode\s*=\s*["']External["']/.test(tag)) return tag;
    return tag.replace(
      /(\bTarget\s*=\s*)(["'])([^"']*)\2/,
      (_match, name: string, quote: string, target: string) => {
        const old = resolveTarget(folderOf(part.from), target);
        const now = renamed.get(old) ?? old;
        return `${name}${quote}${relativeTarget(folderOf(part.to), now)}${quote}`;
      },
    );
  });
}

/** The styles exceljs needs when a writer left them out: one font, fill, border and format. */
export const minimalStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
