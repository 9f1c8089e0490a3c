import type { Severity } from "../domain/findings";
import { localAddress, type CellArea } from "../domain/cell-area";
import { syncWithEventsOff } from "./events-switch";
import type {
  ConditionalFormatApi,
  ConditionalFormatCollectionApi,
  ExcelContext,
  WorksheetApi,
} from "./excel-api";
import type { HighlightPlan } from "./highlight-plan";
import { highlightColours, highlightFormula, isHighlightFormula } from "./highlight-style";

export interface HighlightFeatures {
  /** ExcelApi 1.8: switch the add-in's own events off while it writes. */
  toggleEvents: boolean;
}

/**
 * Areas per rule are joined into one address for Worksheet.getRanges. The documentation
 * states no limit; failures are reported past 255 characters, Excel's classic limit for a
 * range reference, so a rule covers at most that much and more areas get more rules.
 */
const MAX_ADDRESS_LENGTH = 255;

/** Draw order: Excel puts each new rule on top, so the most severe goes last. */
const drawOrder: Severity[] = ["info", "warning", "error"];

interface OwnRules {
  sheets: WorksheetApi[];
  rules: ConditionalFormatApi[];
}

/**
 * The add-in's rules on every sheet, found by their marker formula (highlight-style.ts):
 * one sync for the sheets, one for their rules' types, and one for the formulas of custom
 * rules when there are any. Other rules are only read, never changed.
 */
async function findOwnRules(context: ExcelContext): Promise<OwnRules> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const collections: ConditionalFormatCollectionApi[] = worksheets.items.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    formats.load("items/type");
    return formats;
  });
  await context.sync();
  const custom = collections.flatMap((formats) =>
    formats.items.filter((format) => format.type === "Custom"),
  );
  if (custom.length === 0) return { sheets: worksheets.items, rules: [] };
  for (const format of custom) format.custom.rule.load("formula");
  await context.sync();
  return {
    sheets: worksheets.items,
    rules: custom.filter((format) => isHighlightFormula(format.custom.rule.formula)),
  };
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

function styleRule(formats: ConditionalFormatCollectionApi, severity: Severity): void {
  const rule = formats.add("Custom");
  rule.custom.rule.formula = highlightFormula(severity);
  rule.custom.format.fill.color = highlightColours[severity].fill;
  rule.custom.format.font.color = highlightColours[severity].font;
}

/**
 * Deletes the add-in's highlight rules and draws `plan` (empty plan: just clears), in one
 * write sync after the look-up syncs. Only rules carrying the marker are deleted; only new
 * marked rules are added. Returns the number of rules drawn.
 */
export async function redrawHighlights(
  context: ExcelContext,
  plan: HighlightPlan,
  features: HighlightFeatures,
): Promise<number> {
  const { sheets, rules } = await findOwnRules(context);
  if (rules.length === 0 && plan.groups.length === 0) return 0;
  if (features.toggleEvents) context.runtime.enableEvents = false;
  for (const rule of rules) rule.delete();

  const sheetByName = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  let drawn = 0;
  for (const severity of drawOrder) {
    for (const group of plan.groups) {
      const sheet = sheetByName.get(group.sheet.toLowerCase());
      if (group.severity !== severity || !sheet) continue;
      for (const addresses of addressLists(group.areas)) {
        styleRule(sheet.getRanges(addresses).conditionalFormats, severity);
        drawn++;
      }
    }
  }
  await syncWithEventsOff(context, features.toggleEvents);
  return drawn;
}
