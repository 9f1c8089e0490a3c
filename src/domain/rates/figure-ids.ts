import type { ConfidenceMark, Rulebook } from "../../rules";

/**
 * Every number of a rulebook by its figure id: the path of the number with `.value` left out
 * and list items counted from 1 (`management.coordinatorPerMonth`, `meetings.bands.2.amount`,
 * `staffRates.rows.4.teacher`). A `Rates` row names a figure by this id.
 */

export interface FigureEntry {
  id: string;
  value: number;
  mark: ConfidenceMark;
  sources: readonly string[];
  note?: string;
}

interface FigureNode {
  value: unknown;
  mark: ConfidenceMark;
  sources: string[];
  note?: string;
  partMarks?: Record<string, ConfidenceMark>;
}

function isFigure(node: unknown): node is FigureNode {
  return (
    typeof node === "object" &&
    node !== null &&
    "value" in node &&
    "mark" in node &&
    "sources" in node
  );
}

/** The numbers inside one figure's value, with their id suffixes. */
function numbersIn(value: unknown, id: string, out: [string, number][]): void {
  if (typeof value === "number") out.push([id, value]);
  else if (Array.isArray(value))
    value.forEach((item, index) => numbersIn(item, `${id}.${index + 1}`, out));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) numbersIn(item, `${id}.${key}`, out);
  }
}

function walk(node: unknown, path: string, out: FigureEntry[]): void {
  if (isFigure(node)) {
    const numbers: [string, number][] = [];
    numbersIn(node.value, path, numbers);
    for (const [id, value] of numbers) {
      out.push({
        id,
        value,
        // A number the rulebook is less sure of than its figure carries its own mark.
        mark: node.partMarks?.[id.slice(path.length + 1)] ?? node.mark,
        sources: node.sources,
        ...(node.note ? { note: node.note } : {}),
      });
    }
    return;
  }
  if (typeof node !== "object" || node === null || Array.isArray(node)) return;
  for (const [key, child] of Object.entries(node)) {
    if (path === "" && key === "sources") continue;
    walk(child, path === "" ? key : `${path}.${key}`, out);
  }
}

const catalogues = new WeakMap<Rulebook, ReadonlyMap<string, FigureEntry>>();

/** Every number of the rulebook with its id, mark and sources, in the rulebook's order. */
export function figureCatalogue(rulebook: Rulebook): ReadonlyMap<string, FigureEntry> {
  let catalogue = catalogues.get(rulebook);
  if (!catalogue) {
    const entries: FigureEntry[] = [];
    walk(rulebook, "", entries);
    catalogue = new Map(entries.map((entry) => [entry.id, entry]));
    catalogues.set(rulebook, catalogue);
  }
  return catalogue;
}

/** The figure of an id, matched case-insensitively and ignoring spaces; undefined if none. */
export function findFigure(rulebook: Rulebook, id: string): FigureEntry | undefined {
  const catalogue = figureCatalogue(rulebook);
  const exact = catalogue.get(id.trim());
  if (exact) return exact;
  const wanted = figureKey(id);
  for (const entry of catalogue.values()) if (figureKey(entry.id) === wanted) return entry;
  return undefined;
}

/** A figure id as compared: no spaces, lower case, a trailing `.value` dropped. */
export function figureKey(id: string): string {
  return id
    .replace(/\s+/g, "")
    .toLowerCase()
    .replace(/\.value$/, "");
}

/**
 * Where a figure id's number lives in the rulebook object: the keys to follow, with the
 * figure's `value` step put back and list positions counted from 0.
 */
export function rulebookPath(rulebook: Rulebook, id: string): (string | number)[] | undefined {
  const steps = id.split(".");
  const path: (string | number)[] = [];
  let node: unknown = rulebook;
  let insideFigure = false;
  for (const step of steps) {
    if (!insideFigure && isFigure(node)) {
      path.push("value");
      node = node.value;
      insideFigure = true;
    }
    if (Array.isArray(node)) {
      const index = Number(step) - 1;
      if (!Number.isInteger(index) || index < 0 || index >= node.length) return undefined;
      path.push(index);
      node = node[index];
    } else if (
      typeof node === "object" &&
      node !== null &&
      Object.prototype.hasOwnProperty.call(node, step)
    ) {
      path.push(step);
      node = (node as Record<string, unknown>)[step];
    } else return undefined;
  }
  if (!insideFigure && isFigure(node)) {
    path.push("value");
    node = node.value;
  }
  return typeof node === "number" ? path : undefined;
}
