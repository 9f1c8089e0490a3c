import type { ConsortiumRule, FieldRule, Rulebook, SpField } from "../rules";
import type { ConsortiumMinimums, ConsortiumRef } from "./finding-text";
import type { Project } from "./model";

/**
 * The duration and consortium rules a project is held to: its action's, or its field's where
 * the rulebook gives that field rules of its own (a Strategic Partnership in the youth field:
 * 6–24 months, 2 organisations from 2 Programme Countries). Every face asks here, so the
 * checker, the template and the set-up form agree.
 */

export interface DurationRule {
  min: number;
  max: number;
  /** KA and SSA: the only durations allowed (24 or 36). */
  allowedMonths?: number[];
  /** The field whose own rule this is; undefined for the action's rule. */
  field?: SpField;
}

/**
 * The rules of its own a field has in an action (youth in SP): its duration, and a consortium
 * rule that replaces the partnership format's. Undefined when the field follows the action's.
 */
export function fieldRule(
  rulebook: Rulebook,
  action: Project["action"],
  field: SpField | undefined,
): FieldRule | undefined {
  return field === undefined ? undefined : rulebook.actions[action].fields?.[field];
}

/** The months a project of this action (and field) may last. */
export function durationRule(
  rulebook: Rulebook,
  action: Project["action"],
  field?: SpField,
): DurationRule {
  const own = fieldRule(rulebook, action, field);
  if (own) return { min: own.duration.value.min, max: own.duration.value.max, field };
  const { min, max, allowedMonths } = rulebook.actions[action].duration.value;
  return allowedMonths ? { min, max, allowedMonths } : { min, max };
}

/** Whether a number of months fits the rule. */
export function monthsFit(rule: DurationRule, months: number): boolean {
  return rule.allowedMonths
    ? rule.allowedMonths.includes(months)
    : Number.isInteger(months) && months >= rule.min && months <= rule.max;
}

/** The minimums a consortium rule states, as findings name the rule. */
function minimumsOf(rule: ConsortiumRule): ConsortiumMinimums {
  const memberStates = rule.minEuMemberStates?.value;
  const types = rule.requiredTypes?.value;
  return {
    organisations: rule.minOrganisations.value,
    countries: rule.minCountries.value,
    ...(memberStates === undefined ? {} : { memberStates }),
    ...(types === undefined ? {} : { types }),
  };
}

/**
 * The consortium rule of the project and how findings name it, with the rule's minimums from
 * this rulebook (a Rates table's); undefined for an unknown format.
 */
export function consortiumRule(
  rulebook: Rulebook,
  project: Pick<Project, "action" | "format" | "field">,
): { rule: ConsortiumRule; ref: ConsortiumRef } | undefined {
  const { action, format, field } = project;
  const own = fieldRule(rulebook, action, field);
  if (own) {
    const minimums = minimumsOf(own.consortium);
    return { rule: own.consortium, ref: { action, format, field, fieldRule: true, minimums } };
  }
  const rule = rulebook.actions[action].consortium[format];
  if (!rule) return undefined;
  const minimums = minimumsOf(rule);
  const ref: ConsortiumRef =
    field === undefined ? { action, format, minimums } : { action, format, field, minimums };
  return { rule, ref };
}
