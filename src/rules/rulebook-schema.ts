import * as z from "zod";

/**
 * The shape of a call year's rulebook. Every figure carries its confidence mark and the
 * ids of its sources, so the add-in can show where a number comes from and how sure it is.
 */

/** V: checked in an official source; D: in the NA deck; S: secondary source; M: unverified memory. */
export const ConfidenceMark = z.enum(["V", "D", "S", "M"]);
export type ConfidenceMark = z.infer<typeof ConfidenceMark>;

export const ActionCode = z.enum(["SP", "KA", "SSA"]);
export type ActionCode = z.infer<typeof ActionCode>;

export const SpFormat = z.enum(["standard", "schools-only", "school-regional"]);
export type SpFormat = z.infer<typeof SpFormat>;

/** The field of education, training or youth a Strategic Partnership is in. */
export const SpField = z.enum(["school", "vet", "higher-education", "adult", "youth"]);
export type SpField = z.infer<typeof SpField>;

export const StaffCategory = z.enum(["manager", "teacher", "technician", "admin"]);
export type StaffCategory = z.infer<typeof StaffCategory>;

export const PartnerType = z.enum([
  "HEI",
  "SCHOOL",
  "VET",
  "ENTERPRISE",
  "AUTHORITY",
  "PUBLIC",
  "NGO",
  "RESEARCH",
  "SECTOR",
  "REGULATOR",
  "OTHER",
]);
export type PartnerType = z.infer<typeof PartnerType>;

export const ActivityType = z.enum([
  "staff-training",
  "teaching-assignment",
  "pupil-exchange",
  "pupil-long-term",
  "blended-mobility",
  "intensive-study",
  "intensive-study-staff",
  "accompanying",
]);
export type ActivityType = z.infer<typeof ActivityType>;

export const BudgetCategory = z.enum([
  "management",
  "meetings",
  "outputs",
  "events",
  "travel",
  "support",
  "linguistic",
  "exceptional",
  "specialNeeds",
]);
export type BudgetCategory = z.infer<typeof BudgetCategory>;

/** Staff-rate rows of the unit-cost table (1 = highest rates). */
export const RateRow = z.enum(["1", "2", "3", "4"]);
export type RateRow = z.infer<typeof RateRow>;

const IsoCode = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code");
const Euro = z.number().nonnegative().finite();
const WholeCount = z.number().int().nonnegative();

/** A value with its confidence mark and sources. */
export function figure<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    mark: ConfidenceMark,
    sources: z.array(z.string()).min(1),
    note: z.string().optional(),
    /**
     * Marks of single numbers inside the value that are less certain than the figure as a
     * whole, by their figure id below it ("2.amount" of `travel.bands`: the second band's amount).
     */
    partMarks: z.record(z.string(), ConfidenceMark).optional(),
  });
}

const DistanceBand = z.strictObject({
  fromKm: z.number().nonnegative(),
  /** Exclusive upper edge; absent for the open-ended top band. */
  toKm: z.number().positive().optional(),
  amount: Euro,
});
export type DistanceBand = z.infer<typeof DistanceBand>;

const Range = z.strictObject({ min: z.number().nonnegative(), max: z.number().positive() });
export type Range = z.infer<typeof Range>;

const DailyRate = z.strictObject({
  /** Days paid at the full rate (days 1 to firstDays). */
  firstDays: WholeCount,
  firstRate: Euro,
  /** Rate for the days after firstDays, up to maxDays. */
  laterRate: Euro,
  maxDays: WholeCount,
});
export type DailyRate = z.infer<typeof DailyRate>;

const ActivityRule = z.strictObject({
  label: z.string(),
  duration: figure(Range.extend({ unit: z.enum(["days", "months"]) })),
  support: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("daily"), rate: z.enum(["staff", "learner"]) }),
    z.strictObject({ kind: z.literal("monthly"), rate: z.enum(["staff", "pupil"]) }),
  ]),
  minAge: figure(WholeCount).optional(),
});
export type ActivityRule = z.infer<typeof ActivityRule>;

const ConsortiumRule = z.strictObject({
  label: z.string(),
  minOrganisations: figure(WholeCount),
  minCountries: figure(WholeCount),
  minEuMemberStates: figure(WholeCount).optional(),
  /** Minimum number of Programme-Country organisations of each type. */
  requiredTypes: figure(z.partialRecord(PartnerType, WholeCount)).optional(),
  /** Each participating Programme Country must have these types. */
  requiredTypesPerCountry: figure(z.partialRecord(PartnerType, WholeCount)).optional(),
  /** How sure the per-country rule is: a rule from a later year's source is only a warning. */
  requiredTypesPerCountrySeverity: z.enum(["error", "warning"]).optional(),
  /** Only organisations of these types may take part. */
  onlyTypes: figure(z.array(PartnerType)).optional(),
});
export type ConsortiumRule = z.infer<typeof ConsortiumRule>;

const MaxGrant = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("per-project-year"), amount: Euro }),
  z.strictObject({ kind: z.literal("by-duration"), amounts: z.record(z.string(), Euro) }),
]);
export type MaxGrant = z.infer<typeof MaxGrant>;

/** Rules of a field that differ from its action's (a youth-field Strategic Partnership). */
const FieldRule = z.strictObject({
  label: z.string(),
  duration: figure(Range),
  /** Replaces the action's consortium rule, whatever the partnership format. */
  consortium: ConsortiumRule,
});
export type FieldRule = z.infer<typeof FieldRule>;

const ActionRule = z.strictObject({
  label: z.string(),
  duration: figure(Range.extend({ allowedMonths: z.array(WholeCount).optional() })),
  maxGrant: figure(MaxGrant),
  categories: figure(z.array(BudgetCategory)),
  /** SP has several consortium formats; KA and SSA have one, under "standard". */
  consortium: z.partialRecord(SpFormat, ConsortiumRule),
  /** Fields with rules of their own; a field not listed follows the action's rules. */
  fields: z.partialRecord(SpField, FieldRule).optional(),
  /** What the Outputs table means for this action (intellectual outputs or implementation support). */
  outputsLabel: z.string(),
});
export type ActionRule = z.infer<typeof ActionRule>;

/** Every `sources` list in the data names a source of the rulebook's `sources` table. */
function checkSourceIds(rulebook: { sources: Record<string, unknown> }, context: z.RefinementCtx) {
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) return node.forEach((item, index) => walk(item, [...path, index]));
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "sources" && Array.isArray(value) && path.length > 0) {
        value.forEach((id, index) => {
          if (!(String(id) in rulebook.sources)) {
            context.addIssue({
              code: "custom",
              message: `unknown source id "${String(id)}"`,
              path: [...path, key, index],
            });
          }
        });
      } else walk(value, [...path, key]);
    }
  };
  walk(rulebook, []);
}

export const RulebookSchema = z
  .strictObject({
    year: z.number().int(),
    title: z.string(),
    currency: z.literal("EUR"),
    sources: z.record(
      z.string(),
      z.strictObject({ title: z.string(), url: z.string().optional() }),
    ),
    countries: z.strictObject({
      programme: figure(z.array(IsoCode)),
      euMemberStates: figure(z.array(IsoCode)),
      /** Names of the call year that country libraries no longer know (e.g. former names). */
      historicNames: figure(z.record(z.string(), IsoCode)),
    }),
    staffRates: z.strictObject({
      rows: figure(z.record(RateRow, z.record(StaffCategory, Euro))),
      programmeCountryRows: figure(z.record(IsoCode, RateRow)),
      partnerCountryRows: figure(z.record(IsoCode, RateRow)),
      otherPartnerCountryRow: figure(RateRow),
    }),
    management: z.strictObject({
      coordinatorPerMonth: figure(Euro),
      partnerPerMonth: figure(Euro),
      projectCapPerMonth: figure(Euro),
      maxFundedOrganisations: figure(WholeCount),
    }),
    meetings: z.strictObject({
      bands: figure(z.array(DistanceBand).min(1)),
      capPerProjectYear: figure(Euro),
    }),
    multiplierEvents: z.strictObject({
      localParticipant: figure(Euro),
      foreignParticipant: figure(Euro),
      capPerProject: figure(Euro),
    }),
    travel: z.strictObject({
      bands: figure(z.array(DistanceBand).min(1)),
      /** Actions other than SP that are assumed to pay activity travel with the same bands. */
      sameBandsFor: figure(z.array(ActionCode)),
    }),
    /** How the EC distance calculator measures a one-way distance (§11): great-circle km. */
    distanceCalculator: z.strictObject({ earthRadiusKm: figure(z.number().positive()) }),
    individualSupport: z.strictObject({
      staff: figure(DailyRate),
      learner: figure(DailyRate),
      /** Receiving country → EUR per month for long-term staff and pupils. */
      longTermMonthly: figure(z.record(IsoCode, z.strictObject({ staff: Euro, pupil: Euro }))),
    }),
    activities: z.record(ActivityType, ActivityRule),
    linguistic: z.strictObject({
      perParticipant: figure(Euro),
      months: figure(Range),
    }),
    exceptional: z.strictObject({
      rate: figure(z.number().min(0).max(1)),
      capPerProject: figure(Euro),
    }),
    specialNeeds: z.strictObject({ rate: figure(z.number().min(0).max(1)) }),
    actions: z.record(ActionCode, ActionRule),
  })
  .superRefine(checkSourceIds);

export type Rulebook = z.infer<typeof RulebookSchema>;
/** The input form of a rulebook data file, before validation. */
export type RulebookData = z.input<typeof RulebookSchema>;
