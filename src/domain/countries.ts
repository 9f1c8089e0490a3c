// The library without its 80-odd other languages (its Node entry registers them all).
import countries from "i18n-iso-countries/index";
import en from "i18n-iso-countries/langs/en.json";
import lv from "i18n-iso-countries/langs/lv.json";
import type { Rulebook } from "../rules";

countries.registerLocale(en);
countries.registerLocale(lv);

export type CountryCode = string;
export type Language = "en" | "lv";

/** Folds case, diacritics, punctuation and a leading "the" so "Rīga"-style spellings match. */
function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/**
 * normalise() of a country cell, remembered: a budget names a handful of countries, and
 * Unicode normalisation costs more than the rest of reading a partner (it set a floor under
 * the time of checking a small budget). Bounded: only texts as short as a country name are
 * kept (a 32,000-character cell would otherwise stay in memory after its check), and the
 * whole is cleared when it holds 1,000 texts.
 */
const longestCachedText = 64;
const cellKeys = new Map<string, string>();

function cellKey(text: string): string {
  if (text.length > longestCachedText) return normalise(text);
  let key = cellKeys.get(text);
  if (key === undefined) {
    if (cellKeys.size >= 1000) cellKeys.clear();
    key = normalise(text);
    cellKeys.set(text, key);
  }
  return key;
}

let libraryIndex: Map<string, CountryCode> | undefined;

function buildLibraryIndex(): Map<string, CountryCode> {
  const index = new Map<string, CountryCode>();
  for (const language of ["en", "lv"] as const) {
    const names = countries.getNames(language, { select: "all" });
    for (const [code, aliases] of Object.entries(names)) {
      for (const name of aliases) index.set(normalise(name), code);
    }
  }
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    index.set(normalise(code), code);
    const alpha3 = countries.alpha2ToAlpha3(code);
    if (alpha3) index.set(normalise(alpha3), code);
  }
  return index;
}

const historicIndexes = new WeakMap<Rulebook, Map<string, CountryCode>>();

function historicIndex(rulebook: Rulebook): Map<string, CountryCode> {
  let index = historicIndexes.get(rulebook);
  if (!index) {
    index = new Map(
      Object.entries(rulebook.countries.historicNames.value).map(([name, code]) => [
        normalise(name),
        code,
      ]),
    );
    historicIndexes.set(rulebook, index);
  }
  return index;
}

/**
 * The ISO alpha-2 code for what a user typed in a country cell: a code (LV, LVA), an English
 * or Latvian name (Latvia, Latvija), or a name of the call year (former Yugoslav Republic of
 * Macedonia, EL, UK). Undefined when nothing matches.
 */
export function resolveCountry(text: string, rulebook: Rulebook): CountryCode | undefined {
  const key = cellKey(text);
  if (key === "") return undefined;
  const historic = historicIndex(rulebook).get(key);
  if (historic) return historic;
  libraryIndex ??= buildLibraryIndex();
  return libraryIndex.get(key);
}

/** The country's short name in the given language ("Latvia", "Latvija"). */
export function countryName(code: CountryCode, language: Language = "en"): string {
  return countries.getName(code, language, { select: "official" }) ?? code;
}

export function isProgrammeCountry(rulebook: Rulebook, code: CountryCode): boolean {
  return rulebook.countries.programme.value.includes(code);
}

export function isEuMemberState(rulebook: Rulebook, code: CountryCode): boolean {
  return rulebook.countries.euMemberStates.value.includes(code);
}
