import type { Rulebook } from "../../rules";
import { cleanCellText } from "../cell-text";
import { isProgrammeCountry, resolveCountry, type CountryCode } from "../countries";
import type { PlaceRef } from "../finding-text";
import {
  resultText,
  type PlaceProblemMessages,
  type PlaceProblemText,
  type ResultText,
} from "../function-text";
import type { Place, PlaceLookup } from "./place";
import { textMaker } from "../message-text";

/** Why a cell could not be read as a place. */
export type PlaceProblem =
  | { kind: "blank" }
  | { kind: "not-text"; value: number | boolean }
  | { kind: "bad-coordinates"; text: string }
  | { kind: "unknown-country"; text: string; country: string }
  | {
      kind: "unknown-place";
      text: string;
      name: string;
      country?: CountryCode;
      elsewhere: Place[];
    };

export type PlaceResolution = { place: Place } | { problem: PlaceProblem };

const COMMA_PAIR = /^([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)$/;
/** With a semicolon between them, the numbers may have decimal commas: "56,95; 24,11". */
const SEMICOLON_PAIR = /^([+-]?\d+(?:[.,]\d+)?)\s*;\s*([+-]?\d+(?:[.,]\d+)?)$/;
const NUMERIC = /^[\d\s.,;+-]+$/;

function coordinates(text: string): PlaceResolution | undefined {
  if (!NUMERIC.test(text)) return undefined;
  const match = COMMA_PAIR.exec(text) ?? SEMICOLON_PAIR.exec(text);
  const latitude = Number(match?.[1]?.replace(",", "."));
  const longitude = Number(match?.[2]?.replace(",", "."));
  if (!match || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    return { problem: { kind: "bad-coordinates", text } };
  }
  return { place: { name: `${latitude}, ${longitude}`, latitude, longitude } };
}

/** "Spain", "ES", "Spānija" or "Spain (ES)" (as KA2.PLACE shows a place) → ES. */
function countryOf(text: string, rulebook: Rulebook): CountryCode | undefined {
  const shown = /^.*\(([A-Za-z]{2})\)\s*$/.exec(text);
  return resolveCountry(shown?.[1] ?? text, rulebook);
}

/**
 * A place from what a user typed: "Riga", "Rīga, LV", "Valencia, Spain", "Valencia, Spānija"
 * or latitude,longitude ("56.95, 24.11"; "56,95; 24,11"). A name matches ignoring case and
 * diacritics. Of several places with the name, the most populous in the country given after a
 * comma is taken; without a country, the most populous in a Programme Country (a KA2 budget's
 * partners are mostly there: Valencia is the Spanish city, not the larger one in Venezuela),
 * else the most populous anywhere.
 */
export function resolvePlace(
  value: unknown,
  places: PlaceLookup,
  rulebook: Rulebook,
): PlaceResolution {
  if (typeof value === "number" || typeof value === "boolean") {
    return { problem: { kind: "not-text", value } };
  }
  const text = typeof value === "string" ? value.trim() : "";
  if (text === "") return { problem: { kind: "blank" } };
  const typedCoordinates = coordinates(text);
  if (typedCoordinates) return typedCoordinates;

  let name = text;
  let country: CountryCode | undefined;
  let unknownCountry: { comma: number; tail: string } | undefined;
  for (let comma = text.indexOf(","); comma >= 0; comma = text.indexOf(",", comma + 1)) {
    const tail = text.slice(comma + 1).trim();
    const code = countryOf(tail, rulebook);
    if (code !== undefined) {
      name = text.slice(0, comma).trim();
      country = code;
      break;
    }
    unknownCountry ??= { comma, tail };
  }

  const candidates = places.lookup(name);
  const found = country
    ? candidates.find((place) => place.country === country)
    : (candidates.find((place) => isProgrammeCountry(rulebook, place.country ?? "")) ??
      candidates[0]);
  if (found) return { place: found };
  if (country === undefined && unknownCountry !== undefined) {
    if (places.lookup(text.slice(0, unknownCountry.comma)).length > 0) {
      return { problem: { kind: "unknown-country", text, country: unknownCountry.tail } };
    }
  }
  // Listed in the order a name without a country would pick them.
  const elsewhere = [
    ...candidates.filter((place) => isProgrammeCountry(rulebook, place.country ?? "")),
    ...candidates.filter((place) => !isProgrammeCountry(rulebook, place.country ?? "")),
  ];
  return { problem: { kind: "unknown-place", text, name, country, elsewhere } };
}

/** A place as message data: a city with its country, or the coordinates as typed. */
export function placeRef(place: Place): PlaceRef {
  return place.country === undefined
    ? { name: place.name }
    : { name: place.name, country: place.country };
}

/** The place a name stands for, as KA2.PLACE shows it: "Valencia, Spain (ES)" in English. */
export function placeResult(place: Place): ResultText {
  return place.country === undefined
    ? resultText("place/coordinates", { name: place.name })
    : resultText("place/city", { name: place.name, country: place.country });
}

const problemText = textMaker<PlaceProblemMessages>();

/** Why a typed value is not a place, as message data (the names and texts cleaned for quoting). */
export function placeProblemText(
  problem: Exclude<PlaceProblem, { kind: "blank" }>,
): PlaceProblemText {
  switch (problem.kind) {
    case "not-text":
      return problemText("place/not-text", { value: String(problem.value) });
    case "bad-coordinates":
      return problemText("place/bad-coordinates", { text: cleanCellText(problem.text) });
    case "unknown-country":
      return problemText("place/unknown-country", {
        country: cleanCellText(problem.country),
        text: cleanCellText(problem.text),
      });
    case "unknown-place": {
      const name = cleanCellText(problem.name);
      const country = problem.country ?? null;
      if (problem.elsewhere.length === 0) {
        return problemText("place/unknown-city", { name, country });
      }
      return problemText("place/unknown-city-elsewhere", {
        name,
        country,
        elsewhere: problem.elsewhere.slice(0, 3).map(placeRef),
        more: problem.elsewhere.length > 3,
      });
    }
  }
}
