import {
  activityTypes,
  actions,
  otherCostKinds,
  partnerTypes,
  roles,
  spFields,
  spFormats,
  staffCategories,
  type Vocabulary,
} from "./vocabulary";

/**
 * The workbook contract (docs/architecture.md): the structured tables, their headers and what
 * each column holds. The checker, the xlsx reader, the Office adapter, the template writers
 * and the docs all read this one definition.
 */

export type ColumnKind =
  /** Free text. */
  | "text"
  /** An identifier unique within the table. */
  | "id"
  /** A non-negative number. */
  | "number"
  /** A whole number ≥ 0. */
  | "count"
  /** A country code or name. */
  | "country"
  /** A word from `list`. */
  | "word"
  /** The ID of a row of the Partners table. */
  | "partner"
  /** A computed amount in EUR, recomputed and compared by the checker. */
  | "amount";

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Other headers accepted for this column (Latvian, older spellings). */
  aliases?: readonly string[];
  /** The header must exist for the table to be checked. */
  required: boolean;
  /** Allowed words, for `word` columns and dropdowns. */
  list?: Vocabulary<string>;
  /** The formula of a computed column, with [@Header] references to the same row. */
  formula?: string;
  /** Excel number format for the template. */
  numberFormat?: string;
  /** One line for the docs and the template's header comment. */
  description: string;
}

export type TableName =
  | "Project"
  | "Partners"
  | "Meetings"
  | "Outputs"
  | "Events"
  | "Activities"
  | "OtherCosts"
  | "Rates";

export interface TableSpec {
  name: TableName;
  /** Sheet the template puts the table on. */
  sheet: string;
  /** Whether every budget needs this table (the others may be absent: nothing budgeted). */
  required: boolean;
  description: string;
  columns: readonly ColumnSpec[];
}

const EUR = "#,##0.00 [$EUR]";
const WHOLE = "0";
const PARTNER_COUNTRY = "INDEX(Partners[Country],MATCH([@Partner],Partners[ID],0))";
const PROJECT_MONTHS = 'INDEX(Project[Value],MATCH("Months",Project[Setting],0))';
/** The last argument of every KA2 formula: the Rates table's overrides, so cells and checker agree. */
const RATES = "Rates[[Figure]:[Value]]";

/**
 * A travel line's one-way distance in the amount formulas: the typed DistanceKm, or where it
 * is blank the distance between From and To (KA2.DISTANCE, whole km). The DistanceKm cell
 * itself stays an input: a formula there would be overwritten by the first typed figure.
 */
const LINE_DISTANCE = `IF(ISBLANK([@DistanceKm]),KA2.DISTANCE([@From],[@To],${RATES}),[@DistanceKm])`;
const DISTANCE_KM =
  "One-way distance from the EC distance calculator; leave blank to use the distance from From to To.";

/** The optional From and To columns of a travel line (Meetings, Activities). */
function placeColumns(venue: string): ColumnSpec[] {
  return [
    {
      header: "From",
      kind: "text",
      required: false,
      aliases: ["Origin", "Izbraukšanas vieta"],
      description:
        "Optional: where the participants set out, a city (Riga; Valencia, ES) or latitude,longitude; used with To when DistanceKm is blank.",
    },
    {
      header: "To",
      kind: "text",
      required: false,
      aliases: ["Venue", "Destination", "Galamērķis"],
      description: `Optional: ${venue}, a city or latitude,longitude; used with From when DistanceKm is blank.`,
    },
  ];
}

export const tableSchema: readonly TableSpec[] = [
  {
    name: "Project",
    sheet: "Project",
    required: true,
    description: "Settings of the project: one row per setting.",
    columns: [
      {
        header: "Setting",
        kind: "text",
        required: true,
        aliases: ["Iestatījums"],
        description: "Action, Months, Format, Field, Rulebook or Title.",
      },
      {
        header: "Value",
        kind: "text",
        required: true,
        aliases: ["Vērtība"],
        description: "The setting's value.",
      },
    ],
  },
  {
    name: "Partners",
    sheet: "Partners",
    required: true,
    description: "The participating organisations; the coordinator first.",
    columns: [
      {
        header: "ID",
        kind: "id",
        required: true,
        description: "Short unique code of the organisation, e.g. P1.",
      },
      {
        header: "Organisation",
        kind: "text",
        required: true,
        aliases: ["Organization", "Name", "Organizācija"],
        description: "Legal name.",
      },
      {
        header: "Country",
        kind: "country",
        required: true,
        aliases: ["Valsts"],
        description: "ISO code or country name in English or Latvian.",
      },
      {
        header: "Type",
        kind: "word",
        required: true,
        list: partnerTypes,
        aliases: ["Tips"],
        description: "Kind of organisation (HEI, SCHOOL, VET, ENTERPRISE …).",
      },
      {
        header: "Role",
        kind: "word",
        required: true,
        list: roles,
        aliases: ["Loma"],
        description: "coordinator or partner.",
      },
      {
        header: "Months",
        kind: "count",
        required: false,
        numberFormat: WHOLE,
        aliases: ["Mēneši"],
        description: "Months of participation; blank = the project's duration.",
      },
      {
        header: "Management",
        kind: "amount",
        required: false,
        numberFormat: EUR,
        formula: `=KA2.MGMT([@Role],IF(ISBLANK([@Months]),${PROJECT_MONTHS},[@Months]),${RATES})`,
        description: "Project management and implementation grant.",
      },
    ],
  },
  {
    name: "Meetings",
    sheet: "Meetings",
    required: false,
    description: "Transnational project meetings: one row per sending organisation per meeting.",
    columns: [
      { header: "ID", kind: "id", required: true, description: "Meeting line code, e.g. M1-P2." },
      {
        header: "Partner",
        kind: "partner",
        required: true,
        description: "ID of the sending organisation.",
      },
      {
        header: "Year",
        kind: "count",
        required: true,
        numberFormat: WHOLE,
        aliases: ["Gads"],
        description: "Project year 1–3.",
      },
      {
        header: "Participants",
        kind: "count",
        required: true,
        numberFormat: WHOLE,
        aliases: ["Dalībnieki"],
        description: "People sent to the meeting.",
      },
      {
        header: "DistanceKm",
        kind: "number",
        required: true,
        numberFormat: WHOLE,
        aliases: ["Distance", "Distance km", "Attālums"],
        description: DISTANCE_KM,
      },
      // From and To come last among the inputs, so the template's older columns keep their letters.
      ...placeColumns("the meeting's venue"),
      {
        header: "Amount",
        kind: "amount",
        required: false,
        numberFormat: EUR,
        formula: `=KA2.MEETING(${LINE_DISTANCE},[@Participants],${RATES})`,
        description: "Meeting grant.",
      },
    ],
  },
  {
    name: "Outputs",
    sheet: "Outputs",
    required: false,
    description: "Staff days on intellectual outputs (KA, SSA: implementation support).",
    columns: [
      {
        header: "Output",
        kind: "text",
        required: true,
        aliases: ["Rezultāts"],
        description: "Output code, e.g. O1.",
      },
      {
        header: "Partner",
        kind: "partner",
        required: true,
        description: "ID of the organisation employing the staff.",
      },
      {
        header: "Category",
        kind: "word",
        required: true,
        list: staffCategories,
        aliases: ["Kategorija"],
        description: "manager, teacher, technician or admin.",
      },
      {
        header: "Days",
        kind: "number",
        required: true,
        numberFormat: "0.0",
        aliases: ["Dienas"],
        description: "Working days.",
      },
      {
        header: "Amount",
        kind: "amount",
        required: false,
        numberFormat: EUR,
        formula: `=KA2.STAFF([@Category],${PARTNER_COUNTRY},[@Days],${RATES})`,
        description: "Staff cost.",
      },
    ],
  },
  {
    name: "Events",
    sheet: "Events",
    required: false,
    description: "Multiplier events, each linked to an intellectual output.",
    columns: [
      { header: "ID", kind: "id", required: true, description: "Event code, e.g. E1." },
      {
        header: "Output",
        kind: "text",
        required: true,
        aliases: ["Rezultāts"],
        description: "The intellectual output the event disseminates.",
      },
      {
        header: "Partner",
        kind: "partner",
        required: true,
        description: "ID of the host organisation.",
      },
      {
        header: "Local",
        kind: "count",
        required: true,
        numberFormat: WHOLE,
        description: "Participants from the host country (outside the partnership).",
      },
      {
        header: "Foreign",
        kind: "count",
        required: true,
        numberFormat: WHOLE,
        description: "Participants from other countries (outside the partnership).",
      },
      {
        header: "Amount",
        kind: "amount",
        required: false,
        numberFormat: EUR,
        formula: `=KA2.DISSEM([@Local],[@Foreign],${RATES})`,
        description: "Multiplier event grant.",
      },
    ],
  },
  {
    name: "Activities",
    sheet: "Activities",
    required: false,
    description: "Learning, teaching and training activities: one row per group sent.",
    columns: [
      { header: "ID", kind: "id", required: true, description: "Activity line code, e.g. C1-P2." },
      {
        header: "Type",
        kind: "word",
        required: true,
        list: activityTypes,
        aliases: ["Tips"],
        description: "Activity type code.",
      },
      {
        header: "Partner",
        kind: "partner",
        required: true,
        description: "ID of the sending organisation.",
      },
      {
        header: "Host",
        kind: "partner",
        required: false,
        description:
          "ID of the receiving organisation; needed for long-term activities (monthly rate of its country).",
      },
      {
        header: "Participants",
        kind: "count",
        required: true,
        numberFormat: WHOLE,
        aliases: ["Dalībnieki"],
        description: "Participants sent.",
      },
      {
        header: "DistanceKm",
        kind: "number",
        required: true,
        numberFormat: WHOLE,
        aliases: ["Distance", "Distance km", "Attālums"],
        description: DISTANCE_KM,
      },
      {
        header: "Days",
        kind: "count",
        required: false,
        numberFormat: WHOLE,
        aliases: ["Dienas"],
        description: "Length in days (short-term types).",
      },
      {
        header: "Months",
        kind: "count",
        required: false,
        numberFormat: WHOLE,
        aliases: ["Mēneši"],
        description: "Length in months (long-term types).",
      },
      {
        header: "Age",
        kind: "count",
        required: false,
        numberFormat: WHOLE,
        aliases: ["Vecums"],
        description: "Age of the youngest pupil (pupil types).",
      },
      ...placeColumns("the activity's venue"),
      {
        header: "Travel",
        kind: "amount",
        required: false,
        numberFormat: EUR,
        formula: `=KA2.TRAVEL(${LINE_DISTANCE},[@Participants],${RATES})`,
        description: "Travel grant.",
      },
      {
        header: "Support",
        kind: "amount",
        required: false,
        numberFormat: EUR,
        formula: `=KA2.SUPPORT([@Type],IF(ISBLANK([@Months]),[@Days],[@Months]),[@Participants],IFERROR(INDEX(Partners[Country],MATCH([@Host],Partners[ID],0)),""),${RATES})`,
        description: "Individual support.",
      },
      {
        header: "Linguistic",
        kind: "amount",
        required: false,
        numberFormat: EUR,
        formula: `=IF(ISBLANK([@Months]),0,KA2.LINGUISTIC([@Months],[@Participants],${RATES}))`,
        description: "Linguistic support (activities of 2–12 months).",
      },
    ],
  },
  {
    name: "OtherCosts",
    sheet: "Other costs",
    required: false,
    description: "Exceptional costs and special needs support, at real cost.",
    columns: [
      { header: "ID", kind: "id", required: true, description: "Cost line code, e.g. X1." },
      {
        header: "Kind",
        kind: "word",
        required: true,
        list: otherCostKinds,
        aliases: ["Veids"],
        description: "exceptional or special-needs.",
      },
      {
        header: "Partner",
        kind: "partner",
        required: true,
        description: "ID of the organisation bearing the cost.",
      },
      {
        header: "Description",
        kind: "text",
        required: false,
        aliases: ["Apraksts"],
        description: "What the cost is for.",
      },
      {
        header: "RealCost",
        kind: "number",
        required: true,
        numberFormat: EUR,
        aliases: ["Real cost", "Cost", "Izmaksas"],
        description: "Real cost in EUR.",
      },
      {
        header: "Amount",
        kind: "amount",
        required: false,
        numberFormat: EUR,
        formula: `=IF([@Kind]="exceptional",KA2.EXCEPTIONAL([@RealCost],${RATES}),KA2.SPECIALNEEDS([@RealCost],${RATES}))`,
        description: "Grant requested.",
      },
    ],
  },
  {
    name: "Rates",
    sheet: "Rates",
    required: false,
    description:
      "Optional: the National Agency's value for a rulebook figure, one row per figure; it replaces the add-in's value everywhere.",
    columns: [
      {
        header: "Figure",
        kind: "text",
        required: true,
        aliases: ["Rādītājs"],
        description:
          "Figure id, e.g. management.coordinatorPerMonth or meetings.bands.2.amount (ka2-budget rates lists them).",
      },
      {
        header: "Value",
        kind: "number",
        required: true,
        aliases: ["Vērtība"],
        description: "The value to use instead of the rulebook's.",
      },
      {
        header: "Source",
        kind: "text",
        required: false,
        aliases: ["Avots"],
        description: "Optional: where the value comes from (the National Agency's table).",
      },
    ],
  },
];

/** Settings of the Project table, with the vocabularies of the word-valued ones. */
export const projectSettings = {
  Action: { required: true, list: actions, description: "SP, KA or SSA." },
  Months: { required: true, description: "Project duration in months." },
  Format: {
    required: false,
    list: spFormats,
    description: "SP only: standard, schools-only or school-regional.",
  },
  Field: {
    required: false,
    list: spFields,
    description:
      "SP only: school, vet, higher-education, adult or youth; blank = not youth. Youth has a duration and consortium minimums of its own (rulebook figures the Rates table can set).",
  },
  Rulebook: { required: false, description: "Call year of the rules; default 2014." },
  Title: { required: false, description: "Project title." },
} as const;

export type ProjectSettingName = keyof typeof projectSettings;

export function tableSpec(name: TableName): TableSpec {
  const spec = tableSchema.find((table) => table.name === name);
  if (!spec) throw new Error(`No table ${name} in the schema`);
  return spec;
}
