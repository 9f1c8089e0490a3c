import Papa from "papaparse";
import type { ApplicationForm } from "./application-form";
import type { FormCell, FormColumn, FormSection } from "./form-section";
import type { FormLabels } from "./form-wording";

/** Characters that make a spreadsheet read a CSV cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A formula character after a separator: where a spreadsheet splitting on it would start a cell. */
const FORMULA_AFTER_SEPARATOR = /([,;]\s*)([=+\-@])/g;

/**
 * Text a spreadsheet will show as text: a leading formula character gets a quote before it,
 * and so does one after a comma or semicolon, in case the field is split there (a reader
 * that ignores the quotes, or the other separator).
 */
export function neutralise(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** The field separators offered: a comma, or a semicolon for Excel in most EU languages (Latvian too). */
export type CsvSeparator = "," | ";";

/** Fields holding either separator, a quote or a line break are quoted, whichever separator is used. */
const NEEDS_QUOTES = /[,;"\r\n]/;

/** How words of the budget are put in a cell: neutralised for files, as they are for a sheet writer. */
type TextOf = (text: string) => string;

function cellText(value: FormCell | undefined, column: FormColumn, neutralise: TextOf): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "number") return column.kind === "amount" ? value.toFixed(2) : String(value);
  return neutralise(value);
}

function sectionRows(section: FormSection, labels: FormLabels, neutralise: TextOf): string[][] {
  const amountKeys = section.columns.filter((column) => column.kind === "amount");
  const totalRow = section.columns.map((column, index) => {
    if (index === 0) return labels.total;
    if (column.key === "grant" || column.key === "total") return section.total.granted.toFixed(2);
    if (column.key === "requested") return section.total.requested.toFixed(2);
    return "";
  });
  return [
    [neutralise(section.title)],
    section.columns.map((column) => column.label),
    ...section.rows.map((row) =>
      section.columns.map((column) => cellText(row[column.key], column, neutralise)),
    ),
    ...(amountKeys.length > 0 ? [totalRow] : []),
    ...(section.total.cut > 0 ? [[labels["cut-by-caps"], section.total.cut.toFixed(2)]] : []),
    ...(section.note ? [[neutralise(section.note)]] : []),
    [],
  ];
}

/**
 * The rows of the CSV export: sections one after another, amounts as plain numbers with two
 * decimals. Words of the budget go through `text`: `neutralise` (the default) for files and
 * the clipboard; a sheet writer that marks text cells itself passes them unchanged.
 */
export function formTextRows(form: ApplicationForm, text: TextOf = neutralise): string[][] {
  const neutralise = text;
  const { labels } = form;
  const heading: string[][] = [
    [neutralise(form.title ?? labels.title)],
    [labels.action, form.action ?? ""],
    [labels.field, neutralise(form.fieldName ?? "")],
    [labels.months, form.months === undefined ? "" : String(form.months)],
    [labels.rulebook, form.rulebook],
    [labels["total-grant"], form.total.granted.toFixed(2)],
    [labels["max-grant"], form.total.maxGrant.toFixed(2)],
    ...(form.errors.length > 0
      ? [[labels.breaksCsv], ...form.errors.map((error) => [error.rule, neutralise(error.message)])]
      : []),
    [],
  ];
  return [
    ...heading,
    ...form.sections.flatMap((section) => sectionRows(section, labels, neutralise)),
  ];
}

/**
 * The application form as CSV: UTF-8 with a byte-order mark (so Excel shows Latvian letters),
 * fields separated by `separator` (Excel in Latvian and most EU languages splits on ";"), the
 * rows of formTextRows, no cell that a spreadsheet would run as a formula.
 */
export function formToCsv(form: ApplicationForm, separator: CsvSeparator = ","): string {
  return (
    "\uFEFF" +
    Papa.unparse(formTextRows(form), {
      delimiter: separator,
      newline: "\r\n",
      escapeFormulae: false,
      quotes: (value: unknown) => typeof value === "string" && NEEDS_QUOTES.test(value),
    })
  );
}

/**
 * The same rows separated by tabs, for the clipboard: pasted into a sheet, each value lands in
 * its own cell (Excel splits pasted text at tabs, not at commas).
 */
export function formToTabText(form: ApplicationForm): string {
  return Papa.unparse(formTextRows(form), {
    delimiter: "\t",
    newline: "\r\n",
    escapeFormulae: false,
  });
}

/** The application form as JSON, for other tools. */
export function formToJson(form: ApplicationForm): string {
  return JSON.stringify(form, null, 2);
}
