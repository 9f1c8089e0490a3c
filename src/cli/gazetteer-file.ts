import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Gazetteer, type GazetteerData, type PlaceLookup } from "../domain/places";

/*
 * The gazetteer for Node (the command line, scripts, tests, benchmarks): src/gazetteer/cities.json
 * read on first use, so commands that need no place never pay for its 900 KB.
 */

// src/cli under ts-jest, lib/src/cli when built: the package root is two or three levels up.
const candidates = [
  join(__dirname, "..", "gazetteer", "cities.json"),
  join(__dirname, "..", "..", "..", "src", "gazetteer", "cities.json"),
];

let loaded: Gazetteer | undefined;

/** The gazetteer file's path; throws when the package has none (a broken install). */
export function gazetteerFile(): string {
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`The places list is missing (looked for ${candidates[0]}).`);
  return file;
}

/** The gazetteer, read and indexed once per process. */
export function loadGazetteer(): Gazetteer {
  loaded ??= new Gazetteer(JSON.parse(readFileSync(gazetteerFile(), "utf8")) as GazetteerData);
  return loaded;
}

/** The gazetteer read on the first name looked up: blanks and coordinates never read it. */
export const lazyPlaces: PlaceLookup = { lookup: (name) => loadGazetteer().lookup(name) };
