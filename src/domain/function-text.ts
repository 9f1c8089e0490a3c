import type { ActivityType } from "../rules";
import type { CountryCode } from "./countries";
import type {
  NumberWanted,
  PlaceReasonMessages,
  RateReasonMessages,
  RateReasonText,
  VocabularyName,
} from "./finding-text";
import { textMaker, type TextOf } from "./message-text";

/**
 * What a worksheet function says, as data: why it refuses an argument (its #VALUE! message)
 * and the text results of KA2.BAND and KA2.PLACE. Each face renders it in its user's language
 * from the function catalogues (src/messages/function-*.json): the add-in in the language of
 * Excel's interface, `ka2-budget fn` in its `--lang`. Argument names stay as the function's
 * metadata names them in every language (`months`, `distanceKm`).
 */

/** What a number argument is, for the message ("a number of months"). */
export type Quantity =
  | "months"
  | "distance"
  | "participants"
  | "real-cost"
  | "working-days"
  | "length-months"
  | "length-days";

/** What the refused cell held. Cell text is cleaned (cleanCellText) and quoted by the language. */
export interface GotMessages {
  "got/blank": Record<string, never>;
  /** A number or a truth value, as typed. */
  "got/value": { shown: string };
  "got/text": { text: string };
  /** An entity or another value with no text of its own. */
  "got/unshowable": Record<string, never>;
  "got/beyond": { got: GotText; limit: number };
}

/**
 * Why a typed value is not a place (KA2.DISTANCE, KA2.PLACE, and the From and To cells the
 * checker reads): the keys and values of the findings' place reasons, worded in each catalogue
 * to end its own sentence.
 */
export type PlaceProblemMessages = Omit<
  PlaceReasonMessages,
  "place/cell-error" | "place/blank-other"
>;

/** Every message of a refused argument, by key. */
export interface ArgumentMessages {
  "argument/number": { name: string; quantity: Quantity; wanted: NumberWanted; got: GotText };
  "argument/word": { name: string; vocabulary: VocabularyName; accepted: string[]; got: GotText };
  "argument/country": { name: string; got: GotText };
  "argument/place": { name: string; reason: GotText | PlaceProblemText };
  "argument/no-participants": Record<string, never>;
  "argument/no-monthly-rate": { name: string; type: ActivityType; got: GotText };
  "argument/rates-not-a-range": Record<string, never>;
  "argument/rates-value": { row: number; figure: string; got: GotText };
  "argument/rates-unknown-figure": { row: number; figure: string };
  "argument/rates-refused": { row: number; id: string; value: number; reason: RateReasonText };
  "argument/rate-option": { text: string };
  "argument/rate-option-unknown": { figure: string };
}

/** The text results of KA2.BAND and KA2.PLACE, and the form export's distance bands. */
export interface ResultMessages {
  "band/range": { fromKm: number; toKm: number };
  "band/open": { fromKm: number };
  "band/under": { fromKm: number };
  "place/city": { name: string; country: CountryCode };
  "place/coordinates": { name: string };
}

export type GotText = TextOf<GotMessages>;
export type PlaceProblemText = TextOf<PlaceProblemMessages>;
export type ArgumentText = TextOf<ArgumentMessages>;
export type ResultText = TextOf<ResultMessages>;
export type BandText = Extract<ResultText, { key: `band/${string}` }>;

/** Everything a function can say, with its parts. */
export type FunctionText = ArgumentText | ResultText | GotText | PlaceProblemText | RateReasonText;
export type FunctionMessages = ArgumentMessages &
  ResultMessages &
  GotMessages &
  PlaceProblemMessages &
  RateReasonMessages;

/** A refusal's message, typed by key. */
export const argumentText = textMaker<ArgumentMessages>();

/** A text result, typed by key. */
export const resultText = textMaker<ResultMessages>();
