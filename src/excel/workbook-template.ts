import { countryName } from "../domain/countries";
import {
  projectSettings,
  tableSchema,
  type ColumnSpec,
  type TableName,
} from "../domain/table-schema";
import { actions, spFields, spFormats, type Vocabulary } from "../domain/vocabulary";
import { defaultRulebook, type Rulebook } from "../rules";
import { WorkbookError } from "./workbook-error";
import type { SetUpOptions } from "./workbook-port";

/**
 * What "Set up budget workbook" creates, as data: every schema table with its headers,
 * number formats, computed-column formulas and dropdowns, the Project table's rows, and the
 * lists too long to put inline. Pure; the Office adapter writes it, the in-memory workbook
 * records it.
 */

/** The hidden sheet holding dropdown lists longer than Excel's 255-character inline limit. */
export const listsSheetName = "KA2 Lists";

/** Excel's limits on a data-validation list, prompt title and message. */
const MAX_INLINE_LIST = 255;
const MAX_PROMPT_TITLE = 32;
const MAX_MESSAGE = 255;

export interface Dropdown {
  /** A list-validation source: "SP,KA,SSA", "='KA2 Lists'!$A$2:$A$60" or a formula. */
  source: string;
  /** Shown when the cell is selected: what the words mean. */
  prompt: { title: string; message: string };
  /** Shown when something else is typed; a warning, since other spellings are accepted. */
  alert: { title: string; message: string };
}

export interface TemplateColumn {
  header: string;
  numberFormat?: string;
  /** Computed-column formula with [@Header] references. */
  formula?: string;
  dropdown?: Dropdown;
}

export interface TemplateTable {
  name: TableName;
  sheet: string;
  columns: TemplateColumn[];
  /** Data rows (Project: the settings; others: one blank row, as Excel needs one). */
  rows: (string | number | null)[][];
  /** Dropdowns on single cells: the Project values that take a word. */
  cellDropdowns: { row: number; column: number; dropdown: Dropdown }[];
}

/** One column of the lists sheet: header in row 1, words below. */
export interface ListColumn {
  header: string;
  words: string[];
}

export interface WorkbookTemplate {
  tables: TemplateTable[];
  lists: ListColumn[];
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** The countries a budget names: Programme Countries and the Partner Countries with own rates. */
export function countryWords(rulebook: Rulebook): string[] {
  const codes = new Set([
    ...rulebook.countries.programme.value,
    ...Object.keys(rulebook.staffRates.partnerCountryRows.value),
  ]);
  return [...new Set([...codes].map((code) => countryName(code, "en")))].sort((a, b) =>
    a.localeCompare(b, "en"),
  );
}

class ListBuilder {
  readonly lists: ListColumn[] = [];

  /** An inline list when it fits, else a column of the lists sheet. */
  source(header: string, words: readonly string[]): string {
    const inline = words.join(",");
    if (inline.length <= MAX_INLINE_LIST && !words.some((word) => word.includes(","))) {
      return inline;
    }
    let index = this.lists.findIndex((list) => list.header === header);
    if (index < 0) {
      this.lists.push({ header, words: [...words] });
      index = this.lists.length - 1;
    }
    const column = String.fromCharCode(65 + index);
    return `='${listsSheetName}'!$${column}$2:$${column}$${words.length + 1}`;
  }
}

function wordDropdown(header: string, list: Vocabulary<string>, lists: ListBuilder): Dropdown {
  const words = list.entries.map((entry) => entry.code);
  return {
    source: lists.source(header, words),
    prompt: {
      title: clip(header, MAX_PROMPT_TITLE),
      message: clip(
        list.entries.map((entry) => `${entry.code} = ${entry.label.en}`).join("; "),
        MAX_MESSAGE,
      ),
    },
    alert: {
      title: "Not in the list",
      message: clip(`Expected one of: ${words.join(", ")}.`, MAX_MESSAGE),
    },
  };
}

function columnDropdown(
  column: ColumnSpec,
  lists: ListBuilder,
  rulebook: Rulebook,
): Dropdown | undefined {
  if (column.kind === "word" && column.list) return wordDropdown(column.header, column.list, lists);
  if (column.kind === "country") {
    return {
      source: lists.source("Country", countryWords(rulebook)),
      prompt: {
        title: "Country",
        message: "Pick the country, or type its ISO code or its name in English or Latvian.",
      },
      alert: {
        title: "Not in the list",
        message: "Use an ISO code (LV) or a country name in English or Latvian.",
      },
    };
  }
  // Excel takes a table column as a list source only through INDIRECT.
  if (column.kind === "partner") {
    return {
      source: '=INDIRECT("Partners[ID]")',
      prompt: { title: column.header, message: "The ID of an organisation of the Partners table." },
      alert: {
        title: "Not a partner ID",
        message: "Use an ID from the ID column of the Partners table.",
      },
    };
  }
  return undefined;
}

/** Throws a WorkbookError ("invalid-input") for options the Project table cannot hold. */
export function validateSetUpOptions(options: SetUpOptions): void {
  if (!actions.entries.some((entry) => entry.code === options.action)) {
    throw new WorkbookError(
      "invalid-input",
      `The action "${String(options.action)}" is not one of SP, KA, SSA.`,
    );
  }
  if (!Number.isInteger(options.months) || options.months < 1 || options.months > 120) {
    throw new WorkbookError(
      "invalid-input",
      `The project duration must be a whole number of months; got ${String(options.months)}.`,
    );
  }
  if (
    options.format !== undefined &&
    !spFormats.entries.some((entry) => entry.code === options.format)
  ) {
    throw new WorkbookError(
      "invalid-input",
      `The format "${String(options.format)}" is not one of standard, schools-only, school-regional.`,
    );
  }
  if (
    options.field !== undefined &&
    !spFields.entries.some((entry) => entry.code === options.field)
  ) {
    throw new WorkbookError(
      "invalid-input",
      `The field "${String(options.field)}" is not one of ${spFields.entries.map((entry) => entry.code).join(", ")}.`,
    );
  }
}

/** Text Excel would take for a formula or a number stays text with a leading apostrophe. */
function asText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

function projectRows(options: SetUpOptions): (string | number)[][] {
  const rows: (string | number)[][] = [
    ["Action", options.action],
    ["Months", options.months],
  ];
  if (options.action === "SP") {
    rows.push(["Format", options.format ?? "standard"]);
    // Blank unless chosen: a blank Field is the education and training rules (not youth).
    rows.push(["Field", options.field ?? ""]);
  }
  rows.push(["Rulebook", "2014"]);
  if (options.title !== undefined && options.title.trim() !== "") {
    rows.push(["Title", asText(options.title.trim())]);
  }
  return rows;
}

/** The whole template for these options. */
export function workbookTemplate(options: SetUpOptions): WorkbookTemplate {
  validateSetUpOptions(options);
  const rulebook = defaultRulebook();
  const lists = new ListBuilder();
  const tables = tableSchema.map((spec): TemplateTable => {
    const columns = spec.columns.map((column): TemplateColumn => ({
      header: column.header,
      numberFormat: column.numberFormat,
      formula: column.formula,
      dropdown: columnDropdown(column, lists, rulebook),
    }));
    if (spec.name !== "Project") {
      return {
        name: spec.name,
        sheet: spec.sheet,
        columns,
        rows: [columns.map(() => null)],
        cellDropdowns: [],
      };
    }
    const rows = projectRows(options);
    const cellDropdowns = rows.flatMap(([setting], row) => {
      const list = projectSettings[setting as keyof typeof projectSettings];
      return "list" in list
        ? [{ row, column: 1, dropdown: wordDropdown(String(setting), list.list, lists) }]
        : [];
    });
    return { name: spec.name, sheet: spec.sheet, columns, rows, cellDropdowns };
  });
  return { tables, lists: lists.lists };
}
