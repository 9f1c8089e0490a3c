import type { Rulebook } from "./rulebook-schema";
import { ka2Rulebook2014 } from "./ka2-2014";

export * from "./rulebook-schema";

/**
 * Call years the add-in knows. A new year is a new data file and one line here. Typed as
 * Rulebook, so a data file that does not fit the schema's types does not compile; a test also
 * validates each one with RulebookSchema (sources, ranges). They are not parsed again when
 * they load: zod compiling and running the schema took longer than a whole `ka2-budget fn`.
 */
const rulebooks: Readonly<Record<"2014", Rulebook>> = { "2014": ka2Rulebook2014 };

export type RulebookYear = keyof typeof rulebooks;
export const knownRulebookYears = Object.keys(rulebooks) as RulebookYear[];
export const defaultRulebookYear: RulebookYear = "2014";

/** The rulebook of a call year, or undefined for a year the add-in does not know. */
export function getRulebook(year: string = defaultRulebookYear): Rulebook | undefined {
  return Object.prototype.hasOwnProperty.call(rulebooks, year)
    ? rulebooks[year as RulebookYear]
    : undefined;
}

/** The rulebook the add-in uses when a workbook names none (the bundled 2014 one). */
export function defaultRulebook(): Rulebook {
  const rulebook = getRulebook(defaultRulebookYear);
  // The default year's data ships with the add-in and is validated by its tests; if it were
  // missing, that is a build error, not something a user can act on.
  if (!rulebook) throw new Error(`The bundled ${defaultRulebookYear} rulebook is missing.`);
  return rulebook;
}

/** The rulebook of a call year, or the default for a year the add-in does not know. */
export function rulebookFor(year: string | undefined): Rulebook {
  return (year === undefined ? undefined : getRulebook(year)) ?? defaultRulebook();
}
