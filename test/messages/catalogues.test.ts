import type {
  BasisMessages,
  FindingMessages,
  PlaceReasonMessages,
  RateReasonMessages,
} from "../../src/domain/finding-text";
import type { ConsortiumRef, VocabularyName } from "../../src/domain/finding-text";
import { finding, ruleIds } from "../../src/domain/findings";
import type { FunctionMessages, FunctionText, Quantity } from "../../src/domain/function-text";
import {
  functionCatalogues,
  functionText,
  type FaceMessages,
} from "../../src/messages/function-messages";
import { tableSchema } from "../../src/domain/table-schema";
import en from "../../src/messages/en.json";
import lv from "../../src/messages/lv.json";
import { columnDescriptionsLv } from "../../src/messages/column-descriptions-lv";
import {
  findingMessage,
  formatEuroIn,
  messagesI18n,
  MESSAGES_NS,
} from "../../src/messages/messages";

type AllMessages = FindingMessages & BasisMessages & PlaceReasonMessages & RateReasonMessages;

const riga = { name: "Riga", country: "LV" };
const brussels = { name: "Brussels", country: "BE" };
const route = { from: riga, to: brussels };
const consortium = {
  action: "SP",
  format: "standard",
  minimums: { organisations: 3, countries: 3 },
} as const;
const wanted = { integer: true, min: 1, max: 24 };
const travel = { key: "basis/travel", params: { participants: 2, km: 1700, route } } as const;

/**
 * One example of every message key with its values. Typed by key: a key added to the domain
 * without an example here does not compile, and each example is rendered in both languages.
 */
const examples: { [K in keyof AllMessages]: AllMessages[K] } = {
  "input.missing-table/project": {},
  "input.missing-table/partners": {},
  "input.missing-table/meetings": {},
  "input.missing-table/outputs": { action: "KA" },
  "input.missing-table/events": {},
  "input.missing-table/activities": {},
  "input.missing-table/other-costs": {},
  "input.missing-table/unread": {
    name: "Meetings",
    sheet: "Budget",
    reason: "its range names a sheet",
  },
  "input.ambiguous-table": {
    name: "Partners",
    firstName: "Partners_",
    firstSheet: "Old",
    secondName: "PARTNERS",
    secondSheet: "Partners",
  },
  "input.missing-column": {},
  "input.missing-value/blank": {},
  "input.missing-value/cell-error": { error: "#REF!" },
  "input.missing-value/action": { accepted: ["SP", "KA", "SSA"] },
  "input.missing-value/months": {},
  "input.invalid-number/not-a-number": { shown: '"two"', wanted },
  "input.invalid-number/out-of-range": { value: 1234.5, wanted: { integer: false, min: 0 } },
  "input.invalid-number/months": { text: "two years" },
  "input.unknown-value/word": { text: "leader", vocabulary: "role", accepted: ["coordinator"] },
  "input.unknown-value/rulebook": { text: "2013", known: ["2014"] },
  "input.unknown-value/action": { text: "KA3", accepted: ["SP", "KA", "SSA"] },
  "input.unknown-value/format": { text: "big", accepted: ["standard"] },
  "input.unknown-value/field": { text: "sport", accepted: ["school", "vet", "youth"] },
  "input.unknown-country/cell": { text: "Narnia" },
  "input.unknown-country/support-rate": { type: "teaching-assignment", country: "CH" },
  "input.unknown-partner": { id: "P9" },
  "input.duplicate-id": { id: "P1", first: 1 },
  "input.duplicate-id/rates": { figure: "linguistic.perParticipant", first: 2 },
  "input.invalid-number/rates": {
    value: -5,
    id: "linguistic.perParticipant",
    reason: { key: "rate-reason/at-least", params: { min: 0 } },
    previous: 150,
  },
  "rates.unknown-figure": { figure: "management.bogus", year: 2014 },
  "rates.override": {
    id: "management.coordinatorPerMonth",
    value: 600,
    row: 2,
    previous: 500,
    mark: "S",
  },
  "input.out-of-range": { shown: "1e+308", limit: 1e9 },
  "input.table-too-large": { name: "Meetings", sheet: "Budget", checked: 100_000, rows: 1_048_575 },
  "input.not-in-action/amount": { stored: 575, action: "KA", year: "2014" },
  "input.not-in-action/format": { format: "schools-only", action: "KA" },
  "input.not-in-action/field": { field: "youth", action: "KA" },
  "input.not-in-action/format-in-field": { format: "schools-only", field: "youth" },
  "project.duration/range": { action: "SP", min: 24, max: 36, months: 21 },
  "project.duration/field-range": { action: "SP", field: "youth", min: 6, max: 24, months: 3 },
  "project.duration/allowed": { action: "KA", allowed: [24, 36], months: 30 },
  "consortium.min-organisations": { consortium, min: 3, found: 1 },
  "consortium.min-countries": { consortium, min: 3, found: 2 },
  "consortium.eu-member-states": { consortium, min: 2, found: 1 },
  "consortium.coordinator/none": {},
  "consortium.coordinator/many": { count: 2, rows: [1, 2] },
  "consortium.coordinator-programme-country": { id: "P1", country: "UA", year: 2014 },
  "consortium.required-types/min": { consortium, needed: 2, type: "HEI", found: 1 },
  "consortium.required-types/per-country": { country: "EE", needed: 1, type: "VET", found: 0 },
  "consortium.required-types/per-country-missing": {
    country: "LT",
    missing: ["SECTOR", "REGULATOR"],
    required: ["VET", "SECTOR", "REGULATOR"],
  },
  "consortium.required-types/only": { consortium, only: ["SCHOOL"], id: "P3", type: "NGO" },
  "cap.grant": { total: 310000, months: 24, action: "SP", limit: 300000 },
  "cap.management": { requested: 72000, perMonth: 2750, funded: 10, limit: 66000, months: 24 },
  "cap.meetings-per-year": { year: 1, requested: 28750, limit: 23000 },
  "cap.events": { requested: 30100, limit: 30000 },
  "cap.exceptional": { requested: 50001, limit: 50000 },
  "rule.events-need-outputs/no-outputs": {},
  "rule.events-need-outputs/unknown-output": { output: "O9" },
  "distance.under-100km/meeting": { km: 80, route: null, minKm: 100 },
  "distance.under-100km/travel": { km: 99.6, route, minKm: 100 },
  "distance.unknown-place/no-places": {},
  "distance.unknown-place/place": {
    reason: { key: "place/unknown-city", params: { name: "Rigaa", country: null } },
  },
  "distance.near-band-edge": {
    from: riga,
    to: { name: "56.95, 24.11" },
    km: 101,
    nearKm: 5,
    edgeKm: 100,
  },
  "meeting.year": { year: 3, months: 24, years: 2 },
  "activity.duration": { type: "staff-training", unit: "days", min: 5, max: 60, length: 61 },
  "activity.pupil-age": { minAge: 14, age: 13 },
  "activity.linguistic-support/short-term": { min: 2, max: 12 },
  "activity.linguistic-support/months": { min: 2, max: 12, months: 1 },
  "amount.mismatch/differs": { stored: 11000, figure: 12000, basis: travel },
  "amount.mismatch/not-an-amount": { shown: '"n/a"', figure: 575, basis: travel },
  "amount.mismatch/not-loaded": { shown: "#NAME?", figure: 575, basis: travel },
  "amount.mismatch/not-loaded-column": { count: 26 },
  "amount.blank": { count: 26 },
  "basis/management": { role: "coordinator", country: "LV", months: 24 },
  "basis/travel": { participants: 2, km: 1700, route: null },
  "basis/support-days": { participants: 3, days: 5 },
  "basis/support-months": { participants: 1, months: 4, perMonth: 2000 },
  "basis/linguistic": { participants: 2, perParticipant: 150 },
  "basis/events": { local: 20, foreign: 5 },
  "basis/share": { percent: 75, realCost: 1000 },
  "basis/staff": { days: 10, rate: 241, category: "teacher", country: "LV" },
  "place/cell-error": { error: "#N/A" },
  "place/blank-other": { other: "From" },
  "place/not-text": { value: "42" },
  "place/bad-coordinates": { text: "95, 24" },
  "place/unknown-country": { country: "Narnia", text: "Valencia, Narnia" },
  "place/unknown-city": { name: "Rigaa", country: "LV" },
  "place/unknown-city-elsewhere": {
    name: "Valencia",
    country: "LV",
    elsewhere: [{ name: "Valencia", country: "ES" }],
    more: true,
  },
  ...rateReasonExamples(),
};

/** Why a Rates value is refused: the findings and the functions word the same reasons. */
function rateReasonExamples(): { [K in keyof RateReasonMessages]: RateReasonMessages[K] } {
  return {
    "rate-reason/at-least": { min: 0 },
    "rate-reason/more-than": { min: 0 },
    "rate-reason/at-most": { max: 1 },
    "rate-reason/less-than": { max: 100 },
    "rate-reason/whole": {},
    "rate-reason/finite": {},
    "rate-reason/not-accepted": {},
  };
}

type Tree = Record<string, string>;
const plural = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(plural, "");
const variables = (text: string) =>
  [...new Set([...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]))].sort();
const english = en as Tree;
const latvian = lv as Tree;
const where = { table: "Partners", row: 2, column: "Country" };

function render(key: string, params: object, language: "en" | "lv"): string {
  const t = messagesI18n(language).t as unknown as (k: string, o: object) => string;
  return t(key, { ...where, ...params, ns: MESSAGES_NS, keySeparator: false, nsSeparator: false });
}

/** Every example rendered in English and Latvian, with every value filled in and a text of its own. */
function expectRenderedInFull(
  examples: Record<string, object>,
  render: (key: string, params: object, language: "en" | "lv") => string,
): void {
  for (const [key, params] of Object.entries(examples)) {
    for (const language of ["en", "lv"] as const) {
      const text = render(key, params, language);
      expect([key, language, /{{|}}|undefined|null|NaN|\[object/.test(text)]).toEqual([
        key,
        language,
        false,
      ]);
      expect([key, language, text === key]).toEqual([key, language, false]);
    }
  }
}

describe("the message catalogues", () => {
  it("have the same keys in English and Latvian (plural forms aside)", () => {
    const keys = (tree: Tree) => [...new Set(Object.keys(tree).map(base))].sort();
    expect(keys(latvian)).toEqual(keys(english));
  });

  it("have every plural form each language needs: en one/other, lv zero/one/other", () => {
    const plurals = new Set(
      Object.keys(english)
        .filter((key) => plural.test(key))
        .map(base),
    );
    for (const key of plurals) {
      for (const form of ["one", "other"])
        expect([key, `${key}_${form}` in english]).toEqual([key, true]);
      for (const form of ["zero", "one", "other"]) {
        expect([key, `${key}_${form}` in latvian]).toEqual([key, true]);
      }
    }
  });

  it("fill in the same values in both languages, and leave nothing blank", () => {
    for (const [key, text] of Object.entries(latvian)) {
      expect([key, text.trim() !== ""]).toEqual([key, true]);
      const englishText = english[key] ?? english[`${base(key)}_other`] ?? "";
      expect([key, variables(text)]).toEqual([key, variables(englishText)]);
    }
  });

  it("have a message for every key the domain uses, and each key names a rule", () => {
    for (const key of Object.keys(examples)) {
      const has = (tree: Tree) => key in tree || `${key}_other` in tree;
      expect([key, has(english), has(latvian)]).toEqual([key, true, true]);
      if (!/^(basis|place|rate-reason)\//.test(key)) {
        expect(ruleIds).toContain(key.split("/")[0]);
      }
    }
  });

  it("render every message in both languages with every value filled in", () => {
    expectRenderedInFull(examples, render);
  });

  it("describe every table column in Latvian", () => {
    const missing = tableSchema.flatMap((table) =>
      table.columns
        .map((column) => `${table.name}.${column.header}`)
        .filter((key) => !columnDescriptionsLv[key]),
    );
    expect(missing).toEqual([]);
  });
});

describe("Latvian and English messages", () => {
  const lvT = (key: string, count: number) => render(key, { count }, "lv");

  it("use Latvian plural forms by the number (1, 21: one; 0, 10–20: zero; else other)", () => {
    expect(lvT("units/organisations", 1)).toBe("1 organizācija");
    expect(lvT("units/organisations", 21)).toBe("21 organizācija");
    expect(lvT("units/organisations", 5)).toBe("5 organizācijas");
    expect(lvT("units/organisations", 0)).toBe("0 organizāciju");
    expect(lvT("units/organisations", 11)).toBe("11 organizāciju");
    expect(lvT("units/months", 24)).toBe("24 mēneši");
    expect(lvT("units/months", 10)).toBe("10 mēnešu");
  });

  it("name a consortium rule with the minimums it was given (a Rates table's), with plurals", () => {
    const minOrganisations = (consortium: ConsortiumRef, language: "en" | "lv") =>
      findingMessage(
        finding("error", {
          key: "consortium.min-organisations",
          params: { consortium, min: consortium.minimums.organisations, found: 1 },
        }),
        language,
      );
    const ka: ConsortiumRef = {
      action: "KA",
      format: "standard",
      minimums: { organisations: 7, countries: 4, types: { HEI: 3, ENTERPRISE: 2 } },
    };
    expect(minOrganisations(ka, "en")).toBe(
      "A Knowledge Alliance (7 organisations from 4 Programme Countries, ≥3 HEIs and ≥2 enterprises) needs at least 7 organisations from Programme Countries; this one has 1.",
    );
    const ssa: ConsortiumRef = {
      action: "SSA",
      format: "standard",
      minimums: { organisations: 10, countries: 21, memberStates: 3 },
    };
    // Latvian: 10 takes the zero form, 21 the one form ("no 21 programmas valsts").
    expect(minOrganisations(ssa, "lv")).toContain(
      "Nozaru prasmju apvienība (10 organizāciju no 21 programmas valsts (≥3 ES)",
    );
    const regional: ConsortiumRef = {
      action: "SP",
      format: "school-regional",
      field: "school",
      minimums: { organisations: 2, countries: 1, types: { AUTHORITY: 1 } },
    };
    expect(minOrganisations(regional, "en")).toContain(
      "A Strategic Partnership in school education (Regional cooperation: 1 school authority from 1 Programme Country)",
    );
    expect(minOrganisations(regional, "lv")).toContain(
      "“Stratēģiskā partnerība skolu izglītībā (reģionālā sadarbība: 1 skolu pārvalde no 1 programmas valsts)”",
    );
    const schools: ConsortiumRef = {
      action: "SP",
      format: "schools-only",
      minimums: { organisations: 4, countries: 2 },
    };
    expect(minOrganisations(schools, "en")).toContain(
      "(Schools only: 4 schools from 2 Programme Countries)",
    );
    expect(minOrganisations(schools, "lv")).toContain(
      "(tikai skolas: 4 skolas no 2 programmas valstīm)",
    );
  });

  it("write money as 1 234,56 EUR in Latvian and 1,234.56 EUR in English", () => {
    expect(formatEuroIn("lv", 1234.56)).toBe("1\u00a0234,56 EUR");
    expect(formatEuroIn("en", 1234.56)).toBe("1,234.56 EUR");
    expect(formatEuroIn("en", 28750)).toBe("28,750 EUR");
  });

  it("render a finding with its place in the sheet, in each language", () => {
    const over = finding(
      "error",
      { key: "consortium.min-organisations", params: { consortium, min: 3, found: 1 } },
      { table: "Partners" },
    );
    expect(findingMessage(over, "en")).toBe(
      "A Strategic Partnership (3 organisations from 3 Programme Countries) needs at least 3 organisations from Programme Countries; this one has 1.",
    );
    expect(findingMessage(over, "lv")).toBe(
      "Partnerībai “Stratēģiskā partnerība (3 organizācijas no 3 programmas valstīm)” vajag vismaz 3 organizācijas no programmas valstīm; šajā ir 1 organizācija.",
    );
    const mismatch = finding(
      "error",
      {
        key: "amount.mismatch/differs",
        params: {
          stored: 10000,
          figure: 9000,
          basis: {
            key: "basis/management",
            params: { role: "coordinator", country: "LV", months: 18 },
          },
        },
      },
      { table: "Partners", row: 2, column: "Management" },
    );
    expect(findingMessage(mismatch, "en")).toBe(
      "Partners row 2, Management holds 10,000 EUR; the rulebook gives 9,000 EUR (coordinator, Latvia × 18 months). Restore the KA2 formula or correct the inputs.",
    );
    expect(findingMessage(mismatch, "lv")).toBe(
      "Partners, 2. rinda, Management: šūnā ir 10\u00a0000 EUR; pēc noteikumiem pienākas 9\u00a0000 EUR (koordinators, Latvija × 18 mēnešu). Atjaunojiet KA2 formulu vai izlabojiet ievaddatus.",
    );
  });
});

describe("the worksheet functions' catalogues", () => {
  type FunctionAndFace = FunctionMessages & FaceMessages;
  const got = { key: "got/text", params: { text: "boss" } } as const;
  const wanted = { integer: true, min: 1, max: 60 };

  /** One example of every key a function or the `fn` command says; typed, so none is missed. */
  const functionExamples: { [K in keyof FunctionAndFace]: FunctionAndFace[K] } = {
    "argument/number": { name: "months", quantity: "months", wanted, got },
    "argument/word": { name: "role", vocabulary: "role", accepted: ["coordinator"], got },
    "argument/country": { name: "country", got: { key: "got/blank", params: {} } },
    "argument/place": {
      name: "to",
      reason: {
        key: "place/unknown-city-elsewhere",
        params: { name: "Valencia", country: "LV", elsewhere: [brussels], more: true },
      },
    },
    "argument/no-participants": {},
    "argument/no-monthly-rate": { name: "receivingCountry", type: "pupil-long-term", got },
    "argument/rates-not-a-range": {},
    "argument/rates-value": { row: 2, figure: "linguistic.perParticipant", got },
    "argument/rates-unknown-figure": { row: 1, figure: "management.bogus" },
    "argument/rates-refused": {
      row: 1,
      id: "exceptional.rate",
      value: 2,
      reason: { key: "rate-reason/at-most", params: { max: 1 } },
    },
    "argument/rate-option": { text: "600" },
    "argument/rate-option-unknown": { figure: "management.boss" },
    "band/range": { fromKm: 100, toKm: 1999 },
    "band/open": { fromKm: 2000 },
    "band/under": { fromKm: 100 },
    "place/city": { name: "Riga", country: "LV" },
    "place/coordinates": { name: "56.95, 24.11" },
    "got/blank": {},
    "got/value": { shown: "0" },
    "got/text": { text: "24 months" },
    "got/unshowable": {},
    "got/beyond": { got: { key: "got/value", params: { shown: "1e+308" } }, limit: 1e9 },
    "place/not-text": { value: "42" },
    "place/bad-coordinates": { text: "95, 24" },
    "place/unknown-country": { country: "Narnia", text: "Valencia, Narnia" },
    "place/unknown-city": { name: "Rigaa", country: null },
    "place/unknown-city-elsewhere": {
      name: "Valencia",
      country: null,
      elsewhere: [riga, { name: "56.95, 24.11" }],
      more: false,
    },
    "places/not-loaded": {},
    "fn/no-name": { functions: ["MGMT", "BAND"] },
    "fn/unknown": { name: "GRANT", functions: ["MGMT", "BAND"] },
    "fn/too-many": { name: "MGMT", max: 2, params: ["role", "months"], count: 4 },
    ...rateReasonExamples(),
  };
  const render = (key: string, params: object, language: "en" | "lv") =>
    functionText({ key, params } as FunctionText, language);
  const [englishFn, latvianFn] = [functionCatalogues.en, functionCatalogues.lv];

  it("have the same keys, placeholders and no blank text in English and Latvian", () => {
    expect(Object.keys(latvianFn).sort()).toEqual(Object.keys(englishFn).sort());
    for (const [key, text] of Object.entries(latvianFn)) {
      expect([key, text.trim() !== ""]).toEqual([key, true]);
      expect([key, variables(text)]).toEqual([key, variables(englishFn[key] ?? "")]);
    }
  });

  it("word every key of the functions, and each catalogue key is one or a part of one", () => {
    const parts = /^(quantity|wanted|vocabulary|part)\//;
    for (const key of Object.keys(englishFn)) {
      expect([key, key in functionExamples || parts.test(key)]).toEqual([key, true]);
    }
    expectRenderedInFull(functionExamples, render);
  });

  it("name every quantity, vocabulary and kind of number a refusal can ask for", () => {
    const quantities = [
      "months",
      "distance",
      "participants",
      "real-cost",
      "working-days",
      "length-months",
      "length-days",
    ] satisfies Quantity[];
    const vocabularies = [
      "role",
      "staff-category",
      "organisation-type",
      "activity-type",
      "cost-kind",
      "action",
      "partnership-format",
    ] satisfies VocabularyName[];
    for (const language of ["en", "lv"] as const) {
      for (const quantity of quantities) {
        const params = { name: "x", quantity, wanted, got };
        expect(render("argument/number", params, language)).not.toContain("quantity/");
      }
      for (const vocabulary of vocabularies) {
        const params = { name: "x", vocabulary, accepted: ["a"], got };
        expect(render("argument/word", params, language)).not.toContain("vocabulary/");
      }
      for (const shape of [
        { integer: true, min: 1 },
        { integer: false, min: 0.5 },
        { integer: false, min: 0, max: 2 },
      ]) {
        const params = { name: "x", quantity: "months", wanted: shape, got };
        expect(render("argument/number", params, language)).not.toContain("wanted/");
      }
    }
  });

  it("write a refusal and a band as each language writes numbers and quotes", () => {
    const refusal = {
      name: "distanceKm",
      quantity: "distance",
      wanted: { integer: false, min: 0.001 },
      got,
    };
    expect(render("argument/number", refusal, "en")).toBe(
      'distanceKm must be a one-way distance in km, 0.001 or more; got "boss".',
    );
    expect(render("argument/number", refusal, "lv")).toBe(
      "Argumentam distanceKm jābūt attālumam vienā virzienā kilometros — 0,001 vai vairāk; saņemts “boss”.",
    );
    expect(render("band/range", { fromKm: 2000, toKm: 2999 }, "lv")).toBe(
      "2\u00a0000–2\u00a0999 km",
    );
    expect(render("place/city", { name: "Valencia", country: "ES" }, "lv")).toBe(
      "Valencia, Spānija (ES)",
    );
  });
});
