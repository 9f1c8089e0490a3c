import type { BudgetRows, RowInput } from "../src/cli/budget-workbook";

/**
 * The example budgets of `examples/`: a clean three-year Strategic Partnership of five
 * schools (Latvia coordinating, with Spain, Germany, Finland and Italy), and the same budget
 * with the mistakes desk officers see most often. The organisations are invented; distances
 * are rounded from the EC distance calculator between the towns named.
 */

const partners: RowInput[] = [
  {
    ID: "P1",
    Organisation: "Valmieras Digitālā vidusskola (Valmiera)",
    Country: "LV",
    Type: "SCHOOL",
    Role: "coordinator",
  },
  {
    ID: "P2",
    Organisation: "Instituto Sierra Azul (Valladolid)",
    Country: "Spain",
    Type: "SCHOOL",
    Role: "partner",
  },
  {
    ID: "P3",
    Organisation: "Gesamtschule am Lindenpark (Leipzig)",
    Country: "Vācija",
    Type: "SCHOOL",
    Role: "partner",
  },
  {
    ID: "P4",
    Organisation: "Koivulan lukio (Tampere)",
    Country: "FI",
    Type: "SCHOOL",
    Role: "partner",
  },
  {
    ID: "P5",
    Organisation: "Istituto Comprensivo Monte Verde (Perugia)",
    Country: "Italy",
    Type: "SCHOOL",
    Role: "partner",
  },
];

/** One-way km between the partners' towns. */
const km: Record<string, number> = {
  "P1-P2": 2880,
  "P1-P3": 1010,
  "P1-P4": 420,
  "P1-P5": 1960,
  "P2-P3": 1780,
  "P2-P4": 3050,
  "P2-P5": 1400,
  "P3-P4": 1390,
  "P3-P5": 930,
  "P4-P5": 2270,
};

function distance(from: string, to: string): number {
  const value = km[`${from}-${to}`] ?? km[`${to}-${from}`];
  if (value === undefined) throw new Error(`No distance from ${from} to ${to}`);
  return value;
}

const partnerIds = partners.map((partner) => String(partner.ID));

/** Every partner but the host sends `participants` people to meeting `number`. */
function meeting(number: number, host: string, year: number, participants = 2): RowInput[] {
  return partnerIds
    .filter((id) => id !== host)
    .map((id) => ({
      ID: `M${number}-${id}`,
      Partner: id,
      Year: year,
      Participants: participants,
      DistanceKm: distance(id, host),
    }));
}

const meetings: RowInput[] = [
  ...meeting(1, "P1", 1),
  ...meeting(2, "P3", 1),
  ...meeting(3, "P2", 2),
  ...meeting(4, "P4", 2),
  ...meeting(5, "P5", 3),
  ...meeting(6, "P1", 3),
];

const outputs: RowInput[] = [
  { Output: "O1", Partner: "P1", Category: "manager", Days: 12 },
  { Output: "O1", Partner: "P1", Category: "teacher", Days: 60 },
  { Output: "O1", Partner: "P2", Category: "teacher", Days: 40 },
  { Output: "O1", Partner: "P3", Category: "technician", Days: 30 },
  { Output: "O2", Partner: "P3", Category: "teacher", Days: 45 },
  { Output: "O2", Partner: "P4", Category: "teacher", Days: 40 },
  { Output: "O2", Partner: "P5", Category: "teacher", Days: 30 },
  { Output: "O3", Partner: "P4", Category: "manager", Days: 15 },
  { Output: "O3", Partner: "P5", Category: "teacher", Days: 35 },
  { Output: "O3", Partner: "P1", Category: "admin", Days: 20 },
];

const events: RowInput[] = [
  { ID: "E1", Output: "O1", Partner: "P1", Local: 60, Foreign: 10 },
  { ID: "E2", Output: "O2", Partner: "P4", Local: 40, Foreign: 8 },
];

/** A staff-training week in Leipzig, and a pupil exchange in Perugia with two teachers. */
const activities: RowInput[] = [
  ...["P1", "P2", "P4", "P5"].map((id) => ({
    ID: `C1-${id}`,
    Type: "staff-training",
    Partner: id,
    Host: "P3",
    Participants: id === "P1" ? 3 : 2,
    DistanceKm: distance(id, "P3"),
    Days: 5,
  })),
  {
    ID: "C2-P1",
    Type: "pupil-exchange",
    Partner: "P1",
    Host: "P5",
    Participants: 8,
    DistanceKm: distance("P1", "P5"),
    Days: 7,
    Age: 15,
  },
  {
    ID: "C2-P1-T",
    Type: "accompanying",
    Partner: "P1",
    Host: "P5",
    Participants: 2,
    DistanceKm: distance("P1", "P5"),
    Days: 7,
  },
  {
    // A long-term assignment with From and To instead of a typed distance: the add-in
    // computes it (KA2.DISTANCE), as the Commission's calculator would.
    ID: "C4-P2",
    Type: "teaching-assignment",
    Partner: "P2",
    Host: "P1",
    Participants: 1,
    From: "Valladolid, ES",
    To: "Valmiera, LV",
    Months: 3,
  },
];

const otherCosts: RowInput[] = [
  {
    ID: "X1",
    Kind: "exceptional",
    Partner: "P1",
    Description: "Subcontracted translation of the O1 toolkit into four languages",
    RealCost: 4000,
  },
  {
    ID: "X2",
    Kind: "special-needs",
    Partner: "P1",
    Description: "Accessible transport for a pupil using a wheelchair (C2)",
    RealCost: 600,
  },
];

const project: RowInput[] = [
  { Setting: "Title", Value: "DigiSkola: digital skills for small schools" },
  { Setting: "Action", Value: "SP" },
  { Setting: "Months", Value: 36 },
  { Setting: "Format", Value: "standard" },
  { Setting: "Field", Value: "school" },
  { Setting: "Rulebook", Value: "2014" },
];

export function cleanBudget(): BudgetRows {
  return {
    Project: project,
    Partners: partners,
    Meetings: meetings,
    Outputs: outputs,
    Events: events,
    Activities: activities,
    OtherCosts: otherCosts,
  };
}

/** Replaces the rows matching `where` by `change(row)`; the rest stay as they are. */
function edit(
  rows: readonly RowInput[],
  where: (row: RowInput) => boolean,
  change: (row: RowInput) => RowInput,
): RowInput[] {
  return rows.map((row) => (where(row) ? change(row) : row));
}

/**
 * The clean budget with typical mistakes, each on its own line so the report reads like a
 * checklist. Comments name the rule each should trigger.
 */
export function budgetWithMistakes(): BudgetRows {
  let partnerRows = edit(
    partners,
    (row) => row.ID === "P2",
    // amount.mismatch: someone typed 10,000 over the formula (the rulebook gives 9,000).
    (row) => ({ ...row, Management: 10000 }),
  );
  // input.unknown-country: a typo in a country name.
  partnerRows = edit(
    partnerRows,
    (row) => row.ID === "P4",
    (row) => ({ ...row, Country: "Finnland" }),
  );

  let meetingRows = edit(
    meetings,
    (row) => row.Year === 2,
    // cap.meetings-per-year: five people per partner to each year-2 meeting.
    (row) => ({ ...row, Participants: 5 }),
  );
  meetingRows = [
    ...meetingRows,
    // distance.under-100km: a trip from a partner's branch school 60 km away.
    { ID: "M6-P1b", Partner: "P1", Year: 3, Participants: 2, DistanceKm: 60 },
    // input.duplicate-id: a line copied and not renamed.
    { ID: "M5-P2", Partner: "P2", Year: 3, Participants: 1, DistanceKm: 1400 },
  ];

  const outputRows: RowInput[] = [
    ...outputs.slice(0, 4),
    // A blank row in the middle of the table: skipped, not an error.
    {},
    ...outputs.slice(4),
    // input.invalid-number: words where a number belongs.
    { Output: "O3", Partner: "P2", Category: "teacher", Days: "twenty" },
    // input.unknown-partner: a partner ID that is not in the Partners table.
    { Output: "O2", Partner: "P9", Category: "teacher", Days: 10 },
  ];

  const eventRows: RowInput[] = [
    ...events,
    // rule.events-need-outputs: an event for an output the project does not have.
    { ID: "E3", Output: "O4", Partner: "P2", Local: 30, Foreign: 5 },
  ];

  const activityRows: RowInput[] = [
    ...edit(
      activities,
      (row) => row.ID === "C1-P2",
      // activity.linguistic-support: linguistic support typed on a one-week training.
      (row) => ({ ...row, Linguistic: 300 }),
    ),
    // activity.pupil-age: long-term pupil mobility for a 13-year-old.
    {
      ID: "C3-P2",
      Type: "pupil-long-term",
      Partner: "P2",
      Host: "P5",
      Participants: 1,
      DistanceKm: distance("P2", "P5"),
      Months: 3,
      Age: 13,
    },
  ];

  return {
    ...cleanBudget(),
    Partners: partnerRows,
    Meetings: meetingRows,
    Outputs: outputRows,
    Events: eventRows,
    Activities: activityRows,
  };
}

/** The rule ids the mistakes example must produce (the examples script checks this). */
export const expectedMistakes = [
  "amount.mismatch",
  "input.unknown-country",
  "cap.meetings-per-year",
  "distance.under-100km",
  "input.duplicate-id",
  "input.invalid-number",
  "input.unknown-partner",
  "rule.events-need-outputs",
  "activity.linguistic-support",
  "activity.pupil-age",
] as const;
