import { countryName, type CountryCode } from "../domain/countries";
import type { NumberWanted, PlaceRef } from "../domain/finding-text";
import type { FunctionMessages, FunctionText } from "../domain/function-text";
import { activityTypes, labelOf } from "../domain/vocabulary";
import en from "./function-en.json";
import lv from "./function-lv.json";
import { formatPreciseIn, type MessageLanguage } from "./message-language";

/*
 * What the KA2.* functions say (src/domain/function-text.ts), worded in English and Latvian:
 * their #VALUE! messages, the text results of KA2.BAND and KA2.PLACE, and the `fn` command's
 * own lines. A catalogue of its own with a small renderer rather than the findings' i18next
 * catalogues: the custom functions load first, before Excel can calculate, and i18next with
 * both findings catalogues would add about a third to functions.js.
 *
 * Placeholders are written as in the findings' catalogues, `{{name}}` or `{{name, format}}`.
 */

/** The lines of the `fn` command and of the functions' face, besides the functions' own texts. */
export interface FaceMessages {
  "places/not-loaded": Record<string, never>;
  "fn/no-name": { functions: string[] };
  "fn/unknown": { name: string; functions: string[] };
  "fn/too-many": { name: string; max: number; params: string[]; count: number };
}

export type FunctionCatalogueKey = keyof FunctionMessages | keyof FaceMessages;

export const functionCatalogues: Record<MessageLanguage, Record<string, string>> = { en, lv };

type Params = Record<string, unknown>;
type Format = (value: unknown, language: MessageLanguage, params: Params) => string;

function say(language: MessageLanguage, key: string, params: Params): string {
  const template = functionCatalogues[language][key] ?? functionCatalogues.en[key] ?? key;
  return template.replace(/{{\s*(\w+)\s*(?:,\s*(\w+)\s*)?}}/g, (_match, name: string, format) => {
    const value = params[name];
    const formatter = format === undefined ? undefined : formats[format as string];
    return formatter ? formatter(value, language, params) : String(value);
  });
}

const placeName = (place: PlaceRef, language: MessageLanguage) =>
  place.country === undefined
    ? say(language, "place/coordinates", { name: place.name })
    : say(language, "place/city", { name: place.name, country: place.country });

const formats: Record<string, Format> = {
  number: (value, language) => formatPreciseIn(language, Number(value)),
  codes: (value) => (Array.isArray(value) ? value.join(", ") : String(value)),
  country: (value, language) => countryName(value as CountryCode, language),
  inCountry: (value, language) =>
    value ? say(language, "part/in-country", { country: value }) : "",
  places: (value, language, params) =>
    (value as PlaceRef[]).map((place) => placeName(place, language)).join("; ") +
    (params.more ? " …" : ""),
  activity: (value, language) => labelOf(activityTypes, value as never, language).toLowerCase(),
  quantity: (value, language) => say(language, `quantity/${String(value)}`, {}),
  vocabulary: (value, language) => say(language, `vocabulary/${String(value)}`, {}),
  wanted: (value, language) => {
    const wanted = value as NumberWanted;
    const kind = wanted.integer ? "whole" : "number";
    const range = wanted.max === undefined ? "from" : "range";
    return say(language, `wanted/${kind}-${range}`, { min: wanted.min, max: wanted.max });
  },
  text: (value, language) => functionText(value as FunctionText, language),
};

/** A function's text (a refusal, a band, a place) in a language. */
export function functionText(text: FunctionText, language: MessageLanguage): string {
  return say(language, text.key, text.params as Params);
}

/** One of the face's lines (`fn`'s own errors, the places list failing) in a language. */
export function faceText<K extends keyof FaceMessages>(
  language: MessageLanguage,
  key: K,
  params: FaceMessages[K],
): string {
  return say(language, key, params as Params);
}
