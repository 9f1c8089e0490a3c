import { ArgumentError } from "../domain/arguments";
import { isNumberWord } from "../domain/cell-reading";
import {
  callWorksheetFunction,
  worksheetFunctions,
  type CellArgument,
  type CellFunction,
  type PlaceFunction,
  type WorksheetFunctionName,
} from "../domain/worksheet-functions";
import { findFigure } from "../domain/rates/figure-ids";
import { defaultRulebook } from "../rules";
import { exitCodes, type CommandIo } from "./command-io";
import { lazyPlaces } from "./gazetteer-file";

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
 * Takes the `--rate FIGURE=VALUE` options out of the words (anywhere after the name): the
 * rows of the `rates` range the function gets. Other words are the function's arguments.
 */
function splitRates(words: readonly string[]): { args: string[]; rates: string[] } {
  const args: string[] = [];
  const rates: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (word === "--rate") rates.push(words[++index] ?? "");
    else if (word.startsWith("--rate=")) rates.push(word.slice("--rate=".length));
    else args.push(word);
  }
  return { args, rates };
}

/** `FIGURE=VALUE` as a row of the rates range; a malformed or unknown one is an ArgumentError. */
function rateRow(text: string): [string, number] {
  const split = text.indexOf("=");
  const figure = split < 0 ? text.trim() : text.slice(0, split).trim();
  const value = split < 0 ? null : cellArgument(text.slice(split + 1));
  if (figure === "" || typeof value !== "number") {
    throw new ArgumentError(
      `--rate must be FIGURE=VALUE with a number, such as --rate management.coordinatorPerMonth=600; got "${text}".`,
    );
  }
  if (!findFigure(defaultRulebook(), figure)) {
    throw new ArgumentError(
      `--rate ${figure}: not a figure of the rulebook; ka2-budget rates lists them.`,
    );
  }
  return [figure, value];
}

/**
 * `ka2-budget fn NAME ARG... [--rate FIGURE=VALUE]...`: prints the result alone; a refused
 * argument or rate exits 1.
 */
export function fnCommand(words: readonly string[], io: CommandIo): number {
  const [name, ...rest] = words;
  const { args, rates } = splitRates(rest);
  const listed = functionNames.join(", ");
  if (name === undefined) {
    io.err(`Give a function name: ${listed}.\n`);
    return exitCodes.failed;
  }
  const found = lookUpFunction(name);
  if (!found) {
    io.err(`There is no KA2 function "${name}"; the functions are ${listed}.\n`);
    return exitCodes.failed;
  }
  const entry: CellFunction | PlaceFunction = worksheetFunctions[found];
  const { params } = entry;
  // The last parameter, rates, comes from --rate options.
  const cellParams = params.slice(0, -1);
  if (args.length > cellParams.length) {
    io.err(
      `${found} takes at most ${cellParams.length} arguments (${cellParams.join(", ")}) and --rate options; got ${args.length}.\n`,
    );
    return exitCodes.failed;
  }
  try {
    const values: unknown[] = args.map(cellArgument);
    if (rates.length > 0) {
      while (values.length < cellParams.length) values.push(null);
      values.push(rates.map(rateRow));
    }
    // The places list is read only for KA2.DISTANCE and KA2.PLACE, synchronously: a file here.
    const result = callWorksheetFunction(entry, values, lazyPlaces);
    io.out(`${result}\n`);
    return exitCodes.ok;
  } catch (error) {
    if (error instanceof ArgumentError) {
      io.err(`${error.message}\n`);
      return exitCodes.failed;
    }
    throw error;
  }
}
