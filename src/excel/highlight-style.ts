import type { Severity } from "../domain/findings";

/**
 * How the add-in's highlights look and how it recognises them. Each highlight is a custom
 * conditional-format rule whose formula is always TRUE and carries this marker as a string
 * literal, with a digest of the cells the rule was drawn on, e.g.
 * =ISTEXT("KA2 Budget highlight: error #0c4f2a91").
 *
 * Why a marker in the formula rather than a registry (hidden sheet, settings, custom XML):
 * the rule identifies itself, so nothing can fall out of step with it. A registry goes stale
 * when the user deletes or copies a highlighted row, undoes, or a co-author edits the file,
 * and conditional-format ids are not stable across sessions. The marker travels with the
 * rule (copies of a highlighted cell carry it too, and are cleared with it), survives
 * save and reopen, and a person reading the rule in Excel's Conditional Formatting
 * manager sees what it is.
 *
 * The digest lets a check compare the rules present with the ones it plans from the formulas
 * alone, read in the same request as the tables: equal formulas, nothing to write.
 *
 * Only a formula of exactly this form is the add-in's: a user's rule that merely contains the
 * marker text (=AND(ISTEXT("KA2 Budget highlight: error"),$A2>0)) is the user's and stays.
 */
export const highlightMarker = "KA2 Budget highlight";

/** The rule formula for `severity`; `areas` is the address list the rule covers. */
export function highlightFormula(severity: Severity, areas?: string): string {
  const digest = areas === undefined ? "" : ` #${addressDigest(`${severity}|${areas}`)}`;
  return `=ISTEXT("${highlightMarker}: ${severity}${digest}")`;
}

/** The add-in's formulas, with or without a digest (rules drawn by earlier versions have none). */
const ownFormula = new RegExp(
  `^=?ISTEXT\\("${highlightMarker}: (error|warning|info)( #[0-9a-f]{8})?"\\)$`,
);

/** Whether a custom rule's formula is one of the add-in's highlights: the exact form only. */
export function isHighlightFormula(formula: string): boolean {
  return ownFormula.test(formula.trim());
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell one address list from another. */
function addressDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Excel's own "light fill with dark text" presets, one per severity. */
export const highlightColours: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};
