import type { BudgetCheck } from "../../domain/budget-check";
import { checkBudget, needsPlaceLookup } from "../../domain/check-budget";
import { withoutPendingFindings } from "../../domain/pending-cells";
import type { PlaceLookup } from "../../domain/places";
import type { RawWorkbook } from "../../domain/workbook";
import { loadGazetteer } from "../../gazetteer/load-gazetteer";

/**
 * Checks a workbook as the pane reads it. Lines that give From and To instead of a distance
 * need the places list, which is a chunk of its own (shared with KA2.DISTANCE): it is fetched
 * from the add-in's host only when such a line exists, so most checks never load it.
 */
export async function checkWorkbook(
  workbook: RawWorkbook,
  loadPlaces: () => Promise<PlaceLookup> = loadGazetteer,
): Promise<BudgetCheck> {
  const check = await checkWithPlaces(workbook, loadPlaces);
  // A cell showing #BUSY! is still being calculated: the pane checks again once Excel is done
  // (use-pane.ts), and until then no finding calls it wrong.
  return { ...check, findings: withoutPendingFindings(check.findings, workbook) };
}

async function checkWithPlaces(
  workbook: RawWorkbook,
  loadPlaces: () => Promise<PlaceLookup>,
): Promise<BudgetCheck> {
  if (!needsPlaceLookup(workbook)) return checkBudget(workbook);
  // Without the places list (a failed download) the check still runs: the lines that need it
  // get a finding saying the list is not loaded, and everything else is checked as usual.
  const places = await loadPlaces().catch(() => undefined);
  return checkBudget(workbook, places ? { places } : {});
}
