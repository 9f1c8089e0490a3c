import type { Finding, Severity } from "../domain/findings";
import type { RawWorkbook } from "../domain/workbook";
import type { CellArea } from "../domain/cell-area";
import { cellsOfFinding, locateFinding } from "../domain/finding-location";

/** The cells of one severity on one sheet: one highlight rule's worth. */
export interface HighlightGroup {
  severity: Severity;
  sheet: string;
  /** Disjoint-or-not rectangles, sorted; vertical runs of the same columns merged. */
  areas: CellArea[];
}

export interface HighlightPlan {
  /** Sorted by sheet, then severity from error to info. */
  groups: HighlightGroup[];
  highlighted: number;
  unplaced: number;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Merges rectangles with the same columns whose rows touch or overlap (G4, G5, G6 → G4:G6). */
function mergeRuns(areas: CellArea[]): CellArea[] {
  const sorted = [...areas].sort(
    (a, b) => a.left - b.left || a.right - b.right || a.top - b.top || a.bottom - b.bottom,
  );
  const merged: CellArea[] = [];
  for (const area of sorted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.left === area.left &&
      last.right === area.right &&
      area.top <= last.bottom + 1
    ) {
      last.bottom = Math.max(last.bottom, area.bottom);
    } else merged.push({ ...area });
  }
  return merged.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Which cells to highlight in which colour: one group per severity and sheet, so the
 * workbook gets a few rules however many findings there are. Pure; both workbook ports
 * draw from it.
 */
export function planHighlights(findings: readonly Finding[], workbook: RawWorkbook): HighlightPlan {
  const groups = new Map<string, HighlightGroup>();
  let highlighted = 0;
  let unplaced = 0;
  for (const finding of findings) {
    const location = locateFinding(finding, workbook);
    if (!location) {
      unplaced++;
      continue;
    }
    highlighted++;
    const key = `${finding.severity}\u0000${location.sheet}`;
    let group = groups.get(key);
    if (!group) {
      group = { severity: finding.severity, sheet: location.sheet, areas: [] };
      groups.set(key, group);
    }
    for (const cell of cellsOfFinding(finding, location)) group.areas.push(cell);
  }
  const sorted = [...groups.values()]
    .map((group) => ({ ...group, areas: mergeRuns(group.areas) }))
    .sort(
      (a, b) =>
        (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || rank[a.severity] - rank[b.severity],
    );
  return { groups: sorted, highlighted, unplaced };
}
