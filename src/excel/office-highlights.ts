import type { Severity } from "../domain/findings";
import { localAddress, type CellArea } from "../domain/cell-area";
import type {
  ConditionalFormatApi,
  ConditionalFormatCollectionApi,
  ExcelContext,
  WorksheetApi,
} from "./excel-api";
import type { HighlightPlan } from "./highlight-plan";
import { highlightColours, highlightFormula, isHighlightFormula } from "./highlight-style";

/**
 * Areas per rule are joined into one address for Worksheet.getRanges. Microsoft's reference
 * for getRanges states no limit on the address; longer lists are reported to fail past 255
 * characters, Excel's classic limit for a range reference. So a rule covers at most that much
 * and more areas get more rules.
 */
export const MAX_ADDRESS_LENGTH = 255;

/** Draw order: Excel puts each new rule on top, so the most severe goes last. */
const drawOrder: Severity[] = ["info", "warning", "error"];

/** One conditional-format rule the add-in wants on a sheet. */
export interface PlannedRule {
  sheet: string;
  severity: Severity;
  /** Comma-joined local addresses, at most MAX_ADDRESS_LENGTH long. */
  addresses: string;
  formula: string;
}

/** The rules of one sheet as a read request asked for them. */
export interface RuleLoad {
  sheet: WorksheetApi;
  formats: ConditionalFormatCollectionApi;
}

/** The add-in's rules found on one sheet. */
export interface SheetRules {
  sheet: WorksheetApi;
  own: { format: ConditionalFormatApi; formula: string }[];
}

/** Addresses of areas joined by commas, each string at most MAX_ADDRESS_LENGTH long. */
function addressLists(areas: readonly CellArea[]): string[] {
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    const address = localAddress(area);
    if (current !== "" && current.length + 1 + address.length > MAX_ADDRESS_LENGTH) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/**
 * The rules that draw `plan`, in drawing order: one per severity, sheet and address list
 * (Worksheet.getRanges).
 */
export function plannedRules(plan: HighlightPlan): PlannedRule[] {
  const rules: PlannedRule[] = [];
  for (const severity of drawOrder) {
    for (const group of plan.groups) {
      if (group.severity !== severity) continue;
      for (const addresses of addressLists(group.areas)) {
        rules.push({
          sheet: group.sheet,
          severity,
          addresses,
          formula: highlightFormula(severity, addresses),
        });
      }
    }
  }
  return rules;
}

/** Queues the read of every rule on `sheet` (a null sheet reads nothing). */
export function loadRules(sheet: WorksheetApi): RuleLoad {
  sheet.load("name");
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type, items/customOrNullObject/rule/formula");
  return { sheet, formats };
}

/**
 * After the read: the add-in's rules per sheet (by lower-case name), found by their exact
 * formula (highlight-style.ts). Sheets read twice (two tables on one sheet) count once.
 * Other rules are only read, never changed.
 */
export function ownRules(loads: readonly RuleLoad[]): Map<string, SheetRules> {
  const sheets = new Map<string, SheetRules>();
  for (const { sheet, formats } of loads) {
    if (sheet.isNullObject || formats.isNullObject) continue;
    const key = sheet.name.toLowerCase();
    if (sheets.has(key)) continue;
    const own = formats.items.flatMap((format) => {
      const custom = format.customOrNullObject;
      if (format.type !== "Custom" || custom.isNullObject) return [];
      const formula = custom.rule.formula;
      return isHighlightFormula(formula) ? [{ format, formula }] : [];
    });
    sheets.set(key, { sheet, own });
  }
  return sheets;
}

function sameFormulas(present: readonly string[], planned: readonly string[]): boolean {
  if (present.length !== planned.length) return false;
  const sorted = (list: readonly string[]) => [...list].sort();
  const a = sorted(present);
  const b = sorted(planned);
  return a.every((formula, index) => formula === b[index]);
}

/**
 * Queues the writes that turn the add-in's rules into `planned`, sheet by sheet: a sheet whose
 * rules already have the planned formulas (cells and severities, see highlight-style.ts) is
 * left alone; on any other, the add-in's rules are deleted and the planned ones drawn. Only
 * rules with the add-in's exact formula are deleted. Returns whether anything was queued.
 */
export function queueRedraw(
  context: ExcelContext,
  present: Map<string, SheetRules>,
  planned: readonly PlannedRule[],
): boolean {
  const bySheet = new Map<string, PlannedRule[]>();
  for (const rule of planned) {
    const key = rule.sheet.toLowerCase();
    bySheet.set(key, [...(bySheet.get(key) ?? []), rule]);
  }
  let queued = false;
  const keys = new Set([...present.keys(), ...bySheet.keys()]);
  for (const key of keys) {
    const rules = bySheet.get(key) ?? [];
    const current = present.get(key);
    const own = current?.own ?? [];
    const formulas = own.map(({ formula }) => formula);
    if (
      sameFormulas(
        formulas,
        rules.map(({ formula }) => formula),
      )
    ) {
      continue;
    }
    queued = true;
    for (const { format } of own) format.delete();
    const first = rules[0];
    if (!first) continue;
    const sheet = current?.sheet ?? context.workbook.worksheets.getItem(first.sheet);
    for (const rule of rules) {
      const added = sheet.getRanges(rule.addresses).conditionalFormats.add("Custom");
      added.custom.rule.formula = rule.formula;
      added.custom.format.fill.color = highlightColours[rule.severity].fill;
      added.custom.format.font.color = highlightColours[rule.severity].font;
    }
  }
  return queued;
}

/**
 * Sheets whose rules a check reads in its one request, in the workbook's order: the add-in's
 * own rules left on a sheet that no longer holds a budget table (the table was moved or
 * deleted, even in an earlier session) are then found, and removed by the same write. A
 * workbook with more sheets has the rest cleared by Clear highlights.
 */
export const SHEETS_READ_FOR_RULES = 50;

/**
 * Queues the rules of the workbook's first `count` sheets without knowing their names, for the
 * caller's sync: the first sheet, then each next one. Nothing is asked of the sheet after the
 * last step. Past the workbook's last sheet each step would be a null object, and the walk
 * would call getRange and getNextOrNullObject on it. Microsoft documents no outcome for that
 * (see readBudgetTables), so callers pass a count no larger than the workbook's sheets when
 * they know it.
 */
export function loadRulesOfFirstSheets(context: ExcelContext, count: number): RuleLoad[] {
  const loads: RuleLoad[] = [];
  let sheet = context.workbook.worksheets.getFirst();
  for (let index = 0; index < count; index++) {
    if (index > 0) sheet = sheet.getNextOrNullObject();
    loads.push(loadRules(sheet));
  }
  return loads;
}

/**
 * Queues the rules of sheets the caller has just listed (worksheets.items), by name: no
 * null object is involved. A sheet deleted in between fails the sync with ItemNotFound.
 */
export function loadRulesOfListedSheets(
  context: ExcelContext,
  names: readonly string[],
): RuleLoad[] {
  return names.map((name) => loadRules(context.workbook.worksheets.getItem(name)));
}

/**
 * The rules of every sheet, for clearing: one sync for the sheet names, then their rules are
 * queued for the caller's sync.
 */
export async function loadRulesOfEverySheet(context: ExcelContext): Promise<RuleLoad[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map(loadRules);
}
