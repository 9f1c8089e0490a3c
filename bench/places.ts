import { existsSync, readFileSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { gzipSync } from "zlib";
import { gazetteerFile, loadGazetteer } from "../src/cli/gazetteer-file";
import { resolvePlace } from "../src/domain/places";
import { getRulebook, type Rulebook } from "../src/rules";
import { loadBundle } from "./bundle-sandbox";

/*
 * `npm run bench:places` (and the end of `npm run bench`): what the places list costs. From the
 * production build in dist/: the start-up file functions.js against its size before the
 * gazetteer (it must stay within 5 KB gzip of it), the lazy gazetteer.js chunk, the time from
 * the first KA2.DISTANCE call to its result (chunk fetched, evaluated, indexed), and 10,000
 * calls; in Node, 10,000 name resolutions on the same data.
 */

/** functions.js gzip bytes at 460c296, the last commit before the gazetteer (npm run build). */
const FUNCTIONS_GZIP_BEFORE = 44504;
const BUDGET = 5 * 1024;
const LOOKUPS = 10000;
const names = ["Riga", "Valencia", "Brisele", "Frankfurt", "Liepāja", "Łódź", "Valencia, VE"];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const dist = path.join(process.cwd(), "dist");
  const functionsFile = path.join(dist, "functions.js");
  const chunkFile = path.join(dist, "gazetteer.js");
  if (!existsSync(functionsFile) || !existsSync(chunkFile)) {
    console.error("dist/functions.js or dist/gazetteer.js is missing: run `npm run build` first.");
    process.exit(2);
  }
  const functionsJs = readFileSync(functionsFile);
  const chunk = readFileSync(chunkFile);
  const functionsGzip = gzipSync(functionsJs).length;
  const growth = functionsGzip - FUNCTIONS_GZIP_BEFORE;
  const data = readFileSync(gazetteerFile());
  const cities = (JSON.parse(data.toString("utf8")) as { cities: string[] }).cities.length;

  console.log("places list (gazetteer)");
  console.log(
    `  source:        src/gazetteer/cities.json, ${cities.toLocaleString("en-GB")} places, ${kb(data.length)}`,
  );
  console.log(
    `  lazy chunk:    dist/gazetteer.js ${kb(chunk.length)} raw, ${kb(gzipSync(chunk).length)} gzip`,
  );
  console.log(
    `  functions.js:  ${kb(functionsGzip)} gzip; before the gazetteer ${kb(FUNCTIONS_GZIP_BEFORE)}: ` +
      `${growth >= 0 ? "+" : ""}${kb(growth)} — ${growth <= BUDGET ? "within" : "OVER"} the ${kb(BUDGET)} budget`,
  );

  const bundle = loadBundle(dist);
  const distance = bundle.functions.get("DISTANCE");
  if (!distance) throw new Error("functions.js registers no DISTANCE.");
  const firstStart = performance.now();
  const first = await distance("Riga", "Brussels");
  const firstMs = performance.now() - firstStart;
  console.log(
    `  1st DISTANCE:  ${firstMs.toFixed(0)} ms (chunk evaluated and indexed) → ${String(first)} km`,
  );

  const callsStart = performance.now();
  for (let i = 0; i < LOOKUPS; i++) {
    await distance(names[i % names.length], names[(i + 3) % names.length]);
  }
  const callsMs = performance.now() - callsStart;
  console.log(
    `  ${LOOKUPS.toLocaleString("en-GB")} DISTANCE calls (bundle): ${callsMs.toFixed(0)} ms, ${((callsMs * 1000) / LOOKUPS).toFixed(1)} µs each`,
  );

  const loadStart = performance.now();
  const places = loadGazetteer();
  const loadMs = performance.now() - loadStart;
  const book = getRulebook() as Rulebook;
  const lookupStart = performance.now();
  let found = 0;
  for (let i = 0; i < LOOKUPS; i++) {
    if ("place" in resolvePlace(names[i % names.length], places, book)) found++;
  }
  const lookupMs = performance.now() - lookupStart;
  console.log(`  Node load:     ${loadMs.toFixed(0)} ms (read, parse, index)`);
  console.log(
    `  ${LOOKUPS.toLocaleString("en-GB")} resolutions (Node): ${lookupMs.toFixed(1)} ms, ${found.toLocaleString("en-GB")} found`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
