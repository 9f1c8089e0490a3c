import { ArgumentError } from "../domain/arguments";
import { isNumberWord } from "../domain/cell-reading";
import {
  needsPlaces,
  worksheetFunctions,
  type CellArgument,
  type CellFunction,
  type PlaceFunction,
  type WorksheetFunctionName,
} from "../domain/worksheet-functions";
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

/** `ka2-budget fn NAME ARG...`: prints the result alone; a refused argument exits 1. */
export function fnCommand(words: readonly string[], io: CommandIo): number {
  const [name, ...args] = words;
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
  if (args.length > params.length) {
    io.err(
      `${found} takes at most ${params.length} arguments (${params.join(", ")}); got ${args.length}.\n`,
    );
    return exitCodes.failed;
  }
  try {
    const values = args.map(cellArgument);
    // The places list is read only for KA2.DISTANCE and KA2.PLACE, synchronously: a file here.
    const result = needsPlaces(entry)
      ? entry.runWithPlaces(lazyPlaces, ...values)
      : entry.run(...values);
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
