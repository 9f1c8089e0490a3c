import { needsPlaceLookup, type CheckOptions } from "../domain/check-budget";
import type { RawWorkbook } from "../domain/workbook";
import { loadGazetteer } from "./gazetteer-file";

/** What the checker needs beyond the workbook: the places list, read only when a line uses From and To. */
export function checkOptionsFor(workbook: RawWorkbook): CheckOptions {
  return needsPlaceLookup(workbook) ? { places: loadGazetteer() } : {};
}
