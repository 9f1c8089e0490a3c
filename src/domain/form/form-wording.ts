import type { BudgetCategory } from "../../rules";
import type { Finding } from "../findings";
import type { BandText } from "../function-text";

/** The words of the form export that are not data: headings, labels, notes. */
export type FormLabelKey =
  | "title"
  | "action"
  | "field"
  | "months"
  | "rulebook"
  | "total-grant"
  | "max-grant"
  | "total"
  | "cut-by-caps"
  | "budget-by-category"
  | "budget-by-organisation"
  | "category";

/**
 * What the form export needs from a face to write in its user's language: labels and notes,
 * category and cap names, the vocabulary's words and the findings' messages. Each face
 * passes one built on the shared message catalogues.
 */
export interface FormWording {
  language: "en" | "lv";
  findingMessage(finding: Finding): string;
  label(key: FormLabelKey): string;
  /** A section title ("activities", "summary") or a column label ("grant", "band" …). */
  section(id: "activities" | "summary"): string;
  column(key: string): string;
  /** The category's name; the Outputs category is implementation support in KA and SSA. */
  category(category: BudgetCategory, outputsAreSupport: boolean): string;
  /** The name of a cap by its id ("management", "meetings-year-1", "grant" …). */
  cap(id: string): string;
  capNote(cap: string, requested: number, limit: number): string;
  overMaxGrant(total: number, limit: number): string;
  breaks(count: number, where: "sheet" | "csv"): string;
  /** A distance band ("2,000 km and more") in the language. */
  band(text: BandText): string;
  /** "24 months", "5 days" in the language. */
  duration(count: number, unit: "months" | "days"): string;
}

/** A rule error as the form export lists it: the rule, where, and its message in words. */
export interface FormError {
  rule: Finding["rule"];
  message: string;
  table?: string;
  row?: number;
  column?: string;
}

/** The form's fixed words in one language, kept with the form so the sheet and CSV need no wording. */
export type FormLabels = Record<FormLabelKey, string> & {
  breaksSheet: string;
  breaksCsv: string;
};
