import type { ApplicationForm } from "./application-form";
import type { FormSection } from "./form-section";
import type { FormLabels } from "./form-wording";
import { largestOf } from "../largest";

/** How a cell of the Form summary sheet is shown; each writer maps these to its own formats. */
export type SheetStyle =
  "title" | "warning" | "section" | "header" | "text" | "number" | "amount" | "total" | "note";

export interface SheetCell {
  value: string | number | null;
  style: SheetStyle;
}

/** A block of label/amount rows that a chart is drawn from (0-based, in sheet rows). */
export interface ChartBlock {
  /** What the amounts are split by: categories read best as bars, organisations as columns. */
  by: "category" | "organisation";
  title: string;
  /** Row of the first data row; labels in column 0, amounts in column 1. */
  firstRow: number;
  rows: number;
}

export interface FormSheet {
  name: string;
  rows: SheetCell[][];
  /** Widths in characters, column by column. */
  columnWidths: number[];
  charts: ChartBlock[];
}

export const formSheetName = "Form summary";

const cell = (value: SheetCell["value"], style: SheetStyle): SheetCell => ({ value, style });

function sectionBlock(section: FormSection, labels: FormLabels): SheetCell[][] {
  const rows: SheetCell[][] = [[cell(section.title, "section")]];
  rows.push(section.columns.map((column) => cell(column.label, "header")));
  for (const row of section.rows) {
    rows.push(
      section.columns.map((column) => {
        const value = row[column.key];
        if (value === undefined || value === "") return cell(null, "text");
        return cell(value, column.kind === "text" ? "text" : column.kind);
      }),
    );
  }
  rows.push(
    section.columns.map((column, index) => {
      if (index === 0) return cell(labels.total, "total");
      if (column.key === "grant" || column.key === "total")
        return cell(section.total.granted, "total");
      if (column.key === "requested") return cell(section.total.requested, "total");
      return cell(null, "total");
    }),
  );
  if (section.total.cut > 0)
    rows.push([cell(labels["cut-by-caps"], "note"), cell(section.total.cut, "amount")]);
  if (section.note) rows.push([cell(section.note, "note")]);
  rows.push([]);
  return rows;
}

/**
 * The Form summary sheet: the project, a plain warning when the budget breaks rules, every
 * section in the form's order, then the two blocks the charts are drawn from.
 */
export function formSheet(form: ApplicationForm): FormSheet {
  const { labels } = form;
  const rows: SheetCell[][] = [
    [cell(form.title ?? labels.title, "title")],
    [
      cell(labels.action, "header"),
      cell(form.action ?? "", "text"),
      cell(labels.field, "header"),
      cell(form.fieldName ?? null, "text"),
      cell(labels.months, "header"),
      cell(form.months ?? null, "number"),
      cell(labels.rulebook, "header"),
      cell(form.rulebook, "text"),
    ],
    [
      cell(labels["total-grant"], "header"),
      cell(form.total.granted, "total"),
      cell(labels["max-grant"], "header"),
      cell(form.total.maxGrant, "amount"),
    ],
  ];
  if (form.errors.length > 0) {
    rows.push([cell(labels.breaksSheet, "warning")]);
    for (const error of form.errors)
      rows.push([cell(error.rule, "warning"), cell(error.message, "warning")]);
  }
  rows.push([]);
  for (const section of form.sections) rows.push(...sectionBlock(section, labels));

  const charts: ChartBlock[] = [];
  const summary = form.sections.find((section) => section.id === "summary");
  if (summary) {
    const labelOf = (key: string) => summary.columns.find((c) => c.key === key)?.label ?? key;
    const organisationLabel = labelOf("organisation");
    const grantLabel = labelOf("total");
    const categories = summary.columns.filter(
      (column) => column.kind === "amount" && column.key !== "total",
    );
    rows.push(
      [cell(labels["budget-by-category"], "section")],
      [cell(labels.category, "header"), cell(grantLabel, "header")],
    );
    charts.push({
      by: "category",
      title: labels["budget-by-category"],
      firstRow: rows.length,
      rows: categories.length,
    });
    for (const column of categories) {
      const sum = summary.rows.reduce((total, row) => total + Number(row[column.key] ?? 0), 0);
      rows.push([cell(column.label, "text"), cell(Math.round(sum * 100) / 100, "amount")]);
    }
    rows.push(
      [],
      [cell(labels["budget-by-organisation"], "section")],
      [cell(organisationLabel, "header"), cell(grantLabel, "header")],
    );
    charts.push({
      by: "organisation",
      title: labels["budget-by-organisation"],
      firstRow: rows.length,
      rows: summary.rows.length,
    });
    for (const row of summary.rows)
      rows.push([cell(row.organisation ?? "", "text"), cell(Number(row.total ?? 0), "amount")]);
  }

  const width = largestOf(
    rows.map((row) => row.length),
    0,
  );
  const columnWidths = Array.from({ length: width }, (_, column) =>
    column === 0
      ? 38
      : Math.min(
          40,
          largestOf(
            rows.map((row) => String(row[column]?.value ?? "").length + 2),
            12,
          ),
        ),
  );
  return { name: formSheetName, rows, columnWidths, charts };
}
