import type { CountryCode } from "../countries";

/** A place a distance is measured from or to: a city of the gazetteer or typed coordinates. */
export interface Place {
  /** The city's name, or the coordinates as typed ("56.95, 24.11"). */
  name: string;
  /** Undefined for coordinates. */
  country?: CountryCode;
  latitude: number;
  longitude: number;
  /** Inhabitants, as the gazetteer gives them; undefined for coordinates. */
  population?: number;
}

/**
 * Where places are looked up by name: the gazetteer, loaded by each face when it needs it (a
 * lazy chunk in the add-in, a file in the command line), and passed in; the domain never
 * loads it.
 */
export interface PlaceLookup {
  /** The places whose name or other name folds to the same text as `name`, most populous first. */
  lookup(name: string): readonly Place[];
}
