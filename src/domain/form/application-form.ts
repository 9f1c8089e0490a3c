import { rulebookFor, type BudgetCategory, type SpField } from "../../rules";
import type { BudgetCheck, BudgetLine } from "../budget-check";
import { totalCategories } from "../budget-check";
import { distanceBand } from "../calculators";
import { countryName } from "../countries";
import type { Finding } from "../findings";
import type { Partner } from "../model";
import { roundCents } from "../money";
import type { TableName } from "../table-schema";
import { activityTypes, labelOf, roles, spFields, staffCategories } from "../vocabulary";
import type { FormCell, FormColumn, FormSection } from "./form-section";
import type { FormError, FormLabelKey, FormLabels, FormWording } from "./form-wording";

/** The budget part of the 2014 KA2 application form, section by section in the form's order. */
export interface ApplicationForm {
  title?: string;
  action?: string;
  /** SP: the Project table's Field (school, vet …) as its code; absent when not set. */
  field?: SpField;
  /** The field's name in the export's language, as the sheet and the CSV show it. */
  fieldName?: string;
  months?: number;
  rulebook: string;
  /** The rule errors the budget still has; the export works anyway and says so. */
  errors: FormError[];
  sections: FormSection[];
  /** The form's fixed words (headings, "Total" …) in the export's language. */
  labels: FormLabels;
  total: { requested: number; granted: number; maxGrant: number; cut: number };
}

type ColumnMaker = (key: string, label?: string) => FormColumn;

/** Column makers whose labels are the wording's column names (by key unless given). */
function columnMakers(wording: FormWording) {
  const make =
    (kind: FormColumn["kind"]): ColumnMaker =>
    (key, label) => ({ key, label: label ?? wording.column(key), kind });
  const amount = make("amount");
  return {
    amount,
    number: make("number"),
    text: make("text"),
    /** The two amount columns of a one-line row: what the unit costs give, and what the form accepts. */
    grantColumns: [amount("requested"), amount("grant")],
  };
}

/** A form row priced by one budget line, with its amount before and after caps. */
function oneLineRow(l: BudgetLine | undefined, cells: Record<string, FormCell>) {
  return { cells: { ...cells, requested: l?.amount ?? 0, grant: l?.granted ?? 0 }, lines: [l] };
}

function organisation(partner: Partner): string {
  return partner.organisation ? `${partner.id} — ${partner.organisation}` : partner.id;
}

/** Maps a checked budget to the application form's budget sections. */
export function applicationForm(check: BudgetCheck, wording: FormWording): ApplicationForm {
  // The Rates table's figures, where it has any: band labels follow an overridden band edge.
  const rulebook = check.appliedRulebook ?? rulebookFor(check.rulebook);
  const { amount, number, text, grantColumns } = columnMakers(wording);
  const language = wording.language;
  const outputsAreSupport = check.action === "KA" || check.action === "SSA";
  const categoryLabel = (category: BudgetCategory) => wording.category(category, outputsAreSupport);
  const { budget } = check;
  // The export is made once, after the check: objects per line are fine here.
  const lineAt = new Map<string, BudgetLine>(
    Array.from(check.lines, (line) => [`${line.table}:${line.row}:${line.column}`, line]),
  );
  const line = (table: TableName, row: number, column: string) =>
    lineAt.get(`${table}:${row}:${column}`);
  const action = budget.project.action;
  const funded = new Set(rulebook.actions[action].categories.value);
  const sections: FormSection[] = [];

  const section = (
    id: string,
    title: string,
    columns: FormColumn[],
    rows: { cells: Record<string, FormCell>; lines: (BudgetLine | undefined)[] }[],
  ) => {
    const present = rows.filter((row) => row.lines.some((l) => l !== undefined));
    const all = present.flatMap((row) => row.lines.filter((l): l is BudgetLine => !!l));
    const requested = roundCents(all.reduce((sum, l) => sum + l.amount, 0));
    const granted = roundCents(all.reduce((sum, l) => sum + l.granted, 0));
    const cut = roundCents(requested - granted);
    const caps = check.caps.filter(
      (cap) =>
        cap.id !== "grant" &&
        cap.requested > cap.limit &&
        all.some((l) => cap.id.startsWith(l.category)),
    );
    sections.push({
      id,
      title,
      columns,
      rows: present.map((row) => row.cells),
      total: { requested, granted, cut },
      ...(caps.length > 0
        ? {
            note: caps
              .map((cap) => wording.capNote(wording.cap(cap.id), cap.requested, cap.limit))
              .join(" "),
          }
        : {}),
    });
  };

  if (funded.has("management")) {
    section(
      "management",
      categoryLabel("management"),
      [text("organisation"), text("country"), text("role"), number("months"), ...grantColumns],
      budget.partners.map((partner) => {
        const l = line("Partners", partner.row, "Management");
        return oneLineRow(l, {
          organisation: organisation(partner),
          country: partner.country ? countryName(partner.country, language) : "",
          role: partner.role ? labelOf(roles, partner.role, language) : "",
          months: partner.months ?? "",
        });
      }),
    );
  }

  if (funded.has("meetings")) {
    section(
      "meetings",
      categoryLabel("meetings"),
      [
        text("meeting"),
        text("organisation", wording.column("sending-organisation")),
        number("year", wording.column("project-year")),
        text("band"),
        number("participants"),
        ...grantColumns,
      ],
      budget.meetings.map((meeting) => {
        const l = line("Meetings", meeting.row, "Amount");
        return oneLineRow(l, {
          meeting: meeting.id,
          organisation: organisation(meeting.partner),
          year: meeting.year,
          band: wording.band(distanceBand(rulebook.meetings.bands.value, meeting.distanceKm)),
          participants: meeting.participants,
        });
      }),
    );
  }

  if (funded.has("outputs")) {
    section(
      "outputs",
      categoryLabel("outputs"),
      [
        text("output"),
        text("organisation"),
        text("category", wording.column("staff-category")),
        number("days", wording.column("working-days")),
        amount("grant"),
      ],
      budget.outputs.map((output) => {
        const l = line("Outputs", output.row, "Amount");
        return {
          cells: {
            output: output.output,
            organisation: organisation(output.partner),
            category: labelOf(staffCategories, output.category, language),
            days: output.days,
            grant: l?.granted ?? 0,
          },
          lines: [l],
        };
      }),
    );
  }

  if (funded.has("events")) {
    section(
      "events",
      categoryLabel("events"),
      [
        text("event"),
        text("output"),
        text("organisation", wording.column("host-organisation")),
        number("local"),
        number("foreign"),
        ...grantColumns,
      ],
      budget.events.map((event) => {
        const l = line("Events", event.row, "Amount");
        return oneLineRow(l, {
          event: event.id,
          output: event.output,
          organisation: organisation(event.partner),
          local: event.local,
          foreign: event.foreign,
        });
      }),
    );
  }

  if (funded.has("travel") || funded.has("support")) {
    section(
      "activities",
      wording.section("activities"),
      [
        text("activity"),
        text("type"),
        text("organisation", wording.column("sending-organisation")),
        text("band"),
        number("participants"),
        text("duration"),
        amount("travel"),
        amount("support"),
        amount("linguistic"),
        amount("grant"),
      ],
      budget.activities.map((activity) => {
        const travel = line("Activities", activity.row, "Travel");
        const support = line("Activities", activity.row, "Support");
        const linguistic = line("Activities", activity.row, "Linguistic");
        const granted = [travel, support, linguistic].reduce(
          (sum, l) => sum + (l?.granted ?? 0),
          0,
        );
        return {
          cells: {
            activity: activity.id,
            type: labelOf(activityTypes, activity.type, language),
            organisation: organisation(activity.partner),
            band: wording.band(distanceBand(rulebook.travel.bands.value, activity.distanceKm)),
            participants: activity.participants,
            duration:
              activity.months !== undefined
                ? wording.duration(activity.months, "months")
                : wording.duration(activity.days ?? 0, "days"),
            travel: travel?.granted ?? 0,
            support: support?.granted ?? 0,
            linguistic: linguistic?.granted ?? 0,
            grant: roundCents(granted),
          },
          lines: [travel, support, linguistic],
        };
      }),
    );
  }

  for (const [kind, category] of [
    ["exceptional", "exceptional"],
    ["special-needs", "specialNeeds"],
  ] as const) {
    if (!funded.has(category)) continue;
    section(
      category,
      categoryLabel(category),
      [
        text("cost"),
        text("organisation"),
        text("description"),
        amount("realCost", wording.column("real-cost")),
        ...grantColumns,
      ],
      budget.otherCosts
        .filter((cost) => cost.kind === kind)
        .map((cost) => {
          const l = line("OtherCosts", cost.row, "Amount");
          return oneLineRow(l, {
            cost: cost.id,
            organisation: organisation(cost.partner),
            description: cost.description ?? "",
            realCost: cost.realCost,
          });
        }),
    );
  }

  sections.push(organisationSummary(check, funded, wording));

  const requested = roundCents(check.lines.sum("amount"));
  const granted = check.totals.total;
  const field = check.project.field;
  return {
    title: budget.project.title,
    action: check.action,
    // The form's project details name the field after the action (its "action type").
    ...(field === undefined
      ? {}
      : { field, fieldName: labelOf(spFields, field, wording.language) }),
    months: check.months,
    rulebook: check.rulebook,
    errors: check.findings
      .filter((finding) => finding.severity === "error")
      .map((finding) => formError(finding, wording)),
    sections,
    labels: formLabels(wording, errorCount(check)),
    total: {
      requested,
      granted,
      maxGrant: check.totals.maxGrant,
      cut: roundCents(requested - granted),
    },
  };
}

/** What each organisation receives per category, and in all; columns sum to the category totals. */
function organisationSummary(
  check: BudgetCheck,
  funded: ReadonlySet<BudgetCategory>,
  wording: FormWording,
): FormSection {
  const { text, amount } = columnMakers(wording);
  const outputsAreSupport = check.action === "KA" || check.action === "SSA";
  const categories = totalCategories.filter((category) => funded.has(category));
  const byPartner = new Map<string, Record<string, number>>();
  for (const l of check.lines) {
    const sums = byPartner.get(l.partner) ?? {};
    sums[l.category] = roundCents((sums[l.category] ?? 0) + l.granted);
    byPartner.set(l.partner, sums);
  }
  const rows = check.budget.partners
    .filter((partner) => byPartner.has(partner.id))
    .map((partner) => {
      const sums = byPartner.get(partner.id) ?? {};
      const cells: Record<string, FormCell> = {
        organisation: organisation(partner),
        country: partner.country ? countryName(partner.country, wording.language) : "",
      };
      for (const category of categories) cells[category] = sums[category] ?? 0;
      cells.total = roundCents(
        categories.reduce((sum, category) => sum + (sums[category] ?? 0), 0),
      );
      return cells;
    });
  const requested = roundCents(check.lines.sum("amount"));
  return {
    id: "summary",
    title: wording.section("summary"),
    columns: [
      text("organisation"),
      text("country"),
      ...categories.map((category) =>
        amount(category, wording.category(category, outputsAreSupport)),
      ),
      amount("total"),
    ],
    rows,
    total: {
      requested,
      granted: check.totals.total,
      cut: roundCents(requested - check.totals.total),
    },
    ...(check.totals.total > check.totals.maxGrant
      ? {
          note: wording.overMaxGrant(check.totals.total, check.totals.maxGrant),
        }
      : {}),
  };
}

function formError(finding: Finding, wording: FormWording): FormError {
  const { rule, table, row, column } = finding;
  const error: FormError = { rule, message: wording.findingMessage(finding) };
  if (table !== undefined) error.table = table;
  if (row !== undefined) error.row = row;
  if (column !== undefined) error.column = column;
  return error;
}

function errorCount(check: BudgetCheck): number {
  return check.findings.filter((finding) => finding.severity === "error").length;
}

const labelKeys: readonly FormLabelKey[] = [
  "title",
  "action",
  "field",
  "months",
  "rulebook",
  "total-grant",
  "max-grant",
  "total",
  "cut-by-caps",
  "budget-by-category",
  "budget-by-organisation",
  "category",
];

function formLabels(wording: FormWording, errors: number): FormLabels {
  const labels = Object.fromEntries(labelKeys.map((key) => [key, wording.label(key)]));
  return {
    ...(labels as Record<FormLabelKey, string>),
    breaksSheet: wording.breaks(errors, "sheet"),
    breaksCsv: wording.breaks(errors, "csv"),
  };
}
