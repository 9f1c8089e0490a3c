import { existsSync, readFileSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import vm from "vm";
import { gzipSync } from "zlib";
import { functionReference } from "../scripts/function-reference";
import {
  needsPlaces,
  worksheetFunctions,
  type WorksheetFunctionName,
} from "../src/domain/worksheet-functions";

/*
 * The start-up cost of the custom functions as Excel loads them, from the production build
 * in dist/ (npm run bench:bundle builds it first): runtime.js + functions.js size raw and
 * gzipped (target under 60 KB gzip), the time to evaluate it, and calls per second of each KA2.* function
 * as shipped (the minified bundle, run in a sandbox with a CustomFunctions stand-in).
 */

const GZIP_TARGET = 60 * 1024;
const SAMPLE_MS = 200;

type CustomFunction = (...args: unknown[]) => unknown;

class SandboxError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function load(runtime: string, code: string): Map<string, CustomFunction> {
  const registered = new Map<string, CustomFunction>();
  const CustomFunctions = {
    associate: (id: string, fn: CustomFunction) => registered.set(id, fn),
    Error: SandboxError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  const sandbox = vm.createContext({ CustomFunctions, console });
  vm.runInContext(runtime, sandbox);
  vm.runInContext(code, sandbox);
  return registered;
}

/** Calls per second of one call, measured for about SAMPLE_MS after a warm-up. */
function callsPerSecond(call: () => void): number {
  for (let i = 0; i < 1000; i++) call();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < SAMPLE_MS) {
    for (let i = 0; i < 500; i++) call();
    calls += 500;
    elapsed = performance.now() - start;
  }
  return (calls / elapsed) * 1000;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main(): void {
  const file = path.join(process.cwd(), "dist", "functions.js");
  if (!existsSync(file)) {
    console.error(
      "dist/functions.js is missing: run `npm run build` first (or npm run bench:bundle).",
    );
    process.exit(2);
  }
  const code = readFileSync(file, "utf8");
  // The webpack runtime the page loads before functions.js (one for all its entries).
  const runtime = readFileSync(path.join(path.dirname(file), "runtime.js"), "utf8");
  const gzipped = gzipSync(code).length + gzipSync(runtime).length;
  const taskpane = readFileSync(path.join(path.dirname(file), "taskpane.js"), "utf8");

  const loadStart = performance.now();
  const functions = load(runtime, code);
  const loadMs = performance.now() - loadStart;
  const firstStart = performance.now();
  functions.get("MGMT")?.("coordinator", 24);
  const firstCallMs = performance.now() - firstStart;

  console.log("functions.js (production build, as Excel loads it)");
  console.log(
    `  size:      ${kb(code.length + runtime.length)} raw, ${kb(gzipped)} gzip ` +
      `(runtime.js ${kb(gzipSync(runtime).length)} gzip, loaded first, then functions.js)`,
  );
  console.log(`  task pane: ${kb(gzipSync(taskpane).length)} gzip, loaded after the functions`);
  console.log(
    `  target:    under ${kb(GZIP_TARGET)} gzip — ${gzipped < GZIP_TARGET ? "met" : "OVER TARGET"}`,
  );
  console.log(`  evaluate:  ${loadMs.toFixed(1)} ms`);
  console.log(`  1st call:  ${firstCallMs.toFixed(1)} ms (validates the rulebook once)`);
  console.log(`  functions: ${functions.size} registered`);
  console.log("");
  console.log("calls per second (first documented example of each function)");

  const rows: [string, number][] = [];
  for (const [id, reference] of Object.entries(functionReference)) {
    // DISTANCE and PLACE load the gazetteer chunk: bench/places.ts measures them.
    if (needsPlaces(worksheetFunctions[id as WorksheetFunctionName])) continue;
    const fn = functions.get(id);
    const args = reference.examples[0];
    if (!fn || !args) throw new Error(`KA2.${id} is not registered by functions.js.`);
    rows.push([
      `${id}(${args.map((a) => JSON.stringify(a)).join(", ")})`,
      callsPerSecond(() => fn(...args)),
    ]);
  }
  const mgmt = functions.get("MGMT" satisfies WorksheetFunctionName);
  if (mgmt) {
    const refused = () => {
      try {
        mgmt("coordinator", null);
      } catch {
        // #VALUE! for a blank cell: the error path is measured too.
      }
    };
    rows.push(['MGMT("coordinator", null) → #VALUE!', callsPerSecond(refused)]);
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, rate] of rows) {
    console.log(
      `  ${name.padEnd(width)}  ${Math.round(rate).toLocaleString("en-GB").padStart(12)}/s`,
    );
  }
}

main();
