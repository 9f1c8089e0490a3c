/**
 * Cell text as a message quotes it. A cell can hold anything: line breaks that would print a
 * fake line of a report, bidi overrides that reverse what follows, control characters and
 * strings of megabytes. Every message that echoes a cell goes through here.
 */

/** How many characters of a cell a message shows. */
export const quotedTextLimit = 80;

/** Line breaks and tabs: shown as one space. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Other control characters and the bidi embedding, override and isolate marks: dropped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The cell's text on one line, without invisible controls, at most `limit` characters ("…" ends a cut). */
export function cleanCellText(text: string, limit = quotedTextLimit): string {
  // Cut first, so a 10 MB cell costs no more than a short one.
  const head = text.length > limit * 4 ? text.slice(0, limit * 4) : text;
  const cleaned = head.replace(LINE_BREAKS, " ").replace(HIDDEN, "");
  const characters = Array.from(cleaned);
  if (characters.length <= limit && head.length === text.length) return cleaned;
  return `${characters.slice(0, limit - 1).join("")}…`;
}

/** `"text"` for a message, cleaned and shortened. */
export function quotedCellText(text: string): string {
  return `"${cleanCellText(text)}"`;
}
