import { writeFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { getRulebook } from "../src/rules";
import { ArgumentError } from "../src/domain/arguments";
import { formatNumberIn } from "../src/messages/message-language";
import { functionText } from "../src/messages/function-messages";
import type { PlaceLookup } from "../src/domain/places";
import {
  callWorksheetFunction,
  needsPlaces,
  worksheetFunctions,
  type CellArgument,
  type CellFunction,
  type PlaceFunction,
  type WorksheetFunctionName,
} from "../src/domain/worksheet-functions";
import { loadGazetteer } from "../src/cli/gazetteer-file";
import { functionReference } from "./function-reference";

/*
 * Writes docs/functions.md, the reference page the functions' help links open, from the
 * metadata Excel gets (the JSDoc of src/functions/functions.ts), the rulebook's figures and
 * example results computed by the worksheet functions themselves.
 *
 *   npm run docs:functions
 *
 * test/functions/docs.test.ts fails when the committed page differs from what this writes.
 */

/** Numbers as the English docs write them: 2,750 and 0.75. */
const formatNumber = (value: number) => formatNumberIn("en", value);

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean; type: string }[];
  result: { type?: string };
}

/** The functions.json entries of a source file; throws on metadata errors. */
export async function functionMetadata(sourceFile: string): Promise<FunctionMetadata[]> {
  const result = await generateCustomFunctionsMetadata([sourceFile], false);
  if (result.errors.length > 0) {
    throw new Error(`Custom function metadata errors:\n${result.errors.join("\n")}`);
  }
  return (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
}

/** The anchor of a function's section: "ka2mgmt" for KA2.MGMT. */
export function anchorOf(id: string): string {
  return `ka2${id.toLowerCase()}`;
}

function cellText(value: string): string {
  return value.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/**
 * The formula a user types: =KA2.SUPPORT("teaching-assignment", 3, , "LV"). A null optional
 * argument is left out; a null required one is a blank cell, A1.
 */
export function formula(fn: FunctionMetadata, args: readonly CellArgument[]): string {
  const shown = args.map((arg, index) => {
    if (arg === null || arg === undefined) return fn.parameters[index]?.optional ? "" : "A1";
    if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
    return typeof arg === "boolean" ? String(arg).toUpperCase() : String(arg);
  });
  while (shown.length > 0 && shown[shown.length - 1] === "") shown.pop();
  const text = `=KA2.${fn.id}(${shown.join(", ")})`;
  return shown.includes("A1") ? `\`${text}\` with A1 blank` : `\`${text}\``;
}

type Outcome = { value: number | string } | { error: string };

function run(id: WorksheetFunctionName, args: readonly CellArgument[]): Outcome {
  const entry: CellFunction | PlaceFunction = worksheetFunctions[id];
  try {
    // The places list is read only for the functions that need it.
    const places: PlaceLookup = needsPlaces(entry) ? loadGazetteer() : { lookup: () => [] };
    const result = callWorksheetFunction(entry, args, places);
    return { value: typeof result === "number" ? result : functionText(result, "en") };
  } catch (error) {
    if (error instanceof ArgumentError) return { error: functionText(error.text, "en") };
    return { error: (error as Error).message };
  }
}

/** The same outcome with an argument blank as the web passes it (null) and as Windows does (0). */
function sameOutcome(a: Outcome, b: Outcome): boolean {
  return "error" in a ? "error" in b : "value" in b && a.value === b.value;
}

/**
 * What a blank cell means for one argument, worked out on the function's first example: Excel on
 * the web passes a blank cell as null and Excel on Windows as 0, and both must give one answer.
 */
function blankMeaning(fn: FunctionMetadata, examples: CellArgument[][], index: number): string {
  const id = fn.id as WorksheetFunctionName;
  const example = examples[0] ?? [];
  const withBlank = (blank: null | 0) =>
    Array.from({ length: Math.max(example.length, index + 1) }, (_, at) =>
      at === index ? blank : (example[at] ?? null),
    );
  const web = run(id, withBlank(null));
  const windows = run(id, withBlank(0));
  if (!sameOutcome(web, windows)) {
    throw new Error(
      `KA2.${fn.id} gives another answer for a blank ${fn.parameters[index]?.name} on the web than on Windows.`,
    );
  }
  if ("error" in web) return "`#VALUE!`: needed";
  return fn.parameters[index]?.optional ? "as if left out" : "read as 0";
}

function signature(fn: FunctionMetadata): string {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `KA2.${fn.id}(${params.join(", ")})`;
}

function section(fn: FunctionMetadata): string[] {
  const id = fn.id as WorksheetFunctionName;
  const reference = functionReference[id];
  const book = getRulebook();
  if (!reference || !book) throw new Error(`No reference entry or rulebook for KA2.${fn.id}.`);
  const lines = [
    `<a id="${anchorOf(fn.id)}"></a>`,
    "",
    `## ${signature(fn)}`,
    "",
    fn.description ?? "",
    "",
    "| argument | what to give | blank cell |",
    "| --- | --- | --- |",
    ...fn.parameters.map(
      (p, index) =>
        `| \`${p.name}\`${p.optional ? " (optional)" : ""} | ${cellText(p.description ?? "")} | ${blankMeaning(fn, reference.examples, index)} |`,
    ),
    "",
    `Result: ${fn.result.type === "string" ? "text" : "a number"}.`,
    "",
    `**Rule figures** — ${book.title}:`,
    "",
    ...reference.figures(book),
    "",
    `**Input the rules do not fund:** ${reference.ineligible}`,
    "",
    "**Examples**",
    "",
    "| formula | result |",
    "| --- | --- |",
  ];
  for (const args of reference.examples) {
    const outcome = run(id, args);
    if ("error" in outcome) throw new Error(`Example ${formula(fn, args)}: ${outcome.error}`);
    const value = typeof outcome.value === "number" ? formatNumber(outcome.value) : outcome.value;
    lines.push(`| ${formula(fn, args)} | ${cellText(value)} |`);
  }
  lines.push("", "**Errors** (`#VALUE!` with this message)", "", "| formula | message |");
  lines.push("| --- | --- |");
  for (const args of reference.errors) {
    const outcome = run(id, args);
    if (!("error" in outcome)) throw new Error(`Error example ${formula(fn, args)} passes.`);
    lines.push(`| ${formula(fn, args)} | ${cellText(outcome.error)} |`);
  }
  return [...lines, ""];
}

/** docs/functions.md as it should read for the given functions source. */
export async function renderFunctionDocs(sourceFile: string): Promise<string> {
  const functions = await functionMetadata(sourceFile);
  const lines = [
    "# KA2 worksheet functions",
    "",
    "<!-- Generated by `npm run docs:functions` from the JSDoc of src/functions/functions.ts,",
    "     the rulebook (src/rules) and scripts/function-reference.ts. Do not edit by hand:",
    "     test/functions/docs.test.ts fails when this page is out of date. -->",
    "",
    "With the KA2 Budget add-in loaded, type these in any cell, for example",
    '`=KA2.MGMT("coordinator", 24)`. Each gives the amount of one budget line under the',
    "Erasmus+ KA2 rules of the 2014 call, the same figure as `npx ka2-budget fn MGMT coordinator 24`.",
    "",
    "- Words may be typed in English or Latvian, in any case (`coordinator`, `koordinators`);",
    "  countries as ISO codes or English or Latvian names (`LV`, `Latvia`, `Latvija`).",
    "- Input a function cannot use gives `#VALUE!`; the error flag on the cell shows a message",
    "  naming the argument and what it accepts. A blank cell where a number is needed is an",
    "  error, never a silent 0. Optional arguments (in brackets) may be left out.",
    "- Messages, and the text KA2.BAND and KA2.PLACE return, are in the language of Excel's",
    "  interface: Latvian when it is Latvian, English otherwise (as below). Function and",
    "  argument names are the same in every language.",
    "- A blank cell means the same in Excel on the web, on Windows and on Mac, although the web",
    "  passes it to a function as nothing and Windows as 0: the *blank cell* column of each",
    "  function says what it means. A blank optional count (participants) is the default, so a",
    "  count of 0 is too; a blank multiplier-event count is 0.",
    "- A cell converted to an Excel data type (a country as *Geography*) is read by the text it",
    "  shows; a formatted number by its number.",
    "- Amounts the rules do not fund (a trip under 100 km) give 0, and the budget checker",
    "  reports the line. Caps on a whole project (management, meetings per year, multiplier",
    "  events, exceptional costs) are applied by the checker, not by the functions.",
    "- Every function takes an optional last argument `rates`: the budget's Rates table,",
    "  `Rates[[Figure]:[Value]]`, whose rows replace rulebook figures with the National",
    "  Agency's values. The template's formulas pass it, so cells and checker agree.",
    "",
    "Confidence of each figure: [V] checked in an official source; [D] in the National Agency's",
    "2014 information deck; [S] a secondary public source; [M] from memory of the 2014",
    "Programme Guide, not verified — check it before relying on it. Every figure with its id,",
    "mark and sources is listed in the [rules reference](rules.md).",
    "",
    "| function | what it gives |",
    "| --- | --- |",
    ...functions.map(
      (fn) => `| [${signature(fn)}](#${anchorOf(fn.id)}) | ${cellText(fn.description ?? "")} |`,
    ),
    "",
    ...functions.flatMap(section),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const markdown = await renderFunctionDocs(path.join(root, "src", "functions", "functions.ts"));
  const target = path.join(root, "docs", "functions.md");
  writeFileSync(target, markdown);
  console.log(`Wrote ${path.relative(root, target)}.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
