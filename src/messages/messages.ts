import i18next, { type i18n } from "i18next";
import type {
  ActionCode,
  ActivityType,
  BudgetCategory,
  PartnerType,
  StaffCategory,
} from "../rules";
import { countryName } from "../domain/countries";
import type { Finding } from "../domain/findings";
import type { FormWording } from "../domain/form/form-wording";
import type {
  ConsortiumRef,
  NumberWanted,
  PlaceRef,
  RouteRef,
  VocabularyName,
} from "../domain/finding-text";
import { tableSpec, type TableName } from "../domain/table-schema";
import { activityTypes, labelOf, partnerTypes, roles, staffCategories } from "../domain/vocabulary";
import en from "./en.json";
import lv from "./lv.json";
import { columnDescriptionsLv } from "./column-descriptions-lv";
import { functionText } from "./function-messages";
import {
  formatBytesIn,
  formatEuroIn,
  formatNumberIn,
  messageLanguage,
  messageLanguages,
  type MessageLanguage,
} from "./message-language";

/**
 * The message catalogues of findings (and the parts they are made of), English and Latvian,
 * and the formatters their placeholders use: `{{amount, euro}}` writes 1,234.56 EUR in
 * English and 1 234,56 EUR in Latvian, `{{country, country}}` the country's name in the
 * language, `{{found, organisations}}` a count with its noun in the right plural form.
 * The pane adds them to its i18next instance; the CLI and tests make their own.
 */

export * from "./message-language";

/** The namespace the catalogues live in; their keys hold dots and slashes, so no separators. */
export const MESSAGES_NS = "messages";

export const messageCatalogues = { en, lv } as const;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A translate function of the messages namespace with the given language. */
function translator(instance: i18n, lng: string | undefined): Translate {
  // Keys are built at run time, so the pane's typed keys do not apply here.
  const t = instance.t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (key, options = {}) =>
    t(key, { ...options, lng, ns: MESSAGES_NS, keySeparator: false, nsSeparator: false });
}

function columnDescription(
  language: MessageLanguage,
  table: string | undefined,
  column: string,
): string {
  if (language === "lv") {
    const description = columnDescriptionsLv[`${table}.${column}`];
    if (description) return description;
  }
  try {
    const spec = tableSpec(table as TableName);
    return spec.columns.find((entry) => entry.header === column)?.description ?? column;
  } catch {
    return column;
  }
}

/** Registers the formatters the catalogues use on an initialised i18next instance. */
export function addMessageFormatters(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (!formatter) throw new Error("i18next has no formatter service; initialise it first.");
  const add = (
    name: string,
    format: (
      value: unknown,
      language: MessageLanguage,
      t: Translate,
      options: Record<string, unknown>,
    ) => string,
  ) =>
    formatter.add(name, (value, lng, options: Record<string, unknown>) =>
      format(value, messageLanguage(lng), translator(instance, lng), options ?? {}),
    );
  const placeText = (place: PlaceRef, t: Translate) =>
    place.country === undefined
      ? t("part/coordinates", { name: place.name })
      : t("part/city", { name: place.name, country: place.country });

  add("euro", (value, language) => formatEuroIn(language, Number(value)));
  add("number", (value, language) => formatNumberIn(language, Number(value)));
  add("bytes", (value, language) => formatBytesIn(language, Number(value)));
  add("codes", (value) => (Array.isArray(value) ? value.join(", ") : String(value)));
  add("or", (value, _language, t) => {
    const items = (value as unknown[]).map(String);
    const last = items.pop() ?? "";
    return items.length === 0 ? last : `${items.join(", ")}${t("part/or")}${last}`;
  });
  add("country", (value, language) => countryName(String(value), language));
  add("afterComma", (value, language) =>
    value ? `, ${countryName(String(value), language)}` : "",
  );
  add("inCountry", (value, _language, t) =>
    value ? t("part/in-country", { country: value }) : "",
  );
  add("place", (value, _language, t) => placeText(value as PlaceRef, t));
  add("places", (value, _language, t, options) => {
    const text = (value as PlaceRef[]).map((place) => placeText(place, t)).join("; ");
    return options.more ? `${text} …` : text;
  });
  add("route", (value, _language, t) => {
    if (!value) return "";
    const route = value as RouteRef;
    return t("part/route", { from: route.from, to: route.to });
  });
  add("wanted", (value, _language, t) => {
    const wanted = value as NumberWanted;
    const kind = wanted.integer ? "whole" : "number";
    const range = wanted.max === undefined ? "from" : "range";
    return t(`part/wanted-${kind}-${range}`, { min: wanted.min, max: wanted.max });
  });
  add("vocabulary", (value, _language, t) => t(`vocabulary/${value as VocabularyName}`));
  add("outputs", (value, _language, t) => t(`outputs/${value as ActionCode}`));
  add("consortium", (value, _language, t) => {
    const { action, format, field, fieldRule, minimums } = value as ConsortiumRef;
    // The figures the check applied (a Rates table's too), never the bundled ones in words.
    const { organisations, countries, memberStates, types } = minimums;
    const figures = {
      organisations,
      countries,
      memberStates: memberStates ?? 0,
      heis: types?.HEI ?? 0,
      enterprises: types?.ENTERPRISE ?? 0,
      authorities: types?.AUTHORITY ?? organisations,
    };
    if (action !== "SP") return t(`consortium/${action}/standard`, figures);
    if (field === undefined) return t(`consortium/SP/${format}`, figures);
    // A field with a rule of its own (youth) replaces the format's; others only name the field.
    return fieldRule
      ? t(`consortium/SP/field/${field}`, figures)
      : t(`consortium/SP/in-field/${format}`, { ...figures, field });
  });
  add("inField", (value, _language, t) => t(`field-in/${String(value)}`));
  add("action", (value, language) =>
    language === "lv" ? actionLabelLv[value as ActionCode] : actionLabelEn[value as ActionCode],
  );
  add("activity", (value, language) =>
    labelOf(activityTypes, value as ActivityType, language).toLowerCase(),
  );
  add("partnerType", (value, language) => labelOf(partnerTypes, value as PartnerType, language));
  add("role", (value, language) =>
    labelOf(roles, value as (typeof roles.entries)[number]["code"], language).toLowerCase(),
  );
  add("staffCategory", (value, language) =>
    labelOf(staffCategories, value as StaffCategory, language).toLowerCase(),
  );
  add("text", (value, _language, t) => {
    const part = value as { key: string; params: Record<string, unknown> };
    return t(part.key, part.params);
  });
  add("unit", (value, _language, t) => t(`unit/${String(value)}`));
  add("duration", (value, _language, t, options) =>
    t(`units/${String(options.unit)}`, { count: value }),
  );
  for (const unit of [
    "errors",
    "warnings",
    "notes",
    "months",
    "days",
    "organisations",
    "participants",
    "countries",
    "memberStates",
    "schools",
    "schoolAuthorities",
    "fromProgrammeCountries",
  ]) {
    add(unit, (value, _language, t) => t(`units/${unit}`, { count: value }));
  }
  add("description", (value, language, _t, options) =>
    columnDescription(language, options.table as string | undefined, String(value)),
  );
}

const actionLabelEn: Record<ActionCode, string> = {
  SP: "Strategic Partnership",
  KA: "Knowledge Alliance",
  SSA: "Sector Skills Alliance",
};

const actionLabelLv: Record<ActionCode, string> = {
  SP: "Stratēģiskā partnerība",
  KA: "Zināšanu apvienība",
  SSA: "Nozaru prasmju apvienība",
};

/** The catalogues as i18next resources of the messages namespace, to add to an instance. */
export function addMessageResources(instance: i18n): void {
  for (const language of messageLanguages) {
    instance.addResourceBundle(language, MESSAGES_NS, messageCatalogues[language], true, true);
  }
}

const instances = new Map<MessageLanguage, i18n>();

/** A ready i18next instance with the catalogues and formatters, one per language. */
export function messagesI18n(language: MessageLanguage): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: language,
      fallbackLng: "en",
      supportedLngs: [...messageLanguages],
      resources: {},
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    addMessageResources(instance);
    addMessageFormatters(instance);
    instances.set(language, instance);
  }
  return instance;
}

/** The finding's message in the instance's (or the given) language. */
export function renderFinding(finding: Finding, instance: i18n, language?: string): string {
  const t = translator(instance, language ?? instance.language);
  const { table, row, column } = finding;
  return t(finding.text.key, { table, row, column, ...finding.text.params });
}

/** The finding's message in a language, for faces without an i18next instance of their own. */
export function findingMessage(finding: Finding, language: MessageLanguage = "en"): string {
  return renderFinding(finding, messagesI18n(language), language);
}

/** A message of the catalogues by key, in a language. */
export function message(
  language: MessageLanguage,
  key: string,
  params: Record<string, unknown> = {},
): string {
  return translator(messagesI18n(language), language)(key, params);
}

/** The name of a cap by its id ("management", "meetings-year-2", "grant" …). */
export function capName(language: MessageLanguage, id: string): string {
  const year = /^meetings-year-(\d+)$/.exec(id)?.[1];
  return year ? message(language, "cap/meetings-year", { year }) : message(language, `cap/${id}`);
}

/** A budget category's name; the Outputs category is implementation support in KA and SSA. */
export function categoryName(
  language: MessageLanguage,
  category: BudgetCategory,
  outputsAreSupport = false,
): string {
  const key = category === "outputs" && outputsAreSupport ? "outputs-support" : category;
  return message(language, `category/${key}`);
}

/** The form export's wording in a language. */
export function formWording(language: MessageLanguage): FormWording {
  const say = (key: string, params?: Record<string, unknown>) => message(language, key, params);
  return {
    language,
    findingMessage: (finding) => findingMessage(finding, language),
    label: (key) => say(`form/${key}`),
    section: (id) => say(`form/section/${id}`),
    column: (key) => say(`form/column/${key === "realCost" ? "real-cost" : key}`),
    category: (category, outputsAreSupport) => categoryName(language, category, outputsAreSupport),
    cap: (id) => capName(language, id),
    capNote: (cap, requested, limit) => say("form/cap-note", { cap, requested, limit }),
    overMaxGrant: (total, limit) => say("form/over-max-grant", { total, limit }),
    breaks: (count, where) => say(`form/breaks-${where}`, { count }),
    band: (text) => functionText(text, language),
    duration: (count, unit) => say(`units/${unit}`, { count }),
  };
}
