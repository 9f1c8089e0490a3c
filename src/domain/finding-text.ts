import type {
  ActionCode,
  ActivityType,
  PartnerType,
  SpField,
  SpFormat,
  StaffCategory,
} from "../rules";
import type { CountryCode } from "./countries";
import type { Role } from "./vocabulary";
import { textMaker, type TextOf } from "./message-text";

/**
 * What a finding says, as data: a message key and the values the message needs. Each face
 * renders it in its user's language from the message catalogues (English and Latvian), so
 * the domain holds no sentence. The finding's table, row and column are values of every
 * message too. A key is the finding's rule id, or the rule id and a variant after a slash.
 *
 * Value kinds: amounts in EUR and other numbers are plain numbers (each language writes them
 * its own way); codes (country, partner type …) are rendered as the language's name for them;
 * text quoted from a cell is kept as typed.
 */

/** A place a distance is measured between: a city with its country, or typed coordinates. */
export interface PlaceRef {
  name: string;
  country?: CountryCode;
}

export interface RouteRef {
  from: PlaceRef;
  to: PlaceRef;
}

/** What a number cell accepts: "a whole number, 1 or more", "a number from 0 to 24". */
export interface NumberWanted {
  integer: boolean;
  min: number;
  max?: number;
}

/** The vocabularies whose words a cell accepts; each language has its name for them. */
export type VocabularyName =
  | "role"
  | "staff-category"
  | "organisation-type"
  | "activity-type"
  | "cost-kind"
  | "action"
  | "partnership-format"
  | "field";

/** How a line's figure is made ("coordinator, Latvia × 24 months"), shown with its amount. */
export interface BasisMessages {
  "basis/management": { role: Role; country: CountryCode | null; months: number };
  "basis/travel": { participants: number; km: number; route: RouteRef | null };
  "basis/support-days": { participants: number; days: number };
  "basis/support-months": { participants: number; months: number; perMonth: number };
  "basis/linguistic": { participants: number; perParticipant: number };
  "basis/events": { local: number; foreign: number };
  "basis/share": { percent: number; realCost: number };
  "basis/staff": { days: number; rate: number; category: StaffCategory; country: CountryCode };
}

/** Why a From or To cell is not a place. */
export interface PlaceReasonMessages {
  "place/cell-error": { error: string };
  "place/blank-other": { other: "From" | "To" };
  "place/not-text": { value: string };
  "place/bad-coordinates": { text: string };
  "place/unknown-country": { country: string; text: string };
  "place/unknown-city": { name: string; country: CountryCode | null };
  "place/unknown-city-elsewhere": {
    name: string;
    country: CountryCode | null;
    elsewhere: PlaceRef[];
    more: boolean;
  };
}

/**
 * Why the rulebook's schema refuses a Rates value: the figure's bounds, as the schema gives
 * them. Worded to fill "… cannot be X (reason)" in the findings and the functions' messages.
 */
export interface RateReasonMessages {
  "rate-reason/at-least": { min: number };
  "rate-reason/more-than": { min: number };
  "rate-reason/at-most": { max: number };
  "rate-reason/less-than": { max: number };
  "rate-reason/whole": Record<string, never>;
  "rate-reason/finite": Record<string, never>;
  "rate-reason/not-accepted": Record<string, never>;
}

/** Every finding message, by key, with the values it needs besides table, row and column. */
export interface FindingMessages {
  "input.missing-table/project": Record<string, never>;
  "input.missing-table/partners": Record<string, never>;
  "input.missing-table/meetings": Record<string, never>;
  "input.missing-table/outputs": { action: ActionCode };
  "input.missing-table/events": Record<string, never>;
  "input.missing-table/activities": Record<string, never>;
  "input.missing-table/other-costs": Record<string, never>;
  "input.missing-table/unread": { name: string; sheet: string; reason: string };
  "input.ambiguous-table": {
    name: string;
    firstName: string;
    firstSheet: string;
    secondName: string;
    secondSheet: string;
  };
  "input.missing-column": Record<string, never>;
  "input.missing-value/blank": Record<string, never>;
  "input.missing-value/cell-error": { error: string };
  "input.missing-value/action": { accepted: string[] };
  "input.missing-value/months": Record<string, never>;
  "input.invalid-number/not-a-number": { shown: string; wanted: NumberWanted };
  "input.invalid-number/out-of-range": { value: number; wanted: NumberWanted };
  "input.invalid-number/months": { text: string };
  "input.unknown-value/word": { text: string; vocabulary: VocabularyName; accepted: string[] };
  "input.unknown-value/rulebook": { text: string; known: string[] };
  "input.unknown-value/action": { text: string; accepted: string[] };
  "input.unknown-value/format": { text: string; accepted: string[] };
  "input.unknown-value/field": { text: string; accepted: string[] };
  "input.unknown-country/cell": { text: string };
  "input.unknown-country/support-rate": { type: ActivityType; country: CountryCode };
  "input.unknown-partner": { id: string };
  "input.duplicate-id": { id: string; first: number };
  "input.duplicate-id/rates": { figure: string; first: number };
  "input.invalid-number/rates": {
    value: number;
    id: string;
    reason: RateReasonText;
    previous: number;
  };
  "rates.unknown-figure": { figure: string; year: number };
  "rates.override": { id: string; value: number; row: number; previous: number; mark: string };
  "input.out-of-range": { shown: string; limit: number };
  "input.table-too-large": { name: string; sheet: string; checked: number; rows: number };
  "input.not-in-action/amount": { stored: number; action: ActionCode; year: string };
  "input.not-in-action/format": { format: SpFormat; action: ActionCode };
  "input.not-in-action/field": { field: SpField; action: ActionCode };
  "input.not-in-action/format-in-field": { format: SpFormat; field: SpField };
  "project.duration/range": { action: ActionCode; min: number; max: number; months: number };
  "project.duration/field-range": {
    action: ActionCode;
    field: SpField;
    min: number;
    max: number;
    months: number;
  };
  "project.duration/allowed": { action: ActionCode; allowed: number[]; months: number };
  "consortium.min-organisations": { consortium: ConsortiumRef; min: number; found: number };
  "consortium.min-countries": { consortium: ConsortiumRef; min: number; found: number };
  "consortium.eu-member-states": { consortium: ConsortiumRef; min: number; found: number };
  "consortium.coordinator/none": Record<string, never>;
  "consortium.coordinator/many": { count: number; rows: number[] };
  "consortium.coordinator-programme-country": { id: string; country: CountryCode; year: number };
  "consortium.required-types/min": {
    consortium: ConsortiumRef;
    needed: number;
    type: PartnerType;
    found: number;
  };
  "consortium.required-types/per-country": {
    country: CountryCode;
    needed: number;
    type: PartnerType;
    found: number;
  };
  "consortium.required-types/per-country-missing": {
    country: CountryCode;
    missing: PartnerType[];
    required: PartnerType[];
  };
  "consortium.required-types/only": {
    consortium: ConsortiumRef;
    only: PartnerType[];
    id: string;
    type: PartnerType;
  };
  "cap.grant": { total: number; months: number; action: ActionCode; limit: number };
  "cap.management": {
    requested: number;
    perMonth: number;
    funded: number;
    limit: number;
    months: number;
  };
  "cap.meetings-per-year": { year: number; requested: number; limit: number };
  "cap.events": { requested: number; limit: number };
  "cap.exceptional": { requested: number; limit: number };
  "rule.events-need-outputs/no-outputs": Record<string, never>;
  "rule.events-need-outputs/unknown-output": { output: string };
  "distance.under-100km/meeting": { km: number; route: RouteRef | null; minKm: number };
  "distance.under-100km/travel": { km: number; route: RouteRef | null; minKm: number };
  "distance.unknown-place/no-places": Record<string, never>;
  "distance.unknown-place/place": { reason: PlaceReasonText };
  "distance.near-band-edge": {
    from: PlaceRef;
    to: PlaceRef;
    km: number;
    nearKm: number;
    edgeKm: number;
  };
  "meeting.year": { year: number; months: number | null; years: number };
  "activity.duration": {
    type: ActivityType;
    unit: "days" | "months";
    min: number;
    max: number;
    length: number;
  };
  "activity.pupil-age": { minAge: number; age: number };
  "activity.linguistic-support/short-term": { min: number; max: number };
  "activity.linguistic-support/months": { min: number; max: number; months: number };
  "amount.mismatch/differs": { stored: number; figure: number; basis: BasisText };
  "amount.mismatch/not-an-amount": { shown: string; figure: number; basis: BasisText };
  "amount.mismatch/not-loaded": { shown: string; figure: number; basis: BasisText };
  "amount.mismatch/not-loaded-column": { count: number };
  "amount.blank": { count: number };
}

/**
 * The consortium rule a budget is held to: its action, (for SP) partnership format and, when
 * the Field setting names one, the field; a field with rules of its own replaces the format's.
 */
export interface ConsortiumRef {
  action: ActionCode;
  format: SpFormat;
  field?: SpField;
  /** The field's own rule applied (youth), not the format's. */
  fieldRule?: boolean;
  /**
   * The rule's minimums as the check applied them (after the Rates table), so the rule's
   * name states the figures it was held to: organisations, Programme Countries, EU Member
   * States (SSA) and organisations of each required type (KA: HEI, ENTERPRISE).
   */
  minimums: ConsortiumMinimums;
}

export interface ConsortiumMinimums {
  organisations: number;
  countries: number;
  memberStates?: number;
  types?: Partial<Record<PartnerType, number>>;
}

export type FindingKey = keyof FindingMessages;
export type FindingText = TextOf<FindingMessages>;
export type BasisText = TextOf<BasisMessages>;
export type PlaceReasonText = TextOf<PlaceReasonMessages>;
export type RateReasonText = TextOf<RateReasonMessages>;

/** Every message key a catalogue must have: findings and the parts they are made of. */
export type MessageKey =
  FindingKey | keyof BasisMessages | keyof PlaceReasonMessages | keyof RateReasonMessages;

/** The message of a finding, built with its values typed by key. */
export const say = textMaker<FindingMessages>();

/** How a line's figure is made, typed by key. */
export const basis = textMaker<BasisMessages>();

/** Why a cell is not a place, typed by key. */
export const placeReason = textMaker<PlaceReasonMessages>();
