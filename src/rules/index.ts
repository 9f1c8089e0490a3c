import { RulebookSchema, type Rulebook } from "./rulebook-schema";
import { ka2Rulebook2014 } from "./ka2-2014";

export * from "./rulebook-schema";

/** Call years the add-in knows. A new year is a new data file and one line here. */
const rulebookData = { "2014": ka2Rulebook2014 } as const;

export type RulebookYear = keyof typeof rulebookData;
export const knownRulebookYears = Object.keys(rulebookData) as RulebookYear[];
export const defaultRulebookYear: RulebookYear = "2014";

const cache = new Map<string, Rulebook>();

/** The validated rulebook of a call year, or undefined for a year the add-in does not know. */
export function getRulebook(year: string = defaultRulebookYear): Rulebook | undefined {
  const cached = cache.get(year);
  if (cached) return cached;
  const data = (rulebookData as Record<string, unknown>)[year];
  if (data === undefined) return undefined;
  const rulebook = RulebookSchema.parse(data);
  cache.set(year, rulebook);
  return rulebook;
}

/** The rulebook the add-in uses when a workbook names none (the bundled 2014 one). */
export function defaultRulebook(): Rulebook {
  const rulebook = getRulebook(defaultRulebookYear);
  // The default year's data ships with the add-in and is validated on load; if it were
  // missing, that is a build error, not something a user can act on.
  if (!rulebook) throw new Error(`The bundled ${defaultRulebookYear} rulebook is missing.`);
  return rulebook;
}

/** The rulebook of a call year, or the default for a year the add-in does not know. */
export function rulebookFor(year: string | undefined): Rulebook {
  return (year === undefined ? undefined : getRulebook(year)) ?? defaultRulebook();
}
