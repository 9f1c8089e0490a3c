import type { Severity } from "../domain/findings";

/**
 * How the add-in's highlights look and how it recognises them. Each highlight is a custom
 * conditional-format rule whose formula is always TRUE and carries this marker as a string
 * literal, e.g. =ISTEXT("KA2 Budget highlight: error").
 *
 * Why a marker in the formula rather than a registry (hidden sheet, settings, custom XML):
 * the rule identifies itself, so nothing can fall out of step with it. A registry goes stale
 * when the user deletes or copies a highlighted row, undoes, or a co-author edits the file,
 * and conditional-format ids are not stable across sessions. The marker travels with the
 * rule (copies of a highlighted cell carry it too, and are cleared with it), survives
 * save and reopen, and a person reading the rule in Excel's Conditional Formatting
 * manager sees what it is. No user rule contains this text unless copied from ours.
 */
export const highlightMarker = "KA2 Budget highlight";

export function highlightFormula(severity: Severity): string {
  return `=ISTEXT("${highlightMarker}: ${severity}")`;
}

/** Whether a custom rule's formula is one of the add-in's highlights. */
export function isHighlightFormula(formula: string): boolean {
  return formula.toLowerCase().includes(highlightMarker.toLowerCase());
}

/** Excel's own "light fill with dark text" presets, one per severity. */
export const highlightColours: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};
