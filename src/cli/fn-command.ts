import { ArgumentError } from "../domain/arguments";
import { isNumberWord } from "../domain/cell-reading";
import { cleanCellText } from "../domain/cell-text";
import {
  callWorksheetFunction,
  worksheetFunctions,
  type CellArgument,
  type CellFunction,
  type PlaceFunction,
  type WorksheetFunctionName,
} from "../domain/worksheet-functions";
import { argumentText } from "../domain/function-text";
import { findFigure } from "../domain/rates/figure-ids";
import { faceText, functionText } from "../messages/function-messages";
import { defaultRulebook } from "../rules";
import { exitCodes, type CommandIo } from "./command-io";
import { lazyPlaces } from "./gazetteer-file";
import { cliLanguage } from "./language";

const functionNames = Object.keys(worksheetFunctions) as WorksheetFunctionName[];

/**
 * A command-line word as a cell value: numeric-looking words are numbers (as a number typed
 * into a cell), an empty word is a blank cell, anything else is text.
 */
export function cellArgument(word: string): CellArgument {
  if (word.trim() === "") return null;
  return isNumberWord(word) ? Number(word) : word;
}

function lookUpFunction(name: string): WorksheetFunctionName | undefined {
  const bare = name
    .trim()
    .toUpperCase()
    .replace(/^=?KA2\./, "");
  return functionNames.find((candidate) => candidate === bare);
}

/**
 * Takes the `--rate FIGURE=VALUE` options (the rows of the `rates` range the function gets)
 * and `--lang` out of the words, anywhere after the name. Other words are the function's
 * arguments.
 */
function splitOptions(words: readonly string[]): {
  args: string[];
  rates: string[];
  lang?: string;
} {
  const args: string[] = [];
  const rates: string[] = [];
  let lang: string | undefined;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (word === "--rate") rates.push(words[++index] ?? "");
    else if (word.startsWith("--rate=")) rates.push(word.slice("--rate=".length));
    else if (word === "--lang") lang = words[++index] ?? "";
    else if (word.startsWith("--lang=")) lang = word.slice("--lang=".length);
    else args.push(word);
  }
  return { args, rates, lang };
}

/** `FIGURE=VALUE` as a row of the rates range; a malformed or unknown one is an ArgumentError. */
function rateRow(text: string): [string, number] {
  const split = text.indexOf("=");
  const figure = split < 0 ? text.trim() : text.slice(0, split).trim();
  const value = split < 0 ? null : cellArgument(text.slice(split + 1));
  if (figure === "" || typeof value !== "number") {
    throw new ArgumentError(argumentText("argument/rate-option", { text: cleanCellText(text) }));
  }
  if (!findFigure(defaultRulebook(), figure)) {
    throw new ArgumentError(
      argumentText("argument/rate-option-unknown", { figure: cleanCellText(figure) }),
    );
  }
  return [figure, value];
}

/**
 * `ka2-budget fn NAME ARG... [--rate FIGURE=VALUE]... [--lang lv|en]`: prints the result alone,
 * a text result (KA2.BAND, KA2.PLACE) in the language. A refused argument or rate exits 1, as
 * the function's `#VALUE!`, with its message in the language; a wrong command line (no name,
 * no such function, too many arguments) exits 2, as for every command.
 */
export function fnCommand(words: readonly string[], io: CommandIo): number {
  const { args: named, rates, lang } = splitOptions(words);
  const language = cliLanguage(lang);
  const [name, ...args] = named;
  const functions = [...functionNames];
  if (name === undefined) {
    io.err(`${faceText(language, "fn/no-name", { functions })}\n`);
    return exitCodes.cannotRun;
  }
  const found = lookUpFunction(name);
  if (!found) {
    io.err(`${faceText(language, "fn/unknown", { name: cleanCellText(name), functions })}\n`);
    return exitCodes.cannotRun;
  }
  const entry: CellFunction | PlaceFunction = worksheetFunctions[found];
  const { params } = entry;
  // The last parameter, rates, comes from --rate options.
  const cellParams = params.slice(0, -1);
  if (args.length > cellParams.length) {
    const params = [...cellParams];
    const tooMany = { name: found, max: params.length, params, count: args.length };
    io.err(`${faceText(language, "fn/too-many", tooMany)}\n`);
    return exitCodes.cannotRun;
  }
  try {
    const values: unknown[] = args.map(cellArgument);
    if (rates.length > 0) {
      while (values.length < cellParams.length) values.push(null);
      values.push(rates.map(rateRow));
    }
    // The places list is read only for KA2.DISTANCE and KA2.PLACE, synchronously: a file here.
    const result = callWorksheetFunction(entry, values, lazyPlaces);
    io.out(`${typeof result === "number" ? result : functionText(result, language)}\n`);
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof ArgumentError) {
      io.err(`${functionText(error.text, language)}\n`);
      return exitCodes.failed;
    }
    throw error;
  }
}
